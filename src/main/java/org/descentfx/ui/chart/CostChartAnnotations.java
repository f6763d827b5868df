package org.descentfx.ui.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.engine.TraceChunk;
import org.descentfx.ui.plot.NiceTicks;
import org.descentfx.ui.plot.PlotFrame;
import org.descentfx.ui.plot.Trace;

/**
 * What the cost chart writes over its lines: dashed markers where η (Eq. (8)–(9)) or m
 * changed, labelled with the new value, and the legend. FX thread only.
 */
final class CostChartAnnotations {
    static final String FAINT_NOTE = "faint: mini-batch cost C_X";
    private static final int LABEL_ROWS = 3;
    private static final double ROW = 19;
    private static final double PAD = 8;
    private static final double SWATCH = 22;

    private final PlotFrame frame;
    private final double[] rowRight = new double[LABEL_ROWS];
    /** Where the legend goes ({@link #corner}); chosen each frame from what the lines drew. */
    private int corner;
    /** "ghost: name" for each ghost line drawn, listed under the runs. */
    private List<String> ghostRows = List.of();

    CostChartAnnotations(PlotFrame frame) {
        this.frame = frame;
    }

    /** A vertical dashed line at each change; labels take the first free row, or none. */
    void drawChangeMarkers(GraphicsContext gc, List<Trace> traces, CostChartView.XAxisMode mode, int n) {
        Arrays.fill(rowRight, Double.NEGATIVE_INFINITY);
        Bounds legend = legendBounds(traces);
        gc.setFont(PlotFrame.FONT);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        for (Trace t : traces) {
            if (!t.visible()) {
                continue;
            }
            Hyperparameters previous = null;
            for (TraceChunk.Change c : t.history().changes()) {
                double x = switch (mode) {
                    case STEPS -> c.step();
                    case EPOCHS -> c.examplesSeen() / (double) n;
                    case EXAMPLES -> c.examplesSeen();
                };
                double px = PlotFrame.crisp(frame.px(x));
                if (px >= frame.left() && px <= frame.right() + 1) {
                    gc.setStroke(t.color().deriveColor(0, 1, 1, 0.75));
                    gc.setLineWidth(1.2);
                    gc.setLineDashes(5, 4);
                    gc.strokeLine(px, frame.top(), px, frame.bottom());
                    gc.setLineDashes();
                    label(gc, changeText(previous, c.hyperparameters()), px, legend);
                }
                previous = c.hyperparameters();
            }
        }
    }

    /** "η=0.02", "m=10", or both when both changed or the earlier values are not known. */
    static String changeText(Hyperparameters before, Hyperparameters now) {
        List<String> parts = new ArrayList<>(2);
        if (before == null || before.learningRate() != now.learningRate()) {
            parts.add("η=" + NiceTicks.compact(now.learningRate()));
        }
        if (before == null || before.miniBatchSize() != now.miniBatchSize()) {
            parts.add("m=" + now.miniBatchSize());
        }
        return parts.isEmpty() ? "η=" + NiceTicks.compact(now.learningRate()) : String.join(", ", parts);
    }

    private void label(GraphicsContext gc, String text, double px, Bounds legend) {
        double w = frame.textWidth(text, PlotFrame.FONT);
        double x = px + 4;
        if (x + w > frame.right() - 2) {
            x = px - 4 - w;
        }
        for (int row = 0; row < LABEL_ROWS; row++) {
            double y = frame.top() + 4 + row * ROW;
            boolean free = x > rowRight[row] + 6;
            boolean clearOfLegend = legend == null || !legend.intersects(x - 2, y, w + 4, ROW - 2);
            if (free && clearOfLegend) {
                gc.setFill(Color.rgb(255, 255, 255, 0.85));
                gc.fillRect(x - 2, y - 1, w + 4, ROW - 2);
                gc.setFill(PlotFrame.TEXT);
                gc.fillText(text, x, y);
                rowRight[row] = x + w;
                return;
            }
        }
    }

    /** The ghost lines drawn, by their branches' names: the legend lists each as "ghost: name". */
    void setGhosts(List<String> names) {
        ghostRows = names.stream().map(n -> GHOST_PREFIX + n).toList();
    }

    static final String GHOST_PREFIX = "ghost: ";

    /** The ghost rows of the legend, as drawn; for tests. */
    List<String> ghostRows() {
        return ghostRows;
    }

