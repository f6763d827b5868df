package org.descentfx.core.model;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * Σ (y − ŷ)², 2n times C of Eq. (1), at every node of a grid: node by node for any model, and by
 * a faster exact route for the sigmoid neuron, σ(w·x + b).
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
final class GridSums {
    static final double LARGEST_EXPONENT = 700;

    private GridSums() {
    }

    /** Row-major sums as {@link Model#gridSumSquaredErrors} lays them out; the cancellation is checked per column. */
    static double[] sigmoid(double[] x, double[] y, double[] ws, double[] bs, BooleanSupplier cancelled) {
        double largestX = 0;
        for (double xi : x) {
            largestX = Math.max(largestX, Math.abs(xi));
        }
        int columns = ws.length;
        int rows = bs.length;
        double[] rowFactor = new double[rows];
        boolean rowsSplit = true;
        for (int row = 0; row < rows; row++) {
            rowsSplit &= Math.abs(bs[row]) <= LARGEST_EXPONENT;
            rowFactor[row] = Math.exp(-bs[row]);
        }
        boolean split = rowsSplit;
        double largestAbsX = largestX;
        double[] values = new double[Math.multiplyExact(columns, rows)];
        IntStream.range(0, columns).parallel().forEach(col -> {
            checkCancelled(cancelled);
            double w = ws[col];
            double[] sse = split && Math.abs(w) * largestAbsX <= LARGEST_EXPONENT
                    ? splitColumn(x, y, w, rowFactor)
                    : column(SigmoidNeuron.INSTANCE, x, y, w, bs);
            for (int row = 0; row < rows; row++) {
                values[row * columns + col] = sse[row];
            }
        });
        return values;
    }

    /** Any model's grid, node by node: each node the model's own {@link Model#sumSquaredError}. */
    static double[] byNode(Model model, double[] x, double[] y, double[] ws, double[] bs, BooleanSupplier cancelled) {
        int columns = ws.length;
        double[] values = new double[Math.multiplyExact(columns, bs.length)];
        IntStream.range(0, columns).parallel().forEach(col -> {
            checkCancelled(cancelled);
            double[] sse = column(model, x, y, ws[col], bs);
            for (int row = 0; row < bs.length; row++) {
                values[row * columns + col] = sse[row];
            }
        });
        return values;
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("the cost grid is no longer wanted");
        }
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

    private static double[] column(Model model, double[] x, double[] y, double w, double[] bs) {
        double[] sse = new double[bs.length];
        for (int row = 0; row < bs.length; row++) {
            sse[row] = model.sumSquaredError(w, bs[row], x, y, 0, x.length);
        }
        return sse;
    }
}
