package org.descentfx.ui.valley;

import org.descentfx.core.surface.CostGrid;

/**
 * How high the 3D valley stands over a cost C: 0 at the smallest cost on the grid, {@code top} at
 * the largest, in scene units.
 *
 * <p>Linear heights show the true shape of C, but a long narrow valley then looks like a flat
 * trough: its floor rises by a thousandth of what its walls do. Logarithmic heights use the idea
 * of {@link ColorScale#position}, log(1 + ΔC/flat), so the floor keeps its relief; the colours
 * stay those of the 2D map whichever scale the heights use.
 *
 * @param min the cost at height 0 (the grid's minimum)
 * @param max the cost at height {@code top} (the grid's maximum)
 * @param log logarithmic rather than linear
 * @param top the height of {@code max}, in scene units
 */
public record HeightScale(double min, double max, boolean log, double top) {

    /** The height of the highest cost, in scene units, over a 200 × 200 floor: a valley, not a well. */
    public static final double DEFAULT_TOP = 70;

    /**
     * The rise above the minimum, as a fraction of the range, below which log heights are nearly
     * linear. The 2D map's colours use a thousandth; as heights that makes the floor a crease whose
     * walls stand steeper than the camera looks down, so the near wall hides the floor and the
     * ball. A thirtieth still lifts the floor of a long narrow valley about nine times.
     */
    static final double LOG_FLAT_FRACTION = 1.0 / 30;

    public HeightScale {
        if (!(top > 0) || !Double.isFinite(top)) {
            throw new IllegalArgumentException("the top height must be a positive finite number, not " + top);
        }
    }

    /** The scale over the grid's range of C, {@link #DEFAULT_TOP} high. */
    public static HeightScale of(CostGrid grid, boolean log) {
        return new HeightScale(grid.min(), grid.max(), log, DEFAULT_TOP);
    }

    /**
     * The height of cost C in [0, top]: costs outside [min, max] are clamped, NaN stays NaN, and a
     * flat or unknown range (max ≤ min, or NaN) puts everything at 0.
     */
    public double height(double cost) {
        if (Double.isNaN(cost)) {
            return Double.NaN;
        }
        double range = max - min;
        if (!(range > 0) || !Double.isFinite(range)) {
            return 0;
        }
        double t = log ? logPosition(cost - min, range) : (cost - min) / range;
        return top * Math.max(0, Math.min(1, t));
    }

    /**
     * The cost whose height is {@code height} (the inverse of {@link #height} inside [0, top]):
     * where an axis puts the tick of a cost, and which cost stands at a chosen height.
     */
    public double cost(double height) {
        double t = Math.max(0, Math.min(1, height / top));
        double range = max - min;
        if (!(range > 0) || !Double.isFinite(range)) {
            return min;
        }
        if (!log) {
            return min + t * range;
        }
        double flat = range * LOG_FLAT_FRACTION;
        return min + flat * Math.expm1(t * Math.log1p(range / flat));
    }

    /** log(1 + rise/flat) / log(1 + range/flat): 0 at the minimum, 1 at the maximum, scale-free in C. */
    private static double logPosition(double rise, double range) {
        double flat = range * LOG_FLAT_FRACTION;
        return Math.log1p(Math.max(0, rise) / flat) / Math.log1p(range / flat);
    }
}
