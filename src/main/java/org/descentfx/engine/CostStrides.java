package org.descentfx.engine;

import org.descentfx.core.cost.QuadraticCost;
import org.descentfx.core.model.Model;

/**
 * Every how many steps the engine measures the full C of Eq. (1) for the chart. A model with a
 * closed form of C (the linear neuron) always. Any other's C (the sigmoid neuron's) sums over all n examples, which
 * can cost far more than the step itself (n against m), so it is decimated:
 * <ul>
 *   <li>playing as fast as possible, C takes at most a 25th of the examples of the steps between
 *       two measurements: recording then slows descent by 4% at most;</li>
 *   <li>playing at a finite pace, C gets a budget of examples per second, a few percent of a
 *       core, which at the usual slow pace means every step;</li>
 *   <li>a whole epoch at once measures it every step up to n = {@value #EPOCH_EVERY_STEP_LIMIT},
 *       else four times per epoch (and the engine adds the epoch's last step).</li>
 * </ul>
 */
final class CostStrides {
    /** C's examples per second at a finite pace. */
    static final double EXAMPLES_PER_SECOND = 2e6;
    /** At full speed, C's examples are at most this fraction's inverse times fewer than the steps'. */
    static final long SHARE_DIVISOR = 25;
    static final int EPOCH_EVERY_STEP_LIMIT = 4096;

    private CostStrides() {
    }

    /** The stride while playing with mini-batches of m at {@code stepsPerSecond} (infinite: as fast as possible). */
    static int playing(Model model, int n, int m, double stepsPerSecond) {
        if (QuadraticCost.isCheap(model)) {
            return 1;
        }
        int batch = Math.max(1, Math.min(n, m));
        long stride = Math.max(1, (SHARE_DIVISOR * n + batch - 1) / batch);
        if (!Double.isInfinite(stepsPerSecond)) {
            long byPace = (long) Math.ceil(n * stepsPerSecond / EXAMPLES_PER_SECOND);
            stride = Math.max(1, Math.min(stride, byPace));
        }
        return (int) Math.min(Integer.MAX_VALUE, stride);
    }

    /** The stride while stepping a whole epoch at once. */
    static int epoch(Model model, int n, int m) {
        if (QuadraticCost.isCheap(model) || n <= EPOCH_EVERY_STEP_LIMIT) {
            return 1;
        }
        return Math.max(1, n / (4 * Math.max(1, Math.min(n, m))));
    }
}
