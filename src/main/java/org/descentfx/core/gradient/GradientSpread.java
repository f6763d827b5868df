package org.descentfx.core.gradient;

import java.util.Objects;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.Model;

/**
 * The n per-example gradients ∇C_x at one point (w, b), their mean ∇C = (1/n) Σ_x ∇C_x and their
 * covariance S (over the n examples, divided by n). A mini-batch X of m examples estimates ∇C by
 * ∇C_X = (1/m) Σ_j ∇C_Xj (Eq. (7)); drawn as network.py draws it (shuffle, then slice: a uniform
 * m-subset, without replacement), its mean is ∇C and its covariance (S/m)·(n − m)/(n − 1).
 * Immutable; safe to share between threads.
 */
public final class GradientSpread {
    private final double[] gw;
    private final double[] gb;
    private final double meanW;
    private final double meanB;
    private final Covariance perExample;
    /** {least ∂C_x/∂w, greatest, least ∂C_x/∂b, greatest}: where the dots lie, without another pass over n. */
    private final double[] bounds;

    private GradientSpread(double[] gw, double[] gb) {
        this.gw = gw;
        this.gb = gb;
        int n = gw.length;
        double sw = 0;
        double sb = 0;
        double[] box = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY};
        for (int i = 0; i < n; i++) {
            sw += gw[i];
            sb += gb[i];
            box[0] = Math.min(box[0], gw[i]);
            box[1] = Math.max(box[1], gw[i]);
            box[2] = Math.min(box[2], gb[i]);
            box[3] = Math.max(box[3], gb[i]);
        }
        bounds = box;
        meanW = sw / n;
        meanB = sb / n;
        double ww = 0;
        double wb = 0;
        double bb = 0;
        for (int i = 0; i < n; i++) {
            double dw = gw[i] - meanW;
            double db = gb[i] - meanB;
            ww += dw * dw;
            wb += dw * db;
            bb += db * db;
        }
        perExample = new Covariance(ww / n, wb / n, bb / n);
    }

    /** Every example's ∇C_x of {@code model} at (w, b). */
    public static GradientSpread at(Model model, Dataset data, double w, double b) {
        Objects.requireNonNull(model);
        int n = data.size();
        double[] gw = new double[n];
        double[] gb = new double[n];
        double[] one = new double[2];
        for (int i = 0; i < n; i++) {
            model.gradient(w, b, data.x(i), data.y(i), one);
            gw[i] = one[0];
            gb[i] = one[1];
        }
        return new GradientSpread(gw, gb);
    }

    /** n. */
    public int size() {
        return gw.length;
    }

    /** ∂C_x/∂w of example {@code i} (data-file order). */
    public double gw(int i) {
        return gw[i];
    }

    /** ∂C_x/∂b of example {@code i} (data-file order). */
    public double gb(int i) {
        return gb[i];
    }

    /** ∂C/∂w = the mean of the ∂C_x/∂w. */
    public double meanW() {
        return meanW;
    }

    /** ∂C/∂b = the mean of the ∂C_x/∂b. */
    public double meanB() {
        return meanB;
    }

    /** The least and greatest ∂C_x/∂w and ∂C_x/∂b over the n examples: {wMin, wMax, bMin, bMax}. */
    public double[] bounds() {
        return bounds.clone();
    }

    /** S: the covariance of the n per-example gradients (divided by n). */
    public Covariance perExample() {
        return perExample;
    }

    /**
     * Cov(∇C_X) for a uniform random subset X of {@code m} examples: (S/m)·(n − m)/(n − 1), the
     * finite-population correction of sampling without replacement; zero at m = n.
     */
    public Covariance ofBatchMean(int m) {
        int n = size();
        if (m < 1 || m > n) {
            throw new IllegalArgumentException("a mini-batch has 1 … " + n + " examples, not " + m);
        }
        if (m == n) {
            return Covariance.ZERO;
        }
        return perExample.scaled((double) (n - m) / ((double) m * (n - 1)));
    }

    /** ∇C_X = (1/m) Σ_j ∇C_Xj over the examples {@code batch} (data-file indices), as {@code {w, b}}. */
    public double[] batchMean(int[] batch) {
        if (batch.length == 0) {
            throw new IllegalArgumentException("an empty mini-batch has no mean gradient");
        }
        double sw = 0;
        double sb = 0;
        for (int i : batch) {
            sw += gw[i];
            sb += gb[i];
        }
        return new double[] {sw / batch.length, sb / batch.length};
    }
}
