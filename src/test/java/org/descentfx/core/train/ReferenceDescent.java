package org.descentfx.core.train;

import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.Model;

/**
 * Eq. (5)–(9) written out again from the text, sharing no code with the production gradient
 * or update, so that tests compare a run against something other than itself.
 */
final class ReferenceDescent {
    private ReferenceDescent() {
    }

    /** (∂C_x/∂w, ∂C_x/∂b) of C_x = ½(y − ŷ)² by the chain rule: (ŷ − y)·dŷ/dz·(x, 1). */
    static double[] exampleGradient(Model model, double w, double b, double x, double y) {
        double z = w * x + b;
        // by id, so the reference keeps its own formulas instead of asking the model for them
        double delta;
        switch (model.id()) {
            case "linear" -> delta = z - y;
            case "sigmoid" -> {
                double a = 1 / (1 + Math.exp(-z));
                delta = (a - y) * a * (1 - a);
            }
            default -> throw new IllegalArgumentException("no reference for model " + model.id());
        }
        return new double[] {delta * x, delta};
    }

    /** Eq. (8)–(9) on mini-batch X: w ← w − (η/|X|) Σ_{x∈X} ∂C_x/∂w, b likewise, both taken at p. */
    static Point miniBatchStep(Model model, Dataset data, Point p, int[] batch, double eta) {
        double sumW = 0;
        double sumB = 0;
        for (int j : batch) {
            double[] g = exampleGradient(model, p.w(), p.b(), data.x(j), data.y(j));
            sumW += g[0];
            sumB += g[1];
        }
        return new Point(p.w() - eta / batch.length * sumW, p.b() - eta / batch.length * sumB);
    }

    /** Eq. (5)–(6) with the full gradient ∂C/∂w = (1/n) Σ_x ∂C_x/∂w: w ← w − η·∂C/∂w, b likewise. */
    static Point gradientDescentStep(Model model, Dataset data, Point p, double eta) {
        double dw = 0;
        double db = 0;
        for (int i = 0; i < data.size(); i++) {
            double[] g = exampleGradient(model, p.w(), p.b(), data.x(i), data.y(i));
            dw += g[0] / data.size();
            db += g[1] / data.size();
        }
        return new Point(p.w() - eta * dw, p.b() - eta * db);
    }
}
