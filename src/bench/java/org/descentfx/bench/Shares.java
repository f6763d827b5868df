package org.descentfx.bench;

import java.util.List;

/** The median of the CPU shares of a part's configurations: how busy the machine let it be. */
final class Shares {
    private Shares() {
    }

    static double median(List<Double> shares) {
        double[] sorted = shares.stream().mapToDouble(Double::doubleValue).filter(v -> !Double.isNaN(v)).sorted().toArray();
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2];
    }
}
