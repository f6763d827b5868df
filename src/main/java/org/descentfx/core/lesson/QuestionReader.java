package org.descentfx.core.lesson;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads an {@code ask} block: its kind, its question, and for numbers and choices the answer,
 * which must be there and fit the kind. Landing and cost questions have no written answer: the
 * window takes the step and shows the truth.
 */
final class QuestionReader {
    private final Values values;
    private final Consumer<LessonProblem> problems;

    QuestionReader(Values values, Consumer<LessonProblem> problems) {
        this.values = values;
        this.problems = problems;
    }

    Question read(int line, Map<String, BlockReader.Entry> e) {
        BlockReader.Entry kindEntry = e.get("kind");
        if (kindEntry == null) {
            problem(line, "an ask block needs 'kind:' (landing, cost, number or choice)");
            return null;
        }
        Question.Kind kind = kind(kindEntry);
        if (kind == null) {
            return null;
        }
        BlockReader.Entry prompt = e.get("question");
        String text = prompt != null ? prompt.value() : defaultPrompt(kind);
        if (text == null) {
            problem(line, "a " + kind.id() + " question needs 'question:', the question in words");
            return null;
        }
        BlockReader.Entry answer = e.get("answer");
        BlockReader.Entry choices = e.get("choices");
        BlockReader.Entry tolerance = e.get("tolerance");
        return switch (kind) {
            case LANDING, COST -> computed(kind, text, answer, choices, tolerance);
            case NUMBER -> number(line, text, answer, choices, tolerance);
            case CHOICE -> choice(line, text, answer, choices, tolerance);
        };
    }

    private Question.Kind kind(BlockReader.Entry e) {
        for (Question.Kind k : Question.Kind.values()) {
            if (k.id().equals(e.value().toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return values.fail(e, "kind: '" + e.value() + "' is not a question: landing, cost, number or choice");
    }

    private static String defaultPrompt(Question.Kind kind) {
        return switch (kind) {
            case LANDING -> "Where will the next step land? Click on the map.";
            case COST -> "Will C go up or down on the next step?";
            default -> null;
        };
    }

    private Question computed(Question.Kind kind, String text, BlockReader.Entry answer, BlockReader.Entry choices,
            BlockReader.Entry tolerance) {
        boolean fine = true;
        for (BlockReader.Entry extra : new BlockReader.Entry[] {answer, choices, tolerance}) {
            if (extra != null) {
                problem(extra.line(), "a " + kind.id() + " question takes no " + key(extra, answer, choices)
                        + ": the window takes the step and shows the answer");
                fine = false;
            }
        }
        return fine ? new Question(kind, text, null, List.of(), 0) : null;
    }

    private static String key(BlockReader.Entry e, BlockReader.Entry answer, BlockReader.Entry choices) {
        return e == answer ? "'answer'" : e == choices ? "'choices'" : "'tolerance'";
    }

    private Question number(int line, String text, BlockReader.Entry answer, BlockReader.Entry choices,
            BlockReader.Entry tolerance) {
        if (choices != null) {
            problem(choices.line(), "a number question takes no 'choices' (a choice question does)");
        }
        if (answer == null) {
            problem(line, "the question has no answer: add 'answer:' with the number");
            return null;
        }
        Double a = Values.number(answer.value());
        if (a == null) {
            return values.fail(answer, "answer: '" + answer.value() + "' is not a number");
        }
        double tol = 0;
        if (tolerance != null) {
            Double t = Values.number(tolerance.value());
            if (t == null || t < 0) {
                return values.fail(tolerance, "tolerance: '" + tolerance.value() + "' is not a number ≥ 0");
            }
            tol = t;
        }
        return choices == null ? new Question(Question.Kind.NUMBER, text, answer.value(), List.of(), tol) : null;
    }

    private Question choice(int line, String text, BlockReader.Entry answer, BlockReader.Entry choices,
            BlockReader.Entry tolerance) {
        if (tolerance != null) {
            problem(tolerance.line(), "a choice question takes no 'tolerance' (a number question does)");
        }
        if (choices == null) {
            problem(line, "a choice question needs 'choices:', separated by |, say 'choices: full batch | stochastic'");
            return null;
        }
        List<String> options = Arrays.stream(choices.value().split("\\|")).map(String::strip).toList();
        if (options.size() < 2 || options.stream().anyMatch(String::isEmpty)) {
            return values.fail(choices, "choices: give two or more, separated by |");
        }
        if (answer == null) {
            problem(line, "the question has no answer: add 'answer:' with one of the choices");
            return null;
        }
        if (options.stream().noneMatch(o -> o.equalsIgnoreCase(answer.value()))) {
            return values.fail(answer, "answer: '" + answer.value() + "' is not one of the choices: "
                    + String.join(" | ", options));
        }
        return tolerance == null ? new Question(Question.Kind.CHOICE, text, answer.value(), options, 0) : null;
    }

    private void problem(int line, String message) {
        problems.accept(new LessonProblem(line, message));
    }
}
