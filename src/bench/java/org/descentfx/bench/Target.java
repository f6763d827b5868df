package org.descentfx.bench;

import java.util.Locale;

/**
 * What a figure should reach: at least a value (rates, ratios), below one (times), at most one
 * (counts), or nothing. It judges a figure and, when the figure misses, says by how much.
 */
record Target(Kind kind, double value) {
    enum Kind { NONE, AT_LEAST, BELOW, AT_MOST }

    static final Target NONE = new Target(Kind.NONE, Double.NaN);

    static Target atLeast(double value) {
        return new Target(Kind.AT_LEAST, value);
    }

    static Target below(double value) {
        return new Target(Kind.BELOW, value);
    }

    static Target atMost(double value) {
        return new Target(Kind.AT_MOST, value);
    }

    boolean isSet() {
        return kind != Kind.NONE;
    }

    /** "≥ 400", "< 2", "≤ 1", or "" with no target. */
    String describe() {
        return switch (kind) {
            case NONE -> "";
            case AT_LEAST -> "≥ " + Figures.format(value);
            case BELOW -> "< " + Figures.format(value);
            case AT_MOST -> "≤ " + Figures.format(value);
        };
    }

    /** "yes", "no: short by 12%" (a rate too low) or "no: 35% over" (a time too long); "" with no target. */
    String verdict(double figure) {
        if (kind == Kind.NONE) {
            return "";
        }
        if (Double.isNaN(figure)) {
            return "not measured";
        }
        return switch (kind) {
            case AT_LEAST -> figure >= value ? "yes" : "no: short by " + percent((value - figure) / value);
            case BELOW -> figure < value ? "yes" : "no: " + percent((figure - value) / value) + " over";
            default -> figure <= value ? "yes"
                    : "no: " + (value == 0 ? Figures.format(figure) : percent((figure - value) / value)) + " over";
        };
    }

    boolean met(double figure) {
        return verdict(figure).equals("yes");
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%d%%", Math.max(1, Math.round(100 * fraction)));
    }
}
