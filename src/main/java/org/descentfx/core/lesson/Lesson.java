package org.descentfx.core.lesson;

import java.util.List;

/**
 * A guided lesson, as read from a lesson file ({@link LessonReader}): a title, an optional
 * summary (the text between the title and the first step), and its steps in order.
 *
 * @param source where it was read from, for messages: a file name or {@code lessons/2-gradient-descent.md}
 */
public record Lesson(String title, String summary, List<LessonStep> steps, String source) {
    public Lesson {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a lesson has at least one step");
        }
        steps = List.copyOf(steps);
    }
}
