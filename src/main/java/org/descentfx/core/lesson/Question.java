package org.descentfx.core.lesson;

import java.util.List;

/**
 * A prediction the learner makes before the window shows the truth.
 *
 * @param kind      what is asked
 * @param prompt    the question in words
 * @param answer    the right answer, for {@link Kind#NUMBER} (a number) and {@link Kind#CHOICE}
 *                  (one of the choices); null for the kinds whose truth the window computes
 * @param choices   the runs or options to choose among ({@link Kind#CHOICE} only)
 * @param tolerance how far a number may be from the answer and still count as right
 */
public record Question(Kind kind, String prompt, String answer, List<String> choices, double tolerance) {
    public Question {
        choices = List.copyOf(choices);
    }

    public enum Kind {
        /** Click where the next step will land; the real step is then drawn with the distance. */
        LANDING("landing"),
        /** Will C go up or down on the next step? The step is then taken. */
        COST("cost"),
        /** A number, e.g. how many steps make one epoch. */
        NUMBER("number"),
        /** One of a few choices, e.g. which run reaches the floor first. */
        CHOICE("choice");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** Whether {@code given} is the answer: a number within the tolerance, a choice by its words. */
    public boolean isRight(String given) {
        if (given == null || answer == null) {
            return false;
        }
        if (kind == Kind.NUMBER) {
            try {
                return Math.abs(Double.parseDouble(given.strip()) - Double.parseDouble(answer)) <= tolerance;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return given.strip().equalsIgnoreCase(answer.strip());
    }
}
