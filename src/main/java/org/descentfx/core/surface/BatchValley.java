package org.descentfx.core.surface;

import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.descentfx.core.cost.QuadraticCost;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.Model;
import org.descentfx.core.train.Point;

/**
 * The valley of one mini-batch X: its cost C_X = 1/(2m) Σ_{j∈X} (y_j − ŷ_j)² over a window, the
 * surface the step of Eq. (8)–(9) truly descends. Its contour lines, the one of them through the
 * current point (the step −η∇C_X crosses it at a right angle), and where C_X is lowest.
 *
 * <p>Computed as {@link CostSurface#computeBatch} computes a batch's grid: in closed form from the
 * batch's moments for the linear neuron, summed over the batch at every node for the sigmoid neuron.
 * Immutable; safe to build on any thread.
 *
 * @param batch    the indices of X into the data, in the order the step takes them
 * @param at       the point the step starts from
 * @param grid     C_X at every node
 * @param contours C_X's contour lines at {@code levels}
 * @param levels   log-spaced between the grid's lowest and highest C_X
 * @param through  the contour of C_X through {@code at}, at the level C_X(at); empty when not in view
 * @param floor    where C_X is lowest
 */
public record BatchValley(int[] batch, Point at, CostGrid grid, List<Contour> contours, double[] levels,
                          List<Contour> through, BatchFloor floor) {
    /** How many contour lines of C_X are drawn: fewer than the map's own, so that C's stay readable. */
    public static final int LEVELS = 9;

    public BatchValley {
        batch = batch.clone();
        levels = levels.clone();
        contours = List.copyOf(contours);
        through = List.copyOf(through);
    }

    @Override
    public int[] batch() {
        return batch.clone();
    }

    @Override
    public double[] levels() {
        return levels.clone();
    }

    /** m, the batch's size. */
    public int size() {
        return batch.length;
    }

    /**
     * The valley of the examples {@code batch} of {@code data} over {@code window}, on a size × size
     * grid; abandoned with a {@link java.util.concurrent.CancellationException} when {@code cancelled}
     * says so.
     */
    public static BatchValley of(Model model, Dataset data, int[] batch, Point at, Window window, int size,
                                 BooleanSupplier cancelled) {
        CostGrid grid = CostSurface.computeBatch(model, data, batch, window, size, size, cancelled);
        double[] levels = grid.min() < grid.max() ? ContourLines.logLevels(grid.min(), grid.max(), LEVELS) : new double[0];
        List<Contour> contours = levels.length == 0 ? List.of() : ContourLines.trace(grid, levels);
        double here = QuadraticCost.batchCost(model, data, batch, at.w(), at.b());
        List<Contour> through = Double.isFinite(here) && window.contains(at)
                ? ContourLines.trace(grid, new double[] {here}) : List.of();
        BatchFloor floor = BatchFloor.of(model, CostSurface.select(data, batch), grid);
        return new BatchValley(batch, at, grid, contours, levels, through, floor);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BatchValley v && Arrays.equals(batch, v.batch) && at.equals(v.at) && grid.equals(v.grid);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(batch) * 31 + at.hashCode();
    }

    @Override
    public String toString() {
        return "BatchValley[m = " + batch.length + ", at " + at + ", floor " + floor + "]";
    }
}
