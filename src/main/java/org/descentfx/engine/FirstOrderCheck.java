package org.descentfx.engine;

import org.descentfx.core.cost.QuadraticCost;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.Model;

/**
 * The first-order check of Eq. (3) along a run's path: for each step k held exactly in a history, from
 * v = v_{k−1} to v′ = v_k, the change ∇C·Δv that Eq. (3) predicts for the step actually taken and the
 * change ΔC = C(v′) − C(v) that happened, both with C of Eq. (1) summed example by example (as
 * {@link org.descentfx.core.train.StepBreakdown} does). Each step costs two passes over the n examples,
 * so a step is computed once and kept (a step taken back and taken again with other numbers is
 * computed again), and one call computes at most a budget of examples' worth, newest steps first.
 * Single-threaded: the consumer of the history owns it.
 */
public final class FirstOrderCheck {
    /**
     * Examples summed per call at most: a few milliseconds of the FX thread. The sigmoid's σ makes an
     * example about ten times the linear neuron's cost: 600,000 of them take about 6 ms there (part 7 of
     * docs/BENCHMARKS.md; 2,000,000 took 19 ms, more than a frame), the rest of the steps follow in the
     * next frames.
     */
    static final long EXAMPLE_BUDGET = 600_000;
    /** Steps kept: the newest of the history's exact part. */
    static final int CAPACITY = 2048;

    private final long[] keyStep = new long[CAPACITY];
    private final double[][] keyPoints = new double[CAPACITY][4];
    private final double[] predicted = new double[CAPACITY];
    private final double[] actual = new double[CAPACITY];
    private Model model;
    private Dataset data;

    /**
     * One run's series: step k, its examples seen, ∇C·Δv and ΔC, in step order.
     *
     * @param steps     the step k whose change is measured
     * @param examples  examples seen after step k
     * @param predicted ∇C(v_{k−1})·(v_k − v_{k−1}), Eq. (3)
     * @param actual    C(v_k) − C(v_{k−1})
     */
    public record Series(long[] steps, long[] examples, double[] predicted, double[] actual) {
        public int size() {
            return steps.length;
        }

        /** Whether step i raised C. */
        public boolean raised(int i) {
            return actual[i] > 0;
        }
    }

    public FirstOrderCheck() {
        java.util.Arrays.fill(keyStep, -1);
    }

    /** The series of the newest consecutive steps {@code h} holds exactly (at most {@value #CAPACITY}). */
    public Series update(Model m, Dataset d, TraceHistory h) {
        if (m != model || d != data) {
            java.util.Arrays.fill(keyStep, -1);
            model = m;
            data = d;
        }
        int end = h.size();
        int first = Math.max(Math.max(1, end - h.exactSize()), end - CAPACITY);
        long budget = EXAMPLE_BUDGET;
        int from = end;
        for (int i = end - 1; i >= first && h.step(i) == h.step(i - 1) + 1; i--) {
            if (!cached(h, i)) {
                if (budget < 3L * d.size()) {
                    break;
                }
                compute(h, i); // three passes: ∇C(v), C(v), C(v′)
                budget -= 3L * d.size();
            }
            from = i;
        }
        return collect(h, from, end);
    }

    private Series collect(TraceHistory h, int from, int end) {
        int n = end - from;
        long[] steps = new long[n];
        long[] examples = new long[n];
        double[] p = new double[n];
        double[] a = new double[n];
        for (int i = from; i < end; i++) {
            int slot = slot(h.step(i));
            steps[i - from] = h.step(i);
            examples[i - from] = h.examplesSeen(i);
            p[i - from] = predicted[slot];
            a[i - from] = actual[slot];
        }
        return new Series(steps, examples, p, a);
    }

    private boolean cached(TraceHistory h, int i) {
        int slot = slot(h.step(i));
        double[] k = keyPoints[slot];
        return keyStep[slot] == h.step(i) && k[0] == h.w(i - 1) && k[1] == h.b(i - 1) && k[2] == h.w(i)
                && k[3] == h.b(i);
    }

    private void compute(TraceHistory h, int i) {
        int slot = slot(h.step(i));
        double w = h.w(i - 1);
        double b = h.b(i - 1);
        double w2 = h.w(i);
        double b2 = h.b(i);
        double[] g = QuadraticCost.gradient(model, data, w, b);
        predicted[slot] = g[0] * (w2 - w) + g[1] * (b2 - b);
        actual[slot] = QuadraticCost.cost(model, data, w2, b2) - QuadraticCost.cost(model, data, w, b);
        keyStep[slot] = h.step(i);
        double[] k = keyPoints[slot];
        k[0] = w;
        k[1] = b;
        k[2] = w2;
        k[3] = b2;
    }

    private static int slot(long step) {
        return (int) Math.floorMod(step, (long) CAPACITY);
    }
}
