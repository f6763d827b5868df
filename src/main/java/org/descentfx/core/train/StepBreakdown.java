package org.descentfx.core.train;

import java.util.Arrays;
import org.descentfx.core.cost.QuadraticCost;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.Model;

/**
 * One step of Eq. (8)–(9) taken apart, with the numbers a learner can redo: the mini-batch X, each
 * example's ∂C_Xj/∂w and ∂C_Xj/∂b, their sums, η/m and the new (w′, b′); and the first-order check of
 * Eq. (3): the change ∇C·Δv it predicts for the step actually taken against the actual ΔC = C(v′) − C(v).
 *
 * <p>The sums run over the batch in the order given, which is the order {@link Run} sums in, and the
 * move is the one the optimizer reports ({@link Optimizer#peek}): so {@link #to()} is bit for bit the point
 * the run reaches, given an optimizer in the run's state (plain SGD has none).
 *
 * @param from         v = (w, b) before the step
 * @param learningRate η
 * @param batch        the indices X_j (data-file order, 0-based) in the order they are summed
 * @param x            x of each X_j
 * @param y            y of each X_j
 * @param dw           ∂C_Xj/∂w at v, one per example
 * @param db           ∂C_Xj/∂b at v
 * @param sumW         Σ_j ∂C_Xj/∂w
 * @param sumB         Σ_j ∂C_Xj/∂b
 * @param to           v′ = (w′, b′)
 * @param gradient     ∇C at v over all n examples
 * @param costBefore   C(v), Eq. (1) summed example by example
 * @param costAfter    C(v′)
 */
public record StepBreakdown(Point from, double learningRate, int[] batch, double[] x, double[] y,
                            double[] dw, double[] db, double sumW, double sumB, Point to,
                            Point gradient, double costBefore, double costAfter) {

    /** The step {@code optimizer} would take on {@code batch} at {@code from}; changes neither it nor any run. */
    public static StepBreakdown of(Model model, Dataset data, Point from, int[] batch, double learningRate,
                                   Optimizer optimizer) {
        if (batch.length == 0) {
            throw new IllegalArgumentException("a mini-batch holds at least one example");
        }
        int m = batch.length;
        double[] xs = new double[m];
        double[] ys = new double[m];
        double[] dw = new double[m];
        double[] db = new double[m];
        double[] one = new double[2];
        double sumW = 0;
        double sumB = 0;
        for (int j = 0; j < m; j++) {
            xs[j] = data.x(batch[j]);
            ys[j] = data.y(batch[j]);
            model.gradient(from.w(), from.b(), xs[j], ys[j], one);
            dw[j] = one[0];
            db[j] = one[1];
            sumW += one[0];
            sumB += one[1];
        }
        // the move is the optimizer's own report of its next step (for SGD −(η/m)Σ, added as the run adds it)
        double[] params = {from.w(), from.b()};
        double[] move = new double[2];
        BatchGradient sums = (w, b, out) -> sumAt(model, xs, ys, w, b, out);
        optimizer.peek(params, new double[] {sumW, sumB}, m, learningRate, sums, move);
        Point to = new Point(from.w() + move[0], from.b() + move[1]);
        double[] g = QuadraticCost.gradient(model, data, from.w(), from.b());
        return new StepBreakdown(from, learningRate, batch.clone(), xs, ys, dw, db, sumW, sumB, to,
                new Point(g[0], g[1]), QuadraticCost.cost(model, data, from.w(), from.b()),
                QuadraticCost.cost(model, data, to.w(), to.b()));
    }

    private static void sumAt(Model model, double[] xs, double[] ys, double w, double b, double[] out) {
        out[0] = 0;
        out[1] = 0;
        model.accumulate(w, b, xs, ys, 0, xs.length, out);
    }

    /** m, the examples in X. */
    public int miniBatchSize() {
        return batch.length;
    }

    /** η/m, the factor of the sums in Eq. (8)–(9). */
    public double scale() {
        return learningRate / batch.length;
    }

    /** Whether X is all n examples, so the step is Eq. (5)–(6). */
    public boolean fullBatch(int n) {
        return batch.length == n;
    }

    /** Δv = v′ − v, the step actually taken. */
    public Point move() {
        return new Point(to.w() - from.w(), to.b() - from.b());
    }

    /** ∇C·Δv: the change in C that Eq. (3) predicts for this step (positive when a mini-batch points uphill). */
    public double predictedChange() {
        Point d = move();
        return gradient.w() * d.w() + gradient.b() * d.b();
    }

    /** ΔC = C(v′) − C(v), the change that happened. */
    public double actualChange() {
        return costAfter - costBefore;
    }

    /** ΔC / (∇C·Δv): ≈ 1 while Eq. (3) holds; NaN when nothing was predicted. */
    public double ratio() {
        double p = predictedChange();
        return p == 0 ? Double.NaN : actualChange() / p;
    }

    /** Whether this step raised C. */
    public boolean raisedCost() {
        return costAfter > costBefore;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StepBreakdown s && from.equals(s.from) && learningRate == s.learningRate
                && Arrays.equals(batch, s.batch) && to.equals(s.to);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * from.hashCode() + Arrays.hashCode(batch)) + to.hashCode();
    }

    @Override
    public String toString() {
        return "StepBreakdown[" + from + " → " + to + ", η = " + learningRate + ", m = " + batch.length + "]";
    }
}
