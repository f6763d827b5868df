package org.descentfx.ui.gradient;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.descentfx.core.gradient.Ellipse;
import org.descentfx.core.gradient.GradientSpread;
import org.descentfx.ui.plot.PlotFrame;
import org.descentfx.ui.plot.RunColors;

/** Paints one picture of {@link GradientView} into a laid-out {@link PlotFrame}. FX thread only. */
final class GradientPainter {
    /** Room above the plot for the two caption lines. */
    static final double CAPTION_HEIGHT = 36;
    /** The most dots drawn; beyond that a density of all n ({@link GradientDensity}), said in the caption. */
    static final int MAX_DOTS = 5_000;
    static final Color DOT = Color.web("#5b6770");
    static final Color RING = Color.web("#f08c00");
    static final Color MEAN = RunColors.FULL_BATCH;
    static final Color BATCH_MEAN = RunColors.MINI_BATCH;

    private final PlotFrame frame;
    private final GradientDensity density = new GradientDensity();

    GradientPainter(PlotFrame frame) {
        this.frame = frame;
    }

    /** {@code range} are the axes the frame was laid out for; {@code precounted} the density's counts, or null. */
    void paint(GraphicsContext gc, double width, double height, GradientSpread spread, double[] range,
               DensityCells precounted, int[] batch, int m, int miniBatchSize) {
        frame.drawPlotArea(gc, width, height);
        gc.save();
        gc.beginPath();
        gc.rect(frame.left(), frame.top(), frame.right() - frame.left(), frame.bottom() - frame.top());
        gc.clip();
        drawZeroLines(gc);
        drawDots(gc, spread, range, precounted);
        drawRings(gc, spread, batch);
        drawEllipses(gc, spread, m);
        drawMeans(gc, spread, batch, m);
        gc.restore();
        frame.drawMargins(gc, width, height, "∂C/∂w", "∂C/∂b");
        drawCaption(gc, spread, batch.length, m, miniBatchSize);
    }

    /** ∇C = 0 is where descent stops: the axes through the origin, faint. */
    private void drawZeroLines(GraphicsContext gc) {
        gc.setStroke(Color.web("#c3c9cf"));
        gc.setLineWidth(1);
        gc.setLineDashes();
        double x = PlotFrame.crisp(frame.px(0));
        double y = PlotFrame.crisp(frame.py(0));
        gc.strokeLine(x, frame.top(), x, frame.bottom());
        gc.strokeLine(frame.left(), y, frame.right(), y);
    }

    /** Whether n is drawn as a density rather than as dots. */
    static boolean asDensity(int n) {
        return n > MAX_DOTS;
    }

    /** The examples counted into the density's cells last drawn; 0 when dots were drawn. */
    long densityCount() {
        return density.counted() == null ? 0 : density.counted().inside();
    }

    /** The density's counts last drawn, or null when dots were drawn. */
    DensityCells densityCells() {
        return density.counted();
    }

    /** How many times the density was counted on the FX thread because no counts for its plot came ready. */
    int densityRecounts() {
        return density.recounts();
    }

    private void drawDots(GraphicsContext gc, GradientSpread spread, double[] range, DensityCells precounted) {
        int n = spread.size();
        if (asDensity(n)) {
            density.paint(gc, frame, range, spread, precounted, DOT);
            return;
        }
        density.clear();
        double r = n <= 200 ? 3.5 : n <= 1000 ? 2.6 : 1.6;
        gc.setFill(DOT.deriveColor(0, 1, 1, n <= 1000 ? 0.7 : 0.35));
        for (int i = 0; i < n; i++) {
            gc.fillOval(frame.px(spread.gw(i)) - r, frame.py(spread.gb(i)) - r, 2 * r, 2 * r);
        }
    }

    /** 1σ solid and 2σ dashed, about ∇C: where ∇C_X of a random batch of m falls (68 % / 95 % if normal). */
    private void drawEllipses(GraphicsContext gc, GradientSpread spread, int m) {
        var cov = spread.ofBatchMean(m);
        gc.setStroke(BATCH_MEAN.deriveColor(0, 1, 1, 0.85));
        for (int k = 1; k <= 2; k++) {
            Ellipse e = cov.ellipse(spread.meanW(), spread.meanB(), k);
            if (e.isPoint()) {
                return;
            }
            double[][] outline = e.outline(96);
            double[] xs = new double[96];
            double[] ys = new double[96];
            for (int j = 0; j < 96; j++) {
                xs[j] = frame.px(outline[0][j]);
                ys[j] = frame.py(outline[1][j]);
            }
            gc.setLineWidth(k == 1 ? 2.5 : 1.8);
            gc.setLineDashes(k == 1 ? null : new double[] {6, 4});
            gc.strokePolygon(xs, ys, 96);
        }
        gc.setLineDashes();
    }

