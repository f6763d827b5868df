package org.descentfx.ui.plot;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Axis numbers a person reads at a glance: multiples of 1, 2 or 5 times a power of ten on a
 * linear axis, whole powers of ten on a log axis, and their labels. Plain numbers in, plain
 * numbers out, so every chart and map of the app labels its axes the same way.
 */
public final class NiceTicks {
    private static final double[] MANTISSAS = {1, 2, 5};
    /** Relative slack so that a tick computed as 0.30000000000000004 still counts as inside [0, 0.3]. */
    private static final double EPS = 1e-9;
    private static final char MINUS = '\u2212';

    private NiceTicks() {
    }

    /** The smallest 1-2-5 step that puts at most {@code maxCount} (≥ 1) ticks into [min, max]. */
    public static double step(double min, double max, int maxCount) {
        checkRange(min, max);
        int count = Math.max(1, maxCount);
        double range = max - min;
        if (range == 0) {
            return min == 0 ? 1 : Math.pow(10, Math.floor(Math.log10(Math.abs(min))));
        }
        double power = Math.pow(10, Math.floor(Math.log10(range / count)));
        for (int decade = 0; ; decade++) {
            for (double m : MANTISSAS) {
                double step = m * power * Math.pow(10, decade);
                if (countIn(min, max, step) <= count) {
                    return step;
                }
            }
        }
    }

    /** The ticks of {@link #step} inside [min, max], ascending; the first lies less than a step above min. */
    public static double[] ticks(double min, double max, int maxCount) {
        double step = step(min, max, maxCount);
        long first = (long) Math.ceil(min / step - EPS);
        int count = countIn(min, max, step);
        double[] ticks = new double[count];
        for (int i = 0; i < count; i++) {
            double t = (first + i) * step;
            ticks[i] = t == 0 ? 0 : t;
        }
        return ticks;
    }

    private static int countIn(double min, double max, double step) {
        return (int) (Math.floor(max / step + EPS) - Math.ceil(min / step - EPS) + 1);
    }

    /**
     * The powers of ten inside [lo, hi] (both > 0), every k-th decade when there are more than
     * {@code maxCount}, with k a 1-2-5 number so the labels stay round (1, 100, 10⁴ … for k = 2).
     */
    public static double[] decades(double lo, double hi, int maxCount) {
        checkRange(lo, hi);
        if (!(lo > 0)) {
            throw new IllegalArgumentException("a log axis needs positive bounds, not " + lo);
        }
        int first = (int) Math.ceil(Math.log10(lo) - EPS);
        int last = (int) Math.floor(Math.log10(hi) + EPS);
        if (last < first) {
            return new double[0];
        }
        int k = last == first ? 1 : (int) Math.max(1, Math.round(step(first, last, maxCount)));
        int start = Math.floorDiv(first + k - 1, k) * k;
        if (start > last) {
            return new double[] {Math.pow(10, first)};
        }
        double[] values = new double[(last - start) / k + 1];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.pow(10, start + i * k);
        }
        return values;
    }

    /** [10^⌊log₁₀ lo⌋, 10^⌈log₁₀ hi⌉]: whole decades around two positive values, at least one decade wide. */
    public static double[] decadeRange(double lo, double hi) {
        checkRange(lo, hi);
        if (!(lo > 0)) {
            throw new IllegalArgumentException("a log axis needs positive bounds, not " + lo);
        }
        double a = Math.floor(Math.log10(lo) + EPS);
        double b = Math.ceil(Math.log10(hi) - EPS);
        if (b <= a) {
            b = a + 1;
        }
        return new double[] {Math.pow(10, a), Math.pow(10, b)};
    }

    /**
     * A tick label with as many decimals as the step needs: "0.25", "1500", "20k", "1.5M",
     * "2e−5"; negative values get a real minus sign.
     */
    public static String format(double value, double step) {
        double s = Math.abs(step);
        if (!Double.isFinite(value) || !(s > 0) || !Double.isFinite(s)) {
            return significant(value, 3);
        }
        if (Math.abs(value) < s * 1e-6) {
            return "0";
        }
        int stepExponent = (int) Math.floor(Math.log10(s) + EPS);
        if (s >= 1e4) {
            return withSuffix(value, stepExponent);
        }
        if (s < 1e-4) {
            return scientific(value, stepExponent);
        }
        return plain(value, Math.max(0, -stepExponent));
    }

    /** The label of a power of ten: "0.001" … "1000" as plain numbers, "1e−4" and "1e5" beyond. */
    public static String formatDecade(double value) {
        int k = (int) Math.round(Math.log10(value));
        if (k >= -3 && k <= 3) {
            return plain(Math.pow(10, k), Math.max(0, -k));
        }
        return minus("1e" + k);
    }

    /** The value rounded to {@code digits} significant digits: "2.03", "−0.512", "1.20e−5". */
    public static String significant(double value, int digits) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "NaN" : (value > 0 ? "∞" : MINUS + "∞");
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits));
        double abs = Math.abs(rounded.doubleValue());
        if (abs >= 1e-4 && abs < 1e6) {
            return minus(rounded.toPlainString());
        }
        return minus(String.format(Locale.ROOT, "%." + (digits - 1) + "e", value)
                .replaceFirst("e([+-])0*(\\d)", "e$1$2").replace("e+", "e"));
    }

    /** Like {@link #significant} with 3 digits, without trailing zeros: "0.02", "1.5", "250". */
    public static String compact(double value) {
        String text = significant(value, 3);
        if (text.contains("e") || !text.contains(".")) {
            return text;
        }
        return text.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private static String withSuffix(double value, int stepExponent) {
        double abs = Math.abs(value);
        String[] suffixes = {"", "k", "M", "G", "T"};
        int group = Math.min(suffixes.length - 1, (int) Math.floor(Math.log10(Math.max(abs, 1)) / 3));
        int decimals = Math.max(0, 3 * group - stepExponent);
        String number = plain(value / Math.pow(10, 3 * group), decimals);
        if (number.contains(".")) {
            number = number.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return number + suffixes[group];
    }

    private static String scientific(double value, int stepExponent) {
        int exponent = (int) Math.floor(Math.log10(Math.abs(value)));
        int decimals = Math.max(0, exponent - stepExponent);
        String mantissa = plain(value / Math.pow(10, exponent), decimals);
        return mantissa + "e" + minus(Integer.toString(exponent));
    }

    private static String plain(double value, int decimals) {
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return minus(text.matches("-0(\\.0*)?") ? text.substring(1) : text);
    }

    private static String minus(String text) {
        return text.replace('-', MINUS);
    }

    private static void checkRange(double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || max < min) {
            throw new IllegalArgumentException("not an axis range: [" + min + ", " + max + "]");
        }
    }
}
