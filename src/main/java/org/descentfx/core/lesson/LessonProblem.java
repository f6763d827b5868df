package org.descentfx.core.lesson;

/** One thing wrong in a lesson file, at a line (1 is the first). */
public record LessonProblem(int line, String message) {
    /** As {@code lesson check} prints it and the window shows it: {@code FILE:LINE: message}. */
    public String format(String file) {
        return file + ":" + line + ": " + message;
    }
}
