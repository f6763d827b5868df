package org.descentfx.ui.step;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.descentfx.ui.plot.Format;

/**
 * A number as the step panel shows it: its text ({@link Format}'s conventions), the decimal that text
 * stands for, and whether the arithmetic written before it gives it exactly ("=") or only to the
 * digits shown ("≈").
 *
 * <p>The rule that keeps the panel's equations true on screen: a quantity the readout also shows (w,
 * b, η, ∇C_X, ∇C) has the readout's {@value #DIGITS} significant digits; a result of arithmetic on
 * shown numbers ({@link #agreeing}) is the true value rounded at the finest decimal place, never finer
 * than {@value #DIGITS} digits, at which the shown arithmetic, done exactly, rounds to the same digits.
 * So a learner who redoes a line with the shown numbers gets the shown result to the digits shown, and
 * the shown result is the true one to those digits.
 *
 * @param value the decimal shown; null when the value is not finite (∞, NaN), so no arithmetic checks it
 * @param exact whether the arithmetic written before it gives it exactly
 */
record Shown(String text, BigDecimal value, boolean exact) {
    /** The readout's significant digits ({@link Format#number}). */
    static final int DIGITS = 4;
    /** Places tried coarser than the first: far more than any rounding of shown numbers can need. */
    private static final int PLACES = 40;

    /** {@code v} with the readout's digits, exactly as the readout writes it. */
    static Shown of(double v) {
        String text = Format.number(v);
        return new Shown(text, Double.isFinite(v) ? new BigDecimal(text) : null, true);
    }

    /**
     * {@code v} rounded at decimal place {@code place} (a BigDecimal scale), or at its fourth significant
     * digit where that is finer: never fewer than the readout's digits.
     */
    static Shown atPlace(double v, int place) {
        if (!Double.isFinite(v)) {
            return of(v);
        }
        BigDecimal t = new BigDecimal(Double.toString(v));
        BigDecimal x = t.setScale(t.signum() == 0 ? 0 : Math.max(place, firstPlace(t)), RoundingMode.HALF_UP);
        return new Shown(Format.decimal(x), x.stripTrailingZeros(), true);
    }

    /**
     * The result {@code truth} of arithmetic whose shown form gives {@code redone} (done exactly on the
     * shown numbers; the first is the expression written just before the result, which decides "=" or
     * "≈"). Rounded where truth and every redone value agree.
     */
    static Shown agreeing(double truth, BigDecimal... redone) {
        if (!Double.isFinite(truth)) {
            return of(truth);
        }
        for (BigDecimal r : redone) {
            if (r == null) {
                return new Shown(Format.number(truth), null, false);
            }
        }
        BigDecimal t = new BigDecimal(Double.toString(truth));
        int first = firstPlace(t.signum() != 0 ? t : redone.length > 0 ? redone[0] : t);
        for (int place = first; place > first - PLACES; place--) {
            BigDecimal x = t.setScale(place, RoundingMode.HALF_UP);
            if (allRoundTo(redone, place, x)) {
                boolean exact = redone.length == 0 || redone[0].compareTo(x) == 0;
                return new Shown(Format.decimal(x), x.stripTrailingZeros(), exact);
            }
        }
        return new Shown(Format.number(truth), null, false); // unreachable in practice: far enough out all round to 0
    }

    /** The decimal place (as a BigDecimal scale) of the {@value #DIGITS}-th significant digit of {@code v}. */
    static int firstPlace(BigDecimal v) {
        if (v.signum() == 0) {
            return 0;
        }
        BigDecimal r = v.round(new MathContext(DIGITS, RoundingMode.HALF_UP)); // 9.9996 becomes 10.00
        int exponent = r.precision() - r.scale() - 1;
        return DIGITS - 1 - exponent;
    }

    private static boolean allRoundTo(BigDecimal[] redone, int place, BigDecimal x) {
        for (BigDecimal r : redone) {
            if (r.setScale(place, RoundingMode.HALF_UP).compareTo(x) != 0) {
                return false;
            }
        }
        return true;
    }

    /** This number as TeX: the same digits, a power of ten as ×10^k. */
    String tex() {
        return StepTeX.num(text);
    }

    /** "=" or "≈" before this result, in TeX. */
    String relation() {
        return exact ? " = " : " \\approx ";
    }

    /** The shown value, for arithmetic on it; null when not finite. */
    static BigDecimal product(Shown a, Shown b) {
        return a.value == null || b.value == null ? null : a.value.multiply(b.value);
    }

    static BigDecimal sum(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.add(b);
    }
}
