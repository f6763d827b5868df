package org.descentfx.core.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.descentfx.core.model.Model;
import org.descentfx.core.train.Point;
import org.descentfx.core.train.UpdateRule;

/**
 * The values of a lesson's {@code key: value} lines. Each method returns the value, or null
 * (and reports a problem at the value's line) when it is missing or wrong.
 */
final class Values {
    /** More steps than this in one {@code do:} would keep the window busy for minutes. */
    static final long MAX_STEPS = 100_000;
    private static final Pattern ACTION = Pattern.compile("(play|pause|reset|step|epoch|to step)(?:\\s+(\\S+))?");
    private static final Pattern CONDITION = Pattern.compile("(epoch|step|eta|η|m)\\s*(>=|≥|<=|≤|<|>)\\s*(\\S+)");

    private final Consumer<LessonProblem> problems;

    Values(Consumer<LessonProblem> problems) {
        this.problems = problems;
    }

    String model(BlockReader.Entry e) {
        if (e == null) {
            return null;
        }
        try {
            return Model.byId(e.value()).id();
        } catch (IllegalArgumentException ex) {
            return fail(e, "model: " + ex.getMessage());
        }
    }

    String optimizer(BlockReader.Entry e) {
        if (e == null) {
            return null;
        }
        try {
            return UpdateRule.Kind.byId(e.value().toLowerCase(Locale.ROOT)).id();
        } catch (IllegalArgumentException ex) {
            return fail(e, "optimizer: " + ex.getMessage());
        }
    }

    Point point(BlockReader.Entry e) {
        if (e == null) {
            return null;
        }
        String[] parts = e.value().replace("(", "").replace(")", "").split(",");
        Double w = parts.length == 2 ? number(parts[0]) : null;
        Double b = parts.length == 2 ? number(parts[1]) : null;
        if (w == null || b == null) {
            return fail(e, "start: '" + e.value() + "' is not 'w, b', two numbers such as 'start: -1.5, 6'");
        }
        return new Point(w, b);
    }

    Double learningRate(BlockReader.Entry e) {
        if (e == null) {
            return null;
        }
        Double eta = number(e.value());
        if (eta == null) {
            return fail(e, "eta: '" + e.value() + "' is not a number");
        }
        if (eta <= 0) {
            return fail(e, "eta: η must be > 0 (η = " + e.value() + " would not descend)");
        }
        return eta;
    }

    /** m from 1 to n, or {@code n} (also {@code full}) for the full batch. */
    Integer miniBatchSize(BlockReader.Entry e, int dataSize) {
        String v = e.value().toLowerCase(Locale.ROOT);
        if (v.equals("n") || v.equals("full")) {
            return Setup.FULL_BATCH;
        }
        Long m = integer(v);
        if (m == null || m < 1) {
            return fail(e, "m: '" + e.value() + "' is not a mini-batch size: a whole number from 1 to n, or 'n'");
        }
        if (dataSize > 0 && m > dataSize) {
            return fail(e, "m: " + m + " is more than the data's n = " + dataSize + " examples; 'm: n' is the full batch");
        }
        return m.intValue();
    }

    Long seed(BlockReader.Entry e) {
        if (e == null) {
            return null;
        }
        Long seed = integer(e.value());
        return seed != null ? seed : fail(e, "seed: '" + e.value() + "' is not a whole number");
    }

    Boolean onOff(BlockReader.Entry e, String key) {
        if (e == null) {
            return null;
        }
        return switch (e.value().toLowerCase(Locale.ROOT)) {
            case "on", "yes", "true" -> true;
            case "off", "no", "false" -> false;
            default -> fail(e, key + ": '" + e.value() + "' is neither on nor off");
        };
    }

    String oneOf(BlockReader.Entry e, String key, List<String> allowed) {
        if (e == null) {
            return null;
        }
        String v = e.value().toLowerCase(Locale.ROOT);
        return allowed.contains(v) ? v : fail(e, key + ": '" + e.value() + "' is not one of " + String.join(", ", allowed));
    }

    /** Steps per second, or {@code max} for as fast as possible. */
    Double speed(BlockReader.Entry e) {
        if (e == null) {
            return null;
        }
        if (e.value().equalsIgnoreCase("max")) {
            return Double.POSITIVE_INFINITY;
        }
        Double s = number(e.value());
        return s != null && s > 0 ? s : fail(e, "speed: '" + e.value() + "' is not a number of steps per second > 0, or 'max'");
    }

