package org.descentfx.core.surface;

import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.data.Moments;
import org.descentfx.core.model.Model;
import org.descentfx.core.model.MomentForm;

/**
 * Computes {@link CostGrid}s: the cost C(w, b) of Eq. (1) over the whole data, or the cost C_X of
 * one mini-batch X (the estimate that Eq. (7)–(9) descend), at every node of a window.
 *
 * <p>A model with a {@link MomentForm} (the linear neuron: C is a quadratic in (w, b) whose
 * coefficients are the data's centred {@link Moments}) gives a grid that costs the same for n = 10⁶
 * as for n = 100. Any other sums each node over the data
 * ({@link Model#gridSumSquaredErrors}), columns spread over all cores.
 *
 * <p>Safe to call from any thread; nothing is shared between calls. A long computation is
 * abandoned by a {@code cancelled} supplier, checked once per row or column, which makes the call throw
 * {@link CancellationException}: a view whose window changed can drop an outdated grid early.
 */
public final class CostSurface {

    /** The side of the quick first grid of {@link #progressive}. */
    public static final int COARSE_SIZE = 64;

    private static final BooleanSupplier NEVER = () -> false;

    private CostSurface() {
    }

    /** C at one node (w, b). */
    @FunctionalInterface
    private interface NodeCost {
        double at(double w, double b);
    }

    /** C(w, b) of Eq. (1) over the whole data set at every node of a columns × rows grid. */
    public static CostGrid compute(Model model, Dataset data, Window window, int columns, int rows) {
        return compute(model, data, window, columns, rows, NEVER);
    }

    /**
     * As {@link #compute(Model, Dataset, Window, int, int)}, abandoned with a
     * {@link CancellationException} as soon as {@code cancelled} says so (checked per row).
     */
    public static CostGrid compute(
            Model model, Dataset data, Window window, int columns, int rows, BooleanSupplier cancelled) {
        Optional<MomentForm> closed = model.momentForm();
        if (closed.isPresent()) {
            Moments moments = data.moments();
            return fill(window, columns, rows, (w, b) -> closed.get().cost(moments, w, b), cancelled);
        }
        return summed(model, data, window, columns, rows, cancelled);
    }

    /**
     * C_X = 1/(2m) Σ_{j∈X} (y_j − ŷ_j)² at every node, for the mini-batch X whose indices into
     * {@code data} are {@code batch} (m = batch.length). An index may repeat; it then counts twice.
     */
    public static CostGrid computeBatch(Model model, Dataset data, int[] batch, Window window, int columns, int rows) {
        return computeBatch(model, data, batch, window, columns, rows, NEVER);
    }

    /** As {@link #computeBatch(Model, Dataset, int[], Window, int, int)}, with cancellation per row or column. */
    public static CostGrid computeBatch(
            Model model, Dataset data, int[] batch, Window window, int columns, int rows, BooleanSupplier cancelled) {
        Dataset examples = select(data, batch);
        Optional<MomentForm> closed = model.momentForm();
        if (closed.isPresent()) {
            // the batch's own moments give C_X in closed form, as the full data's give C
            Moments moments = examples.moments();
            return fill(window, columns, rows, (w, b) -> closed.get().cost(moments, w, b), cancelled);
        }
        return summed(model, examples, window, columns, rows, cancelled);
    }

    /**
     * Coarse first, then fine: hands {@code sink} a {@link #COARSE_SIZE}² grid, which is quick, then
     * the fineSize² grid, so a view shows the valley at once and sharpens it a moment later.
     * When fineSize ≤ COARSE_SIZE there is only the one grid. Both calls happen on the calling
     * thread; a cancellation between or during them throws {@link CancellationException}.
     */
    public static void progressive(
            Model model, Dataset data, Window window, int fineSize, Consumer<CostGrid> sink,
            BooleanSupplier cancelled) {
        CostGrid.requireSize(fineSize, fineSize);
        if (fineSize > COARSE_SIZE) {
            sink.accept(compute(model, data, window, COARSE_SIZE, COARSE_SIZE, cancelled));
        }
        sink.accept(compute(model, data, window, fineSize, fineSize, cancelled));
    }

    /** A grid summed over the data, C = Σ (y − ŷ)² / (2n) at each node, for a model without a closed form. */
    private static CostGrid summed(
            Model model, Dataset data, Window window, int columns, int rows, BooleanSupplier cancelled) {
        CostGrid.requireSize(columns, rows);
        double[] ws = new double[columns];
        double[] bs = new double[rows];
        for (int col = 0; col < columns; col++) {
            ws[col] = CostGrid.node(window.wMin(), window.wMax(), col, columns);
        }
        for (int row = 0; row < rows; row++) {
            bs[row] = CostGrid.node(window.bMin(), window.bMax(), row, rows);
        }
        double[] values = model.gridSumSquaredErrors(data.xs(), data.ys(), ws, bs, cancelled);
        int n = data.size();
        for (int i = 0; i < values.length; i++) {
            values[i] = values[i] / (2.0 * n);
        }
        return new CostGrid(window, columns, rows, values);
    }

    /** The examples of a mini-batch as a data set of their own (m values, not n). */
    static Dataset select(Dataset data, int[] batch) {
        if (batch.length == 0) {
            throw new IllegalArgumentException("a mini-batch needs at least one example");
        }
        double[] x = new double[batch.length];
        double[] y = new double[batch.length];
        for (int k = 0; k < batch.length; k++) {
            int j = batch[k];
            if (j < 0 || j >= data.size()) {
                throw new IllegalArgumentException(
                        "mini-batch index " + j + " is outside the data set (n = " + data.size() + ")");
            }
            x[k] = data.x(j);
            y[k] = data.y(j);
        }
        return Dataset.of(data.name() + " batch", x, y);
    }

    /** Evaluates {@code cost} at every node, rows in parallel, checking {@code cancelled} per row. */
    private static CostGrid fill(
            Window window, int columns, int rows, NodeCost cost, BooleanSupplier cancelled) {
        CostGrid.requireSize(columns, rows);
        double[] values = new double[Math.multiplyExact(columns, rows)];
        IntStream.range(0, rows).parallel().forEach(row -> {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("the cost grid is no longer wanted");
            }
            double b = CostGrid.node(window.bMin(), window.bMax(), row, rows);
            int offset = row * columns;
            for (int col = 0; col < columns; col++) {
                values[offset + col] = cost.at(CostGrid.node(window.wMin(), window.wMax(), col, columns), b);
            }
        });
        return new CostGrid(window, columns, rows, values);
    }
}
