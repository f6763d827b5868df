package org.descentfx.ui.map;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;

/**
 * The distance from a pixel to the nearest of some polylines, found through a grid of buckets
 * over the plot so a million queries stay quick. Only distances up to {@code reach} are exact;
 * beyond it the answer is "more than reach" (infinity).
 */
public final class DrawnDistance {
    private static final double BUCKET = 6;
    private final List<double[]> segments = new ArrayList<>();
    private final List<List<Integer>> buckets = new ArrayList<>();
    private final Rectangle2D plot;
    private final int columns;
    private final int rows;
    private final double reach;

    public DrawnDistance(List<List<Point2D>> polylines, Rectangle2D plot, double reach) {
        this.plot = plot;
        this.reach = reach;
        columns = (int) Math.ceil(plot.getWidth() / BUCKET) + 1;
        rows = (int) Math.ceil(plot.getHeight() / BUCKET) + 1;
        for (int i = 0; i < columns * rows; i++) {
            buckets.add(new ArrayList<>());
        }
        for (List<Point2D> line : polylines) {
            if (line.size() == 1) {
                add(line.get(0), line.get(0));
            }
            for (int k = 1; k < line.size(); k++) {
                add(line.get(k - 1), line.get(k));
            }
        }
    }

    private void add(Point2D p, Point2D q) {
        int id = segments.size();
        segments.add(new double[] {p.getX(), p.getY(), q.getX(), q.getY()});
        int c0 = column(Math.min(p.getX(), q.getX()) - reach);
        int c1 = column(Math.max(p.getX(), q.getX()) + reach);
        int r0 = row(Math.min(p.getY(), q.getY()) - reach);
        int r1 = row(Math.max(p.getY(), q.getY()) + reach);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                double cx = plot.getMinX() + c * BUCKET;
                double cy = plot.getMinY() + r * BUCKET;
                // only buckets the segment passes within reach of (plus the bucket's half diagonal)
                if (toSegment(cx + BUCKET / 2, cy + BUCKET / 2, segments.get(id)) <= reach + BUCKET) {
                    buckets.get(r * columns + c).add(id);
                }
            }
        }
    }

    private int column(double x) {
        return (int) Math.max(0, Math.min(columns - 1, Math.floor((x - plot.getMinX()) / BUCKET)));
    }

    private int row(double y) {
        return (int) Math.max(0, Math.min(rows - 1, Math.floor((y - plot.getMinY()) / BUCKET)));
    }

    /** The distance from (x, y), a pixel inside the plot, to the nearest polyline, or infinity beyond reach. */
    public double to(double x, double y) {
        double best = Double.POSITIVE_INFINITY;
        for (int id : buckets.get(row(y) * columns + column(x))) {
            best = Math.min(best, toSegment(x, y, segments.get(id)));
        }
        return best <= reach ? best : Double.POSITIVE_INFINITY;
    }

    static double toSegment(double x, double y, double[] s) {
        double dx = s[2] - s[0];
        double dy = s[3] - s[1];
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - s[0]) * dx + (y - s[1]) * dy) / len2));
        return Math.hypot(x - s[0] - t * dx, y - s[1] - t * dy);
    }
}