    /** {@code do:} actions separated by commas: play, pause, reset, step [K], epoch [K], to step K. */
    List<Setup.Action> actions(BlockReader.Entry e) {
        List<Setup.Action> out = new ArrayList<>();
        if (e == null) {
            return out;
        }
        for (String part : e.value().toLowerCase(Locale.ROOT).split(",")) {
            Setup.Action a = action(e, part.strip());
            if (a == null) {
                return List.of();
            }
            out.add(a);
        }
        return out;
    }

    private Setup.Action action(BlockReader.Entry e, String text) {
        Matcher m = ACTION.matcher(text);
        if (!m.matches()) {
            return fail(e, "do: '" + text + "' is not an action: play, pause, reset, step, step K, epoch, epoch K or to step K");
        }
        Setup.Action.Kind kind = Setup.Action.Kind.valueOf(m.group(1).toUpperCase(Locale.ROOT).replace(' ', '_'));
        boolean counted = kind == Setup.Action.Kind.STEP || kind == Setup.Action.Kind.EPOCH || kind == Setup.Action.Kind.TO_STEP;
        if (m.group(2) == null) {
            return kind == Setup.Action.Kind.TO_STEP ? fail(e, "do: 'to step' needs the step, say 'to step 40'")
                    : new Setup.Action(kind, 1);
        }
        Long count = integer(m.group(2));
        if (!counted || count == null || count < 0 || (count == 0 && kind != Setup.Action.Kind.TO_STEP) || count > MAX_STEPS) {
            return fail(e, "do: '" + text + "': the count must be a whole number from 1 to " + MAX_STEPS
                    + (counted ? "" : " and only step, epoch and to step take one"));
        }
        return new Setup.Action(kind, count);
    }

    /** {@code until:} play, compare, or a comparison of epoch, step, η or m with a number. */
    Wait waitFor(BlockReader.Entry e, String hint) {
        String v = e.value().toLowerCase(Locale.ROOT);
        if (v.equals("play")) {
            return new Wait(Wait.Kind.PLAY, 0, hint != null ? hint : "Press Play (Space).");
        }
        if (v.equals("compare")) {
            return new Wait(Wait.Kind.COMPARE, 0, hint != null ? hint : "Turn on the comparison (C).");
        }
        Matcher m = CONDITION.matcher(v);
        Double value = m.matches() ? number(m.group(3)) : null;
        Wait.Kind kind = m.matches() ? kind(m.group(1), m.group(2)) : null;
        if (kind == null || value == null) {
            return fail(e, "until: '" + e.value() + "' is not a condition: play, compare, epoch >= K, step >= K, "
                    + "eta < X, eta > X, m <= K or m >= K");
        }
        if ((kind == Wait.Kind.ETA_BELOW || kind == Wait.Kind.ETA_ABOVE) && value <= 0) {
            return fail(e, "until: η is always > 0, so '" + e.value() + "' compares it with a number that is not");
        }
        return new Wait(kind, value, hint != null ? hint : defaultHint(kind, m.group(3)));
    }

    private static Wait.Kind kind(String what, String op) {
        boolean atLeast = op.equals(">=") || op.equals("≥");
        boolean atMost = op.equals("<=") || op.equals("≤");
        return switch (what) {
            case "epoch" -> atLeast ? Wait.Kind.EPOCH_AT_LEAST : null;
            case "step" -> atLeast ? Wait.Kind.STEP_AT_LEAST : null;
            case "eta", "η" -> op.equals("<") ? Wait.Kind.ETA_BELOW : op.equals(">") ? Wait.Kind.ETA_ABOVE : null;
            case "m" -> atMost ? Wait.Kind.BATCH_AT_MOST : atLeast ? Wait.Kind.BATCH_AT_LEAST : null;
            default -> null;
        };
    }

    private static String defaultHint(Wait.Kind kind, String value) {
        return switch (kind) {
            case EPOCH_AT_LEAST -> "Train until epoch " + value + ".";
            case STEP_AT_LEAST -> "Train until step " + value + ".";
            case ETA_BELOW -> "Move η below " + value + ".";
            case ETA_ABOVE -> "Move η above " + value + ".";
            case BATCH_AT_MOST -> "Set m to " + value + " or less.";
            case BATCH_AT_LEAST -> "Set m to " + value + " or more.";
            default -> "";
        };
    }

    static Double number(String text) {
        try {
            double v = Double.parseDouble(text.strip());
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Long integer(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    <T> T fail(BlockReader.Entry e, String message) {
        problems.accept(new LessonProblem(e.line(), message));
        return null;
    }
}
