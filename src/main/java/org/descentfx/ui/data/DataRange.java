package org.descentfx.ui.data;

import org.descentfx.core.data.Dataset;

/**
 * Where a data set lies: its x range padded by 5% (the plot's x-axis) and its y range unpadded
 * (the fit's curves may widen the y-axis, by at most this span on either side).
 */
record DataRange(double xMin, double xMax, double yMin, double yMax) {
    static final double PADDING = 0.05;

    static DataRange of(Dataset data) {
        if (data == null) {
            return new DataRange(0, 1, 0, 1);
        }
        double xLo = Double.POSITIVE_INFINITY;
        double xHi = Double.NEGATIVE_INFINITY;
        double yLo = Double.POSITIVE_INFINITY;
        double yHi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < data.size(); i++) {
            xLo = Math.min(xLo, data.x(i));
            xHi = Math.max(xHi, data.x(i));
            yLo = Math.min(yLo, data.y(i));
            yHi = Math.max(yHi, data.y(i));
        }
        double xPad = pad(xLo, xHi);
        return new DataRange(xLo - xPad, xHi + xPad, yLo, yHi);
    }

    /** The y span, or a unit that fits the values when they are all equal. */
    double ySpan() {
        return yMax > yMin ? yMax - yMin : Math.max(Math.abs(yMax), 1);
    }

    static double pad(double lo, double hi) {
        return hi > lo ? (hi - lo) * PADDING : Math.max(Math.abs(hi) * PADDING, 1);
    }
}
