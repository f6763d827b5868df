package org.descentfx.core.surface;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.descentfx.core.model.SigmoidNeuron;

/**
 * The sigmoid neuron's C(w, b) = 1/(2n) Σ (σ(w·x + b) − y)² of Eq. (1) at every node of a grid.
 *
 * <p>Summed node by node, a 256 × 256 grid over n examples calls exp 65,536·n times. But
 * e^−(w·x + b) = e^−w·x · e^−b: one column (one w) needs its n factors e^−w·x once, and every
 * row its e^−b once, so the grid calls exp columns·n + rows times. A column then runs through
 * the examples once, adding each one's squared error to all its rows together, a loop the JIT
 * turns into vector instructions. Every node still adds its n terms in data order, as
 * {@link SigmoidNeuron#sumSquaredError} does; σ differs from the direct one only in its last bits,
 * because the product of two exponentials is rounded twice.
 *
 * <p>The split holds while both factors are normal doubles (|w·x| and |b| at most
 * {@value #LARGEST_EXPONENT}); then their product cannot be 0·∞, and where it overflows or
 * underflows σ is 0 or 1, as the direct formula gives. A column outside that range is summed
 * directly.
 */
final class SigmoidGrid {
    static final double LARGEST_EXPONENT = 700;

    private SigmoidGrid() {
    }

    /** Row-major values as {@link CostGrid} lays them out; the cancellation is checked per column. */
    static double[] compute(double[] x, double[] y, Window window, int columns, int rows, BooleanSupplier cancelled) {
        int n = x.length;
        double largestX = 0;
        for (double xi : x) {
            largestX = Math.max(largestX, Math.abs(xi));
        }
        double[] rowFactor = new double[rows];
        boolean rowsSplit = true;
        for (int row = 0; row < rows; row++) {
            double b = CostGrid.node(window.bMin(), window.bMax(), row, rows);
            rowsSplit &= Math.abs(b) <= LARGEST_EXPONENT;
            rowFactor[row] = Math.exp(-b);
        }
        boolean split = rowsSplit;
        double largestAbsX = largestX;
        double[] values = new double[Math.multiplyExact(columns, rows)];
        IntStream.range(0, columns).parallel().forEach(col -> {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("the cost grid is no longer wanted");
            }
            double w = CostGrid.node(window.wMin(), window.wMax(), col, columns);
            double[] sse = split && Math.abs(w) * largestAbsX <= LARGEST_EXPONENT
                    ? splitColumn(x, y, w, rowFactor)
                    : directColumn(x, y, w, window, rows);
            for (int row = 0; row < rows; row++) {
                values[row * columns + col] = sse[row] / (2.0 * n);
            }
        });
        return values;
    }

    /** Σ (σ − y)² for every row of column w, σ = 1/(1 + e^−w·x · e^−b). */
    private static double[] splitColumn(double[] x, double[] y, double w, double[] rowFactor) {
        int rows = rowFactor.length;
        double[] sse = new double[rows];
        for (int i = 0; i < x.length; i++) {
            double columnFactor = Math.exp(-w * x[i]);
            double target = y[i];
            for (int row = 0; row < rows; row++) {
                double error = 1.0 / (1.0 + rowFactor[row] * columnFactor) - target;
                sse[row] += error * error;
            }
        }
        return sse;
    }

    private static double[] directColumn(double[] x, double[] y, double w, Window window, int rows) {
        double[] sse = new double[rows];
        for (int row = 0; row < rows; row++) {
            double b = CostGrid.node(window.bMin(), window.bMax(), row, rows);
            sse[row] = SigmoidNeuron.INSTANCE.sumSquaredError(w, b, x, y, 0, x.length);
        }
        return sse;
    }
}
