package org.descentfx.ui.valley;

import java.util.Arrays;
import org.descentfx.core.surface.CostGrid;

/**
 * Where a straight segment in (w, b) is cut so that the trail laid through the cuts follows the
 * valley's surface within {@code sag}. First finely: at every line of the mesh's grid it crosses
 * (within a cell the surface is bilinear, so along the segment its height is a parabola,
 * h = … + (h₀₀ − h₁₀ − h₀₁ + h₁₁)·Δu·Δv·t², whose chord strays by a quarter of that t² coefficient),
 * and inside a cell often enough that the chord strays at most sag/2. Then only the fine cuts
 * needed for the trail's pieces to pass within sag/2 of the fine ones are kept. Single-threaded.
 */
final class Drape {
    /** The most pieces one cell's part of a segment is split into. */
    private static final int MAX_SPLIT = 1 << 10;
    private final ValleyMesh mesh;
    private final double sag;
    private final int columns;
    private final int rows;
    private double[] cuts = new double[64];

    Drape(ValleyMesh mesh, double sag) {
        this.mesh = mesh;
        this.sag = sag;
        CostGrid grid = mesh.grid();
        columns = grid.columns();
        rows = grid.rows();
    }

    /** The fractions in (0, 1) of the segment from (w0, b0) to (w1, b1) where it is cut, ascending. */
    double[] between(double w0, double b0, double w1, double b1) {
        double c0 = column(w0);
        double c1 = column(w1);
        double r0 = row(b0);
        double r1 = row(b1);
        if (!Double.isFinite(c0 + c1 + r0 + r1)) {
            return new double[0];
        }
        // only the part inside the mesh has a height to follow
        double[] inside = {0, 1};
        if (!clip(c0, c1, columns - 1, inside) || !clip(r0, r1, rows - 1, inside)) {
            return new double[0];
        }
        int n = 0;
        n = add(inside[0], n);
        n = add(inside[1], n);
        n = gridLines(c0, c1, n);
        n = gridLines(r0, r1, n);
        Arrays.sort(cuts, 0, n);
        // within each cell, pieces short enough that the chord stays within half the sag of the parabola
        int total = n;
        double previous = inside[0];
        for (int i = 0; i <= n; i++) {
            double next = i < n ? cuts[i] : inside[1];
            double mid = (previous + next) / 2;
            double bend = Math.abs(twist(c0 + mid * (c1 - c0), r0 + mid * (r1 - r0)))
                    * Math.abs((next - previous) * (c1 - c0)) * Math.abs((next - previous) * (r1 - r0)) / 4;
            int split = bend > sag / 2 ? (int) Math.min(Math.ceil(Math.sqrt(2 * bend / sag)), MAX_SPLIT) : 1;
            for (int j = 1; j < split; j++) {
                total = add(previous + (next - previous) * j / split, total);
            }
            previous = next;
        }
        Arrays.sort(cuts, 0, total);
        return simplified(w0, b0, w1, b1, inside, total);
    }

