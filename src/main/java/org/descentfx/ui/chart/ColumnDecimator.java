package org.descentfx.ui.chart;

import java.util.Arrays;

/**
 * Decimation of a polyline given in pixels with non-decreasing x, one entry per pixel column
 * that holds a point: its first and last point, the vertical span the line covers in the column,
 * and how far it rises or falls across it. The span is that of the column's points (so a spike of a single step still shows) and of
 * the segments that join them to the points of an adjacent column. A series of any length keeps
 * at most one entry per column, and the buffers are reused from draw to draw.
 */
final class ColumnDecimator {
    /** Pixels a line may reach beyond where it enters and leaves a column and still count as going straight through. */
    static final double NOISE = 0.5;

    private long[] column = new long[256];
    private double[] firstX = new double[256];
    private double[] firstY = new double[256];
    private double[] lastX = new double[256];
    private double[] lastY = new double[256];
    private double[] top = new double[256];
    private double[] bottom = new double[256];
    private double[] inY = new double[256];
    private double[] outY = new double[256];
    private int columns;
    private int points;
    private double lastAddedX = Double.NaN;
    private double lastAddedY = Double.NaN;

    void reset() {
        columns = 0;
        points = 0;
    }

    void add(double px, double py) {
        lastAddedX = px;
        lastAddedY = py;
        long c = (long) Math.floor(px);
        int k = columns - 1;
        if (k >= 0 && column[k] == c) {
            lastX[k] = px;
            lastY[k] = py;
            top[k] = Math.min(top[k], py);
            bottom[k] = Math.max(bottom[k], py);
            return;
        }
        if (columns == column.length) {
            grow();
        }
        k = columns++;
        column[k] = c;
        firstX[k] = lastX[k] = px;
        firstY[k] = lastY[k] = py;
        top[k] = bottom[k] = py;
    }

    /**
     * Adds the joins between adjacent columns to their spans and finds where the line enters and
     * leaves each column; call once after the last {@link #add}.
     */
    void finish() {
        points = 0;
        for (int k = 0; k < columns; k++) {
            points += top[k] == bottom[k] ? 1 : 2;
        }
        double in = columns > 0 ? firstY[0] : 0;
        for (int k = 0; k < columns; k++) {
            boolean joined = k + 1 < columns && adjacent(k);
            double out = joined ? joinY(k) : lastY[k];
            top[k] = Math.min(top[k], Math.min(in, out));
            bottom[k] = Math.max(bottom[k], Math.max(in, out));
            inY[k] = in;
            outY[k] = out;
            if (k + 1 < columns) {
                in = joined ? out : firstY[k + 1];
            }
        }
    }

    /** Where the segment from entry k's last point to entry k + 1's first crosses their common edge. */
    private double joinY(int k) {
        double t = (column[k + 1] - lastX[k]) / (firstX[k + 1] - lastX[k]);
        return lastY[k] + t * (firstY[k + 1] - lastY[k]);
    }

    private void grow() {
        int capacity = 2 * columns;
        column = Arrays.copyOf(column, capacity);
        firstX = Arrays.copyOf(firstX, capacity);
        firstY = Arrays.copyOf(firstY, capacity);
        lastX = Arrays.copyOf(lastX, capacity);
        lastY = Arrays.copyOf(lastY, capacity);
        top = Arrays.copyOf(top, capacity);
        bottom = Arrays.copyOf(bottom, capacity);
        inY = Arrays.copyOf(inY, capacity);
        outY = Arrays.copyOf(outY, capacity);
    }

    /** Pixel columns that hold a point. */
    int columns() {
        return columns;
    }

    /**
     * The points a min–max decimation would keep: one for a column whose points lie at one
     * height, else two, its highest and its lowest.
     */
    int pointCount() {
        return points;
    }

    /** Whether entry k and entry k + 1 are neighbouring pixel columns. */
    boolean adjacent(int k) {
        return column[k + 1] == column[k] + 1;
    }

    /** The pixel column of entry k: its left edge. */
    long column(int k) {
        return column[k];
    }

    double firstX(int k) {
        return firstX[k];
    }

    double firstY(int k) {
        return firstY[k];
    }

    double lastX(int k) {
        return lastX[k];
    }

    double lastY(int k) {
        return lastY[k];
    }

    /**
     * Whether the line goes back and forth in entry k's column: its span there is more than
     * {@link #NOISE} beyond where it enters and leaves the column.
     */
    boolean noisy(int k) {
        return bottom[k] - top[k] > rise(k) + NOISE;
    }

    /**
     * How far the line climbs or falls across entry k's column, from where it enters (the join
     * with the column before, or the first point) to where it leaves (the join with the column
     * after, or the last point).
     */
    double rise(int k) {
        return Math.abs(outY[k] - inY[k]);
    }

    /** The smallest y the line reaches in entry k's column (the highest on screen). */
    double top(int k) {
        return top[k];
    }

    /** The largest y the line reaches in entry k's column (the lowest on screen). */
    double bottom(int k) {
        return bottom[k];
    }

    /** The newest point given to {@link #add}, kept or not. */
    double lastAddedX() {
        return lastAddedX;
    }

    double lastAddedY() {
        return lastAddedY;
    }
}
