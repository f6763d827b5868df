package org.descentfx.ui.step;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.descentfx.core.train.StepBreakdown;

/**
 * The numbers the step panel shows for one step, each rounded once, so that the typeset lines, the
 * heading, the table and the verdict write the same digits, and every line redone with its shown
 * numbers gives its shown result ({@link Shown}).
 *
 * <p>Δw = −η·(∇C_X)_w and w′ = w + Δw are the step of Eq. (8), written with ∇C_X = (1/m)Σ_j ∇C_Xj as the
 * readout shows it. In Eq. (3)'s check, C(v) and C(v′) get the digits their difference needs: ΔC is small
 * beside C, and their four digits alone would leave no digit of it.
 *
 * @param dwCells ∂C_Xj/∂w of each example: four digits, or all at the coarsest common decimal place whose
 *                mean redoes ∇C_X ({@link #note} says so beside such a cell)
 */
record StepNumbers(Shown eta, Shown w, Shown b, Shown gw, Shown gb, List<Shown> dwCells, List<Shown> dbCells,
                   Shown dw, Shown db, Shown w1, Shown b1, Shown gradW, Shown gradB, Shown predicted,
                   Shown costAfter, Shown costBefore, Shown actual, Shown ratio) {
    /** More digits than this for C would only show the rounding of C itself (about 1e-16 of it). */
    private static final int MOST_COST_DIGITS = 12;
    private static final int MOST_CELL_DIGITS = 17;

    static StepNumbers of(StepBreakdown s) {
        int m = s.miniBatchSize();
        Shown eta = Shown.of(s.learningRate());
        Shown w = Shown.of(s.from().w());
        Shown b = Shown.of(s.from().b());
        Shown gw = Shown.of(s.sumW() / m);
        Shown gb = Shown.of(s.sumB() / m);
        List<Shown> dwCells = cells(s.dw(), gw);
        List<Shown> dbCells = cells(s.db(), gb);
        gw = meanOf(dwCells, gw);
        gb = meanOf(dbCells, gb);
        Shown dw = Shown.agreeing(s.move().w(), negate(Shown.product(eta, gw)));
        Shown db = Shown.agreeing(s.move().b(), negate(Shown.product(eta, gb)));
        Shown w1 = Shown.agreeing(s.to().w(), Shown.sum(w.value(), dw.value()),
                Shown.sum(w.value(), negate(Shown.product(eta, gw))));
        Shown b1 = Shown.agreeing(s.to().b(), Shown.sum(b.value(), db.value()),
                Shown.sum(b.value(), negate(Shown.product(eta, gb))));
        Shown gradW = Shown.of(s.gradient().w());
        Shown gradB = Shown.of(s.gradient().b());
        Shown predicted = Shown.agreeing(s.predictedChange(),
                Shown.sum(Shown.product(gradW, dw), Shown.product(gradB, db)));
        int costPlace = costPlace(s);
        Shown after = cost(s.costAfter(), costPlace);
        Shown before = cost(s.costBefore(), costPlace);
        Shown actual = Shown.agreeing(s.actualChange(),
                after.value() == null || before.value() == null ? null : after.value().subtract(before.value()));
        return new StepNumbers(eta, w, b, gw, gb, dwCells, dbCells, dw, db, w1, b1, gradW, gradB, predicted,
                after, before, actual, ratio(s, actual, predicted));
    }

    /**
     * The cells at the readout's four digits, or, where their mean would not round to the shown mean,
     * all rounded at the coarsest common decimal place that makes it so: a cell gets more than four
     * digits only when the check needs them, and then exactly as many as that place gives it (a small
     * cell keeps its four when they are finer than the place).
     */
    private static List<Shown> cells(double[] values, Shown mean) {
        int coarsest = Integer.MAX_VALUE;
        for (double v : values) {
            if (Double.isFinite(v) && v != 0) {
                int p = Shown.firstPlace(new BigDecimal(Double.toString(v)));
                coarsest = Math.min(coarsest, p);
            }
        }
        if (coarsest == Integer.MAX_VALUE) {
            coarsest = 0;
        }
        List<Shown> cells = List.of();
        for (int place = coarsest; place <= coarsest + MOST_CELL_DIGITS - Shown.DIGITS; place++) {
            cells = new ArrayList<>(values.length);
            for (double v : values) {
                cells.add(Shown.atPlace(v, place));
            }
            BigDecimal redone = mean(cells);
            if (mean.value() == null || redone == null
                    || redone.setScale(mean.value().scale(), RoundingMode.HALF_UP).compareTo(mean.value()) == 0) {
                return cells;
            }
        }
        return cells;
    }

    /**
     * Why a cell shows more than the readout's four digits (empty when it shows four or fewer): with four
     * digits in every cell, their mean would not round to the shown {@code mean}.
     *
     * @param what the mean as the panel names it, such as "(∇C_X)_w"
     */
    static String note(Shown cell, Shown mean, String what) {
        if (cell.value() == null || cell.value().signum() == 0
                || cell.value().stripTrailingZeros().precision() <= Shown.DIGITS) {
            return "";
        }
        int digits = cell.value().stripTrailingZeros().precision();
        return digits + " digits, not the readout's " + Shown.DIGITS + ": the mean of this column, (1/m)·Σ_j,"
                + " must give the shown " + what + " = " + mean.text() + " to its digits, and the cells rounded"
                + " to four digits would not. Every cell of the column is rounded at the same decimal place,"
                + " the coarsest at which it does.";
    }

    /** The shown mean, "=" only when the cells' mean is exactly it; "≈" when it is so to the digits shown. */
    private static Shown meanOf(List<Shown> cells, Shown mean) {
        BigDecimal redone = mean(cells);
        return new Shown(mean.text(), mean.value(), redone != null && mean.value() != null
                && redone.compareTo(mean.value()) == 0);
    }

    private static BigDecimal mean(List<Shown> cells) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Shown c : cells) {
            if (c.value() == null) {
                return null;
            }
            sum = sum.add(c.value());
        }
        return sum.divide(BigDecimal.valueOf(cells.size()), MathContext.DECIMAL128);
    }

    /**
     * The decimal place of C(v) and C(v′): one finer than ΔC's fourth digit, so their shown difference
     * redoes ΔC; at most {@value #MOST_COST_DIGITS} digits of C, at least the readout's four.
     */
    private static int costPlace(StepBreakdown s) {
        double c = Math.max(Math.abs(s.costBefore()), Math.abs(s.costAfter()));
        double change = Math.abs(s.actualChange());
        if (!Double.isFinite(c) || c == 0) {
            return 0;
        }
        int ofC = Shown.DIGITS - 1 - exponent(c);
        if (change == 0 || !Double.isFinite(change)) {
            return ofC;
        }
        int ofChange = Shown.DIGITS - exponent(change);
        return Math.max(ofC, Math.min(ofChange, MOST_COST_DIGITS - 1 - exponent(c)));
    }

    private static int exponent(double v) {
        BigDecimal d = new BigDecimal(Double.toString(Math.abs(v)));
        return d.precision() - d.scale() - 1;
    }

    private static Shown cost(double c, int place) {
        if (!Double.isFinite(c)) {
            return Shown.of(c);
        }
        BigDecimal x = new BigDecimal(Double.toString(c)).setScale(place, RoundingMode.HALF_UP);
        return new Shown(org.descentfx.ui.plot.Format.decimal(x), x.stripTrailingZeros(), true);
    }

    private static Shown ratio(StepBreakdown s, Shown actual, Shown predicted) {
        if (actual.value() == null || predicted.value() == null || predicted.value().signum() == 0) {
            return Shown.of(s.ratio());
        }
        return Shown.agreeing(s.ratio(), actual.value().divide(predicted.value(), MathContext.DECIMAL128));
    }

    private static BigDecimal negate(BigDecimal v) {
        return v == null ? null : v.negate();
    }
}
