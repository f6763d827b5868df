package org.descentfx.ui;

import java.util.Arrays;

/**
 * Min–max decimation of a polyline given in pixels with non-decreasing x: of all points that
 * fall into one pixel column it keeps the lowest and the highest, in their order, so a spike
 * of a single step still shows while a series of any length draws at most two points per
 * column. The buffers are reused from draw to draw.
 */
final class ColumnDecimator {
    private double[] xs = new double[512];
    private double[] ys = new double[512];
    private int size;
    private boolean open;
    private long column;
    private int seen;
    private double loX;
    private double loY;
    private int loOrder;
    private double hiX;
    private double hiY;
    private int hiOrder;
    private double lastAddedX = Double.NaN;
    private double lastAddedY = Double.NaN;

    void reset() {
        size = 0;
        open = false;
    }

    void add(double px, double py) {
        lastAddedX = px;
        lastAddedY = py;
        long c = (long) Math.floor(px);
        if (!open || c != column) {
            flush();
            open = true;
            column = c;
            loX = hiX = px;
            loY = hiY = py;
            loOrder = hiOrder = seen = 0;
            return;
        }
        seen++;
        if (py < loY) {
            loX = px;
            loY = py;
            loOrder = seen;
        } else if (py > hiY) {
            hiX = px;
            hiY = py;
            hiOrder = seen;
        }
    }

    /** Emits the last open column; call once after the last {@link #add}. */
    void finish() {
        flush();
        open = false;
    }

    private void flush() {
        if (!open) {
            return;
        }
        if (loOrder == hiOrder) {
            push(loX, loY);
        } else if (loOrder < hiOrder) {
            push(loX, loY);
            push(hiX, hiY);
        } else {
            push(hiX, hiY);
            push(loX, loY);
        }
    }

    private void push(double x, double y) {
        if (size == xs.length) {
            xs = Arrays.copyOf(xs, size * 2);
            ys = Arrays.copyOf(ys, size * 2);
        }
        xs[size] = x;
        ys[size] = y;
        size++;
    }

    int size() {
        return size;
    }

    double[] xs() {
        return xs;
    }

    double[] ys() {
        return ys;
    }

    /** The newest point given to {@link #add}, kept or not. */
    double lastAddedX() {
        return lastAddedX;
    }

    double lastAddedY() {
        return lastAddedY;
    }
}
