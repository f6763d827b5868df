package org.descentfx.ui.chart;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * Draws a decimated line of a given width in two parts. Across neighbouring pixel columns where
 * the line goes back and forth, or runs nearly level, it fills the span the line covers in each
 * column, widened by half the line's width above and below and by the width beyond one pixel to
 * the sides: one polygon, a staircase, that looks like the line stroked. It strokes the rest, the
 * steep straight stretches (where a staircase would show) and the segments between points whole
 * columns apart, through each column's first and last point.
 *
 * <p>Why: stroking the zig-zag of a noisy series made the software renderer sort a few edges per
 * column on every scanline the band covers, and join every vertex; the staircase has edges only
 * where a column's span ends. The picture is the same: the faint band shows how far the
 * mini-batch cost scatters, a spike of a single step still reaches as far, and a steep drop stays
 * a smooth stroke. FX thread only.
 */
final class ColumnBands {

    /** Pixels a line may rise or fall across a column and still be filled: steeper, a staircase shows. */
    static final double STEEP = 1;

    private ColumnBands() {
    }

    static void draw(GraphicsContext gc, ColumnDecimator line, Color color, double width) {
        fillRuns(gc, line, color, width);
        strokeTheRest(gc, line, color, width);
    }

    /** Whether column k is filled: the line goes back and forth in it, or crosses it flat beside a neighbour. */
    static boolean filled(ColumnDecimator line, int k) {
        if (line.noisy(k)) {
            return true;
        }
        boolean joined = k > 0 && line.adjacent(k - 1) || k + 1 < line.columns() && line.adjacent(k);
        return joined && line.rise(k) <= STEEP;
    }

    private static void fillRuns(GraphicsContext gc, ColumnDecimator line, Color color, double width) {
        gc.beginPath();
        boolean any = false;
        int k = 0;
        while (k < line.columns()) {
            if (!filled(line, k)) {
                k++;
                continue;
            }
            int end = k;
            while (end + 1 < line.columns() && filled(line, end + 1) && line.adjacent(end)) {
                end++;
            }
            band(gc, line, k, end, width);
            any = true;
            k = end + 1;
        }
        if (any) {
            gc.setFill(color);
            gc.fill();
        }
    }

    /**
     * The outline of the union of one rectangle per column, [column − e, column + 1 + e] ×
     * [top − h, bottom + h]: along the top from left to right, where two columns meet the higher
     * reaches e into the lower; then back along the bottom, where the lower reaches into the higher.
     */
    private static void band(GraphicsContext gc, ColumnDecimator line, int from, int to, double width) {
        double h = width / 2;
        double e = Math.max(0, (width - 1) / 2);
        gc.moveTo(line.column(from) - e, line.top(from) - h);
        for (int k = from; k < to; k++) {
            double a = line.top(k) - h;
            double b = line.top(k + 1) - h;
            double x = line.column(k + 1) + (a <= b ? e : -e);
            gc.lineTo(x, a);
            gc.lineTo(x, b);
        }
        double right = line.column(to) + 1 + e;
        gc.lineTo(right, line.top(to) - h);
        gc.lineTo(right, line.bottom(to) + h);
        for (int k = to; k > from; k--) {
            double a = line.bottom(k) + h;
            double b = line.bottom(k - 1) + h;
            double x = line.column(k) + (a >= b ? -e : e);
            gc.lineTo(x, a);
            gc.lineTo(x, b);
        }
        gc.lineTo(line.column(from) - e, line.bottom(from) + h);
        gc.closePath();
    }

    /**
     * One path through what the bands leave: each clean column from its first point to its last,
     * and each join between columns but those inside a band.
     */
    private static void strokeTheRest(GraphicsContext gc, ColumnDecimator line, Color color, double width) {
        gc.beginPath();
        boolean any = false;
        boolean penAtLast = false;
        for (int k = 0; k < line.columns(); k++) {
            boolean penAtFirst = false;
            if (k > 0 && !(filled(line, k - 1) && filled(line, k) && line.adjacent(k - 1))) {
                if (!penAtLast) {
                    gc.moveTo(line.lastX(k - 1), line.lastY(k - 1));
                }
                gc.lineTo(line.firstX(k), line.firstY(k));
                penAtFirst = true;
                any = true;
            }
            penAtLast = !filled(line, k);
            if (penAtLast) {
                if (!penAtFirst) {
                    gc.moveTo(line.firstX(k), line.firstY(k));
                }
                if (line.lastX(k) != line.firstX(k) || line.lastY(k) != line.firstY(k)) {
                    gc.lineTo(line.lastX(k), line.lastY(k));
                    any = true;
                }
            }
        }
        if (any) {
            gc.save();
            gc.setLineDashes();
            gc.setStroke(color);
            gc.setLineWidth(width);
            gc.setLineCap(StrokeLineCap.BUTT);
            gc.setLineJoin(StrokeLineJoin.ROUND);
            gc.stroke();
            gc.restore();
        }
    }
}