    /** In its corner: a swatch and label per trace when there are several, then the faint-line note, then the ghosts. */
    void drawLegend(GraphicsContext gc, List<Trace> traces) {
        Bounds box = legendBounds(traces);
        List<Trace> shown = shownInLegend(traces);
        gc.setFill(Color.rgb(255, 255, 255, 0.9));
        gc.fillRoundRect(box.getMinX(), box.getMinY(), box.getWidth(), box.getHeight(), 8, 8);
        gc.setStroke(PlotFrame.GRID);
        gc.setLineWidth(1);
        gc.strokeRoundRect(box.getMinX(), box.getMinY(), box.getWidth(), box.getHeight(), 8, 8);
        gc.setFont(PlotFrame.FONT);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        double x = box.getMinX() + PAD;
        double y = box.getMinY() + PAD + ROW / 2;
        for (Trace t : shown) {
            gc.setStroke(t.color());
            gc.setLineWidth(2.5);
            gc.strokeLine(x, y, x + SWATCH, y);
            gc.setFill(PlotFrame.TEXT);
            gc.fillText(legendText(t), x + SWATCH + 6, y);
            y += ROW;
        }
        gc.setStroke(PlotFrame.TEXT.deriveColor(0, 1, 1, 0.3));
        gc.setLineWidth(1.2);
        gc.strokeLine(x, y, x + SWATCH, y);
        gc.setFill(PlotFrame.MUTED);
        gc.fillText(FAINT_NOTE, x + SWATCH + 6, y);
        for (String ghost : ghostRows) {
            y += ROW;
            gc.setStroke(GhostLines.INK);
            gc.setLineWidth(1.6);
            gc.setLineDashes(6, 4);
            gc.strokeLine(x, y, x + SWATCH, y);
            gc.setLineDashes();
            gc.setFill(PlotFrame.TEXT);
            gc.fillText(ghost, x + SWATCH + 6, y);
        }
    }

    /** The legend's box, in the corner chosen by {@link #placeLegend}. */
    Bounds legendBounds(List<Trace> traces) {
        List<Trace> shown = shownInLegend(traces);
        double textWidth = frame.textWidth(FAINT_NOTE, PlotFrame.FONT);
        for (Trace t : shown) {
            textWidth = Math.max(textWidth, frame.textWidth(legendText(t), PlotFrame.FONT));
        }
        for (String ghost : ghostRows) {
            textWidth = Math.max(textWidth, frame.textWidth(ghost, PlotFrame.FONT));
        }
        double w = PAD + SWATCH + 6 + textWidth + PAD;
        double h = PAD + (shown.size() + 1 + ghostRows.size()) * ROW + PAD - 4;
        return corner(corner, w, h);
    }

    /**
     * Puts the legend in the plot's corner that covers the fewest drawn columns of {@code lines}
     * (the decimated C_X and C lines of each run, in pairs), top right on a tie: in compare mode a slow full-batch curve
     * runs through the top right, and a legend there hid it.
     */
    void placeLegend(List<Trace> traces, List<ColumnDecimator> lines) {
        Bounds size = legendBounds(traces);
        int best = 0;
        int fewest = Integer.MAX_VALUE;
        for (int c = 0; c < 4; c++) {
            Bounds box = corner(c, size.getWidth(), size.getHeight());
            int covered = 0;
            for (int k = 0; k < lines.size(); k++) {
                // a run's C (odd index) weighs ten times its faint C_X: hiding C hides the curve itself
                covered += (k % 2 == 1 ? 10 : 1) * covered(lines.get(k), box);
            }
            if (covered < fewest) {
                fewest = covered;
                best = c;
            }
        }
        corner = best;
    }

    /** Corners 0..3: top right, top left, bottom right, bottom left. */
    private Bounds corner(int c, double w, double h) {
        double x = c % 2 == 0 ? frame.right() - 10 - w : frame.left() + 10;
        double y = c < 2 ? frame.top() + 10 : frame.bottom() - 10 - h;
        return new BoundingBox(x, y, w, h);
    }

    /** Columns of {@code line} whose drawn span meets {@code box}, widened by the line's width. */
    static int covered(ColumnDecimator line, Bounds box) {
        int count = 0;
        for (int k = 0; k < line.columns(); k++) {
            double x = line.column(k);
            double low = Math.min(line.top(k), line.bottom(k)) - 3;
            double high = Math.max(line.top(k), line.bottom(k)) + 3;
            if (x >= box.getMinX() - 3 && x <= box.getMaxX() + 3 && high >= box.getMinY() && low <= box.getMaxY()) {
                count++;
            }
            if (k + 1 < line.columns() && !line.adjacent(k)) {
                count += coveredJoin(line.lastX(k), line.lastY(k), line.firstX(k + 1), line.firstY(k + 1), box);
            }
        }
        return count;
    }

    /** Pixel columns of the straight join between two far columns (a full batch's few points) that meet {@code box}. */
    private static int coveredJoin(double x0, double y0, double x1, double y1, Bounds box) {
        int count = 0;
        double from = Math.max(Math.ceil(x0), Math.floor(box.getMinX() - 3));
        double to = Math.min(Math.floor(x1), Math.ceil(box.getMaxX() + 3));
        for (double x = from; x <= to; x++) {
            double y = y0 + (y1 - y0) * (x - x0) / (x1 - x0);
            if (y + 3 >= box.getMinY() && y - 3 <= box.getMaxY()) {
                count++;
            }
        }
        return count;
    }

    private static List<Trace> shownInLegend(List<Trace> traces) {
        List<Trace> visible = traces.stream().filter(Trace::visible).toList();
        return visible.size() > 1 ? visible : List.of();
    }

    private static String legendText(Trace t) {
        return t.diverged() ? t.label() + " (diverged)" : t.label();
    }
}