    /**
     * Of the fine cuts (each piece between them within half the sag of the surface), those a trail
     * needs so that each of its pieces passes within the other half of every fine point's height:
     * long pieces where the surface is flat along the segment, short ones where it bends.
     */
    private double[] simplified(double w0, double b0, double w1, double b1, double[] inside, int count) {
        int n = 0;
        double[] t = new double[count + 2];
        if (inside[0] == 0) {
            t[n++] = 0;
        }
        for (int i = 0; i < count; i++) {
            boolean in = cuts[i] >= inside[0] && cuts[i] <= inside[1];
            if (in && (n == 0 || cuts[i] > t[n - 1])) {
                t[n++] = cuts[i];
            }
        }
        if (inside[1] == 1 && (n == 0 || t[n - 1] < 1)) {
            t[n++] = 1;
        }
        double[] h = new double[n];
        int known = 0;
        for (int i = 0; i < n; i++) {
            double height = mesh.heightAt(w0 + t[i] * (w1 - w0), b0 + t[i] * (b1 - b0));
            boolean end = i == 0 || i == n - 1;
            if (Double.isNaN(height) && !end) {
                return inner(t, n); // next to unknown C: every fine cut, the run is split there anyway
            }
            if (!Double.isNaN(height)) {
                // an end a rounding error outside the mesh is left out
                t[known] = t[i];
                h[known++] = height;
            }
        }
        n = known;
        double tolerance = sag / 2;
        double[] kept = new double[n];
        int k = 0;
        int anchor = 0;
        double lo = Double.NEGATIVE_INFINITY;
        double hi = Double.POSITIVE_INFINITY;
        for (int i = 1; i < n; i++) {
            double slope = (h[i] - h[anchor]) / (t[i] - t[anchor]);
            if (slope < lo || slope > hi) {
                // the piece from the anchor to i would stray too far from a point between: end it at i − 1
                kept[k++] = t[i - 1];
                anchor = i - 1;
                lo = Double.NEGATIVE_INFINITY;
                hi = Double.POSITIVE_INFINITY;
            }
            double dt = t[i] - t[anchor];
            lo = Math.max(lo, (h[i] - tolerance - h[anchor]) / dt);
            hi = Math.min(hi, (h[i] + tolerance - h[anchor]) / dt);
        }
        // the ends where the segment enters and leaves the mesh stay cuts
        double[] out = new double[k + 2];
        int m = 0;
        if (n > 0 && t[0] > 0) {
            out[m++] = t[0];
        }
        for (int i = 0; i < k; i++) {
            if (kept[i] > 0 && kept[i] < 1 && (m == 0 || kept[i] > out[m - 1])) {
                out[m++] = kept[i];
            }
        }
        if (n > 0 && t[n - 1] < 1 && (m == 0 || t[n - 1] > out[m - 1])) {
            out[m++] = t[n - 1];
        }
        return Arrays.copyOf(out, m);
    }

    /** The fractions strictly inside (0, 1) among the first n. */
    private static double[] inner(double[] t, int n) {
        return Arrays.stream(t, 0, n).filter(f -> f > 0 && f < 1).toArray();
    }

    /** Narrows [t0, t1] to where a + t·(b − a) lies in [0, max]; false when nothing is left. */
    private static boolean clip(double a, double b, double max, double[] t) {
        if (a == b) {
            return a >= 0 && a <= max;
        }
        double ta = (0 - a) / (b - a);
        double tb = (max - a) / (b - a);
        t[0] = Math.max(t[0], Math.min(ta, tb));
        t[1] = Math.min(t[1], Math.max(ta, tb));
        return t[0] <= t[1];
    }

    /** Adds the fractions where the coordinate, going from a to b, crosses a whole number. */
    private int gridLines(double a, double b, int n) {
        if (a == b) {
            return n;
        }
        double lo = Math.min(a, b);
        double hi = Math.max(a, b);
        for (double line = Math.max(Math.floor(lo) + 1, 0); line < hi && line < Math.max(columns, rows); line++) {
            n = add((line - a) / (b - a), n);
        }
        return n;
    }

    private int add(double f, int n) {
        if (n == cuts.length) {
            cuts = Arrays.copyOf(cuts, 2 * n);
        }
        if (f > 0 && f < 1) {
            cuts[n++] = f;
        }
        return n;
    }

    /** h₀₀ − h₁₀ − h₀₁ + h₁₁ of the cell holding fractional node (c, r); 0 outside the mesh or where C is unknown. */
    private double twist(double c, double r) {
        int col = (int) Math.floor(c);
        int row = (int) Math.floor(r);
        if (col < 0 || row < 0 || col + 1 >= columns || row + 1 >= rows) {
            return 0;
        }
        double t = mesh.height(col, row) - mesh.height(col + 1, row) - mesh.height(col, row + 1)
                + mesh.height(col + 1, row + 1);
        return Double.isNaN(t) ? 0 : t;
    }

    private double column(double w) {
        return (mesh.x(w) / ValleyMesh.SIZE + 0.5) * (columns - 1);
    }

    private double row(double b) {
        return (mesh.z(b) / ValleyMesh.SIZE + 0.5) * (rows - 1);
    }
}
