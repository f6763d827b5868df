package org.descentfx.ui.fan;

/**
 * The spread of the fan's final costs as a histogram: equal bins over the range of the seeds' final
 * C and the full-batch descent's, so that both fall on the axis. A value.
 *
 * @param low    C at the bottom of the lowest bin
 * @param high   C at the top of the highest bin
 * @param counts seeds per bin, the lowest C first
 */
record FanHistogram(double low, double high, int[] counts) {
    /** Bins of a fan unless the seeds are fewer. */
    static final int BINS = 12;

    /** The histogram of the finite {@code costs}, its range stretched to hold {@code alsoShown} (if finite). */
    static FanHistogram of(double[] costs, double alsoShown) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int finite = 0;
        for (double c : costs) {
            if (Double.isFinite(c)) {
                lo = Math.min(lo, c);
                hi = Math.max(hi, c);
                finite++;
            }
        }
        if (Double.isFinite(alsoShown)) {
            lo = Math.min(lo, alsoShown);
            hi = Math.max(hi, alsoShown);
        }
        if (!(lo <= hi)) {
            return new FanHistogram(0, 1, new int[BINS]);
        }
        if (hi - lo <= Math.max(Math.abs(hi), 1e-300) * 1e-9) {
            // every descent ended on the same C: one bin around it
            double pad = Math.max(Math.abs(hi) * 0.05, 1e-12);
            lo -= pad;
            hi += pad;
        }
        // a little room above and below, so neither end's bar nor line lies on the frame
        double margin = (hi - lo) * 0.04;
        lo -= margin;
        hi += margin;
        int bins = Math.max(1, Math.min(BINS, finite));
        int[] counts = new int[bins];
        for (double c : costs) {
            if (Double.isFinite(c)) {
                counts[binOf(c, lo, hi, bins)]++;
            }
        }
        return new FanHistogram(lo, hi, counts);
    }

    private static int binOf(double c, double lo, double hi, int bins) {
        int k = (int) ((c - lo) / (hi - lo) * bins);
        return Math.max(0, Math.min(bins - 1, k));
    }

    /** The bin {@code c} falls in. */
    int binOf(double c) {
        return binOf(c, low, high, counts.length);
    }

    int most() {
        int most = 0;
        for (int k : counts) {
            most = Math.max(most, k);
        }
        return most;
    }

    int total() {
        int total = 0;
        for (int k : counts) {
            total += k;
        }
        return total;
    }
}
