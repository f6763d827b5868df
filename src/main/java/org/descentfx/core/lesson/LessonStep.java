package org.descentfx.core.lesson;

import java.util.List;

/**
 * One step of a lesson: its heading and text, what it sets up in the window when it is shown,
 * and what it asks or waits for before it offers Next.
 *
 * @param line     the line of its heading in the lesson file
 * @param text     the paragraphs, in order: text (with inline $…$ TeX) or display TeX
 * @param setup    what the step sets up; {@link Setup#NONE} when nothing
 * @param question a prediction to make before the reveal, or null
 * @param waitUntil a thing the learner must do before Next, or null
 */
public record LessonStep(int line, String heading, List<Paragraph> text, Setup setup, Question question, Wait waitUntil) {
    public LessonStep {
        text = List.copyOf(text);
    }

    /** A paragraph: words with inline $…$ TeX, or one display formula of TeX. */
    public record Paragraph(boolean display, String text) {
    }
}
