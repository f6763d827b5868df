package org.descentfx.bench;

import java.util.Arrays;

/** One figure per frame, in nanoseconds, with its order statistics. Used by one thread at a time. */
final class FrameSeries {
    private long[] values = new long[4096];
    private int size;

    void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, 2 * size);
        }
        values[size++] = nanos;
    }

    void clear() {
        size = 0;
    }

    int size() {
        return size;
    }

    /** The p-quantile in ms, by nearest rank (p = 1 is the maximum); 0 for no frames. */
    double percentileMs(double p) {
        if (size == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(p * size) - 1)] / 1e6;
    }

    /** Frames above {@code ms}. */
    int countAboveMs(double ms) {
        return (int) Arrays.stream(values, 0, size).filter(v -> v > ms * 1e6).count();
    }
}
