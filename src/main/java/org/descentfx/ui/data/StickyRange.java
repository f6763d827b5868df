package org.descentfx.ui.data;

/**
 * An axis range that does not follow every small move of what it must show. Asked for a range,
 * it keeps the one it has while that holds the range asked for and the range asked for fills at
 * least {@value #KEEP} of it; it widens at once, with a margin, where the range asked for reaches
 * beyond it; and it narrows to exactly the range asked for once that fills less.
 *
 * <p>Why: the data plot's y-axis takes in the fits ŷ(x), and with stochastic descent they jitter
 * from step to step. An axis that followed them would move every data point each frame, and the
 * plot's background would have to be drawn again each frame. FX thread only.
 */
final class StickyRange {
    /** How much of the range kept the range asked for must fill. */
    static final double KEEP = 0.85;
    /** The room added beyond a side that grows, as a share of the range asked for. */
    static final double MARGIN = 0.02;

    private double lo = Double.NaN;
    private double hi = Double.NaN;

    /** Forgets the range kept: the next one asked for is taken as it is. */
    void reset() {
        lo = Double.NaN;
        hi = Double.NaN;
    }

    /** The range to show for the range [min, max] asked for: {lo, hi}. */
    double[] update(double min, double max) {
        if (!(min >= lo && max <= hi)) {
            double margin = MARGIN * (max - min);
            lo = min < lo ? min - margin : lo;
            hi = max > hi ? max + margin : hi;
        }
        if (Double.isNaN(lo) || Double.isNaN(hi) || max - min < KEEP * (hi - lo)) {
            lo = min;
            hi = max;
        }
        return new double[] {lo, hi};
    }
}
