package org.descentfx.ui.step;

import org.descentfx.core.train.Point;
import org.descentfx.core.train.StepBreakdown;

/**
 * The step panel's formulas as TeX, with this step's numbers. Every number is written as
 * {@link Double#toString} writes it, the digits {@code train} writes to its CSV: typed back into
 * a calculator in the order shown (η/m first, then w − (η/m)·Σ), they give the next row.
 */
final class StepTeX {
    private StepTeX() {
    }

    /** Eq. (8) with the text's symbols, and the m = n remark that makes it Eq. (5). */
    static String updateRuleW(boolean fullBatch) {
        return "w \\rightarrow w' = w - \\frac{\\eta}{m}\\sum_{j=1}^{m}\\frac{\\partial C_{X_j}}{\\partial w}"
                + (fullBatch ? "\\;=\\; w - \\eta\\,\\frac{\\partial C}{\\partial w}\\quad\\text{(5), as } m = n"
                        : "\\quad\\text{(8)}");
    }

    static String updateRuleB(boolean fullBatch) {
        return "b \\rightarrow b' = b - \\frac{\\eta}{m}\\sum_{j=1}^{m}\\frac{\\partial C_{X_j}}{\\partial b}"
                + (fullBatch ? "\\;=\\; b - \\eta\\,\\frac{\\partial C}{\\partial b}\\quad\\text{(6)}"
                        : "\\quad\\text{(9)}");
    }

    static String scale(StepBreakdown s) {
        return "\\frac{\\eta}{m} = \\frac{" + num(s.learningRate()) + "}{" + s.miniBatchSize() + "} = "
                + num(s.scale());
    }

    static String sums(StepBreakdown s) {
        return "\\sum_j \\frac{\\partial C_{X_j}}{\\partial w} = " + num(s.sumW())
                + ",\\qquad \\sum_j \\frac{\\partial C_{X_j}}{\\partial b} = " + num(s.sumB());
    }

    static String newW(StepBreakdown s) {
        return "w' = " + num(s.from().w()) + " - " + num(s.scale()) + " \\times " + factor(s.sumW()) + " = "
                + num(s.to().w());
    }

    static String newB(StepBreakdown s) {
        return "b' = " + num(s.from().b()) + " - " + num(s.scale()) + " \\times " + factor(s.sumB()) + " = "
                + num(s.to().b());
    }

    /** ∇C at v over all the data, and the step actually taken, Δv = v′ − v. */
    static String gradientAndMove(StepBreakdown s) {
        Point g = s.gradient();
        Point d = s.move();
        return "\\nabla C = (" + num(g.w()) + ",\\ " + num(g.b()) + "),\\qquad \\Delta v = v' - v = ("
                + num(d.w()) + ",\\ " + num(d.b()) + ")";
    }

    /** Eq. (3) for the step taken: the change ∇C·Δv predicts. */
    static String predicted(StepBreakdown s) {
        return "\\nabla C\\cdot\\Delta v = \\frac{\\partial C}{\\partial w}\\Delta w"
                + " + \\frac{\\partial C}{\\partial b}\\Delta b = " + num(s.predictedChange()) + "\\quad\\text{(3)}";
    }

    static String actual(StepBreakdown s) {
        return "\\Delta C = C(v') - C(v) = " + num(s.costAfter()) + " - " + num(s.costBefore()) + " = "
                + num(s.actualChange());
    }

    /** A number as TeX: Double.toString's digits, its exponent as ×10^k so it reads as mathematics. */
    static String num(double v) {
        String text = Double.toString(v);
        int e = text.indexOf('E');
        if (e < 0) {
            return text;
        }
        return text.substring(0, e) + "\\times 10^{" + text.substring(e + 1) + "}";
    }

    /** A factor of a product: in parentheses when negative or written with an exponent. */
    private static String factor(double v) {
        String t = num(v);
        return v < 0 || t.contains("10^") ? "(" + t + ")" : t;
    }
}