    private void drawRings(GraphicsContext gc, GradientSpread spread, int[] batch) {
        double r = batch.length <= 200 ? 5.5 : 3.5;
        gc.setLineWidth(2);
        gc.setStroke(RING);
        int count = Math.min(batch.length, MAX_DOTS);
        for (int k = 0; k < count; k++) {
            int i = batch[(int) ((long) k * batch.length / count)];
            gc.strokeOval(frame.px(spread.gw(i)) - r, frame.py(spread.gb(i)) - r, 2 * r, 2 * r);
        }
    }

    private void drawMeans(GraphicsContext gc, GradientSpread spread, int[] batch, int m) {
        double cx = frame.px(spread.meanW());
        double cy = frame.py(spread.meanB());
        // the labels sit on the far sides of the two marks, along the arrow, so they never cover each other
        double ux = -1;
        double uy = 0;
        if (m >= spread.size()) {
            mark(gc, cx, cy, MEAN, "∇C_X = ∇C", 0, -1);
            return;
        }
        if (batch.length > 0) {
            double[] g = spread.batchMean(batch);
            double bx = frame.px(g[0]);
            double by = frame.py(g[1]);
            double length = Math.hypot(bx - cx, by - cy);
            if (length >= 2) {
                ux = (bx - cx) / length;
                uy = (by - cy) / length;
            }
            arrow(gc, cx, cy, bx, by);
            mark(gc, bx, by, BATCH_MEAN, "∇C_X", ux, uy);
        }
        mark(gc, cx, cy, MEAN, "∇C", -ux, -uy);
    }

    private static void arrow(GraphicsContext gc, double x0, double y0, double x1, double y1) {
        double length = Math.hypot(x1 - x0, y1 - y0);
        if (length < 2) {
            return;
        }
        gc.setStroke(BATCH_MEAN);
        gc.setFill(BATCH_MEAN);
        gc.setLineWidth(2);
        double ux = (x1 - x0) / length;
        double uy = (y1 - y0) / length;
        double head = Math.min(10, length * 0.6);
        double bx = x1 - ux * head;
        double by = y1 - uy * head;
        gc.strokeLine(x0, y0, bx, by);
        gc.fillPolygon(new double[] {x1, bx - uy * head * 0.45, bx + uy * head * 0.45},
                new double[] {y1, by + ux * head * 0.45, by - ux * head * 0.45}, 3);
    }

    /** A filled disc with a white rim and a label beyond it in the direction (ux, uy). */
    private static void mark(GraphicsContext gc, double x, double y, Color color, String label, double ux, double uy) {
        gc.setFill(Color.WHITE);
        gc.fillOval(x - 5.5, y - 5.5, 11, 11);
        gc.setFill(color);
        gc.fillOval(x - 4, y - 4, 8, 8);
        gc.setFont(PlotFrame.TITLE_FONT);
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(ux < -0.3 ? TextAlignment.RIGHT : ux > 0.3 ? TextAlignment.LEFT : TextAlignment.CENTER);
        double tx = x + ux * 10;
        double ty = y + uy * 14;
        gc.setStroke(Color.WHITE);
        gc.setLineWidth(3);
        gc.strokeText(label, tx, ty);
        gc.setFill(color);
        gc.fillText(label, tx, ty);
    }

    private void drawCaption(GraphicsContext gc, GradientSpread spread, int ringed, int m, int miniBatchSize) {
        int n = spread.size();
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        gc.setFont(PlotFrame.TITLE_FONT);
        gc.setFill(PlotFrame.TEXT);
        gc.fillText(title(n), frame.left(), 4);
        gc.setFont(PlotFrame.FONT);
        gc.setFill(PlotFrame.MUTED);
        gc.fillText(spreadLine(spread.size(), m, miniBatchSize) + ringNote(ringed), frame.left(), 22);
    }

    /** The caption's first line: what the grey marks are. */
    static String title(int n) {
        if (asDensity(n)) {
            return String.format(Locale.ROOT, "∇C_x of all n = %,d as a density (darker: more)", n);
        }
        return "∇C_x of each example, n = " + n;
    }

    /** Said when the rings are thinned: above {@value #MAX_DOTS} examples a batch is ringed evenly spaced. */
    static String ringNote(int ringed) {
        return ringed > MAX_DOTS ? String.format(Locale.ROOT, " (%,d of its %,d ringed)", MAX_DOTS, ringed) : "";
    }

    private static String spreadLine(int n, int m, int miniBatchSize) {
        if (m >= n) {
            return "m = n: ∇C_X = ∇C, no spread";
        }
        String size = m < miniBatchSize ? "last batch, m = " + m : "m = " + m;
        return "next batch (" + size + "): ∇C_X within 1σ, 2σ";
    }
}
