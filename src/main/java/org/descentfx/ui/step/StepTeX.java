package org.descentfx.ui.step;

import java.util.List;

/**
 * The step panel's formulas as TeX, with this step's numbers as {@link StepNumbers} rounded them: the
 * digits the heading, the table and the readout write, a power of ten as ×10^k. Each line of arithmetic
 * ends in "=" where the shown numbers give the result exactly, in "≈" where they give it to the digits
 * shown.
 */
final class StepTeX {
    private StepTeX() {
    }

    /** The lines, top to bottom. */
    static List<String> lines(StepNumbers n, boolean fullBatch) {
        return List.of(updateRuleW(fullBatch) + "\\qquad " + updateRuleB(fullBatch), batchGradient(n, fullBatch),
                newW(n), newB(n), gradientAndMove(n), predicted(n), actual(n), ratio(n));
    }

    /** Eq. (8) with the text's symbols, with ∇C_X as the readout names it, and the m = n remark that makes it Eq. (5). */
    static String updateRuleW(boolean fullBatch) {
        return "w \\rightarrow w' = w - \\frac{\\eta}{m}\\sum_{j=1}^{m}\\frac{\\partial C_{X_j}}{\\partial w}"
                + (fullBatch ? "\\;=\\; w - \\eta\\,\\frac{\\partial C}{\\partial w}\\quad\\text{(5), as } m = n"
                        : " = w - \\eta\\,(\\nabla C_X)_w\\quad\\text{(8)}");
    }

    static String updateRuleB(boolean fullBatch) {
        return "b \\rightarrow b' = b - \\frac{\\eta}{m}\\sum_{j=1}^{m}\\frac{\\partial C_{X_j}}{\\partial b}"
                + (fullBatch ? "\\;=\\; b - \\eta\\,\\frac{\\partial C}{\\partial b}\\quad\\text{(6)}"
                        : " = b - \\eta\\,(\\nabla C_X)_b\\quad\\text{(9)}");
    }

    /** ∇C_X = (1/m)Σ_j ∇C_Xj, the mean of the table's columns. */
    static String batchGradient(StepNumbers n, boolean fullBatch) {
        boolean exact = n.gw().exact() && n.gb().exact();
        return "\\nabla C_X = \\frac{1}{m}\\sum_{j=1}^{m}\\nabla C_{X_j}" + (fullBatch ? " = \\nabla C" : "")
                + (exact ? " = " : " \\approx ") + "(" + n.gw().tex() + ",\\ " + n.gb().tex() + ")";
    }

    static String newW(StepNumbers n) {
        return step("w", n.w(), n.eta(), n.gw(), n.dw(), n.w1());
    }

    static String newB(StepNumbers n) {
        return step("b", n.b(), n.eta(), n.gb(), n.db(), n.b1());
    }

    /** "w′ = w − η(∇C_X)_w = w − η × g = w + Δw = w′" with the shown numbers. */
    private static String step(String p, Shown from, Shown eta, Shown g, Shown move, Shown to) {
        return p + "' = " + p + " - \\eta\\,(\\nabla C_X)_" + p + " = " + from.tex() + " - " + eta.tex()
                + " \\times " + factor(g) + move.relation() + from.tex() + " + " + factor(move) + to.relation()
                + to.tex();
    }

    /** ∇C at v over all the data, and the step taken, Δv = v′ − v, with the digits of the lines above. */
    static String gradientAndMove(StepNumbers n) {
        return "\\nabla C = (" + n.gradW().tex() + ",\\ " + n.gradB().tex() + "),\\qquad \\Delta v = v' - v = ("
                + n.dw().tex() + ",\\ " + n.db().tex() + ")";
    }

    /** Eq. (3) for the step taken: the change ∇C·Δv predicts. */
    static String predicted(StepNumbers n) {
        return "\\nabla C\\cdot\\Delta v = \\frac{\\partial C}{\\partial w}\\Delta w"
                + " + \\frac{\\partial C}{\\partial b}\\Delta b = " + n.gradW().tex() + " \\times " + factor(n.dw())
                + " + " + factor(n.gradB()) + " \\times " + factor(n.db()) + n.predicted().relation()
                + n.predicted().tex() + "\\quad\\text{(3)}";
    }

    static String actual(StepNumbers n) {
        return "\\Delta C = C(v') - C(v) = " + n.costAfter().tex() + " - " + n.costBefore().tex()
                + n.actual().relation() + n.actual().tex();
    }

    static String ratio(StepNumbers n) {
        return "\\frac{\\Delta C}{\\nabla C\\cdot\\Delta v} = \\frac{" + n.actual().tex() + "}{" + n.predicted().tex()
                + "}" + n.ratio().relation() + n.ratio().tex();
    }

    /**
     * A number of {@link org.descentfx.ui.plot.Format} as TeX: 1.234e-5 as 1.234×10^{-5}, ∞ as \infty,
     * and the readout's "—" of a value that is not a number as "undefined".
     */
    static String num(String text) {
        if (text.equals("—")) {
            return "\\text{undefined}";
        }
        String t = text.replace("−∞", "-\\infty").replace("∞", "\\infty");
        int e = t.indexOf('e');
        return e < 0 ? t : t.substring(0, e) + "\\times 10^{" + t.substring(e + 1) + "}";
    }

    /** A factor of a product: in parentheses when negative or written with an exponent. */
    private static String factor(Shown v) {
        String t = v.tex();
        return t.startsWith("-") || t.contains("10^") ? "(" + t + ")" : t;
    }
}
