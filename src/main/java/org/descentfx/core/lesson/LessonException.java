package org.descentfx.core.lesson;

import java.util.List;
import java.util.stream.Collectors;

/** A lesson file that cannot be used, with every problem found in it, each at its line. */
public final class LessonException extends Exception {
    private final String file;
    private final List<LessonProblem> problems;

    public LessonException(String file, List<LessonProblem> problems) {
        super(problems.stream().map(p -> p.format(file)).collect(Collectors.joining("\n")));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public String file() {
        return file;
    }

    public List<LessonProblem> problems() {
        return problems;
    }

    /** Each problem as {@code FILE:LINE: message}, in the order of the file. */
    public List<String> lines() {
        return problems.stream().map(p -> p.format(file)).toList();
    }
}
