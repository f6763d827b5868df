package org.descentfx.ui.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.engine.TraceChunk;
import org.descentfx.ui.plot.HeaderRows;
import org.descentfx.ui.plot.NiceTicks;
import org.descentfx.ui.plot.PlotFrame;
import org.descentfx.ui.plot.Trace;

/**
 * What the cost chart writes over its lines: dashed markers where η (Eq. (8)–(9)) or m
 * changed, labelled with the new value, and the legend above the plot, where it hides no line. FX thread only.
 */
final class CostChartAnnotations {
    static final String FAINT_NOTE = "faint: mini-batch cost C_X";
    private static final int LABEL_ROWS = 3;
    private static final double ROW = 19;
    private static final double SWATCH = 22;
    /** Where the legend's first row starts, in the top margin; and the room between its entries. */
    private static final double TOP = 3;
    private static final double GAP = 14;

    private final PlotFrame frame;
    private final double[] rowRight = new double[LABEL_ROWS];
    /** "ghost: name" for each ghost line drawn, an entry after the faint-line note. */
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

    /** The ghost entries of the legend, as drawn; for tests. */
    List<String> ghostRows() {
        return ghostRows;
    }

    /** Above the plot: a swatch and label per trace when there are several, the faint-line note, then the ghosts. */
    void drawLegend(GraphicsContext gc, List<Trace> traces) {
        List<Trace> shown = shownInLegend(traces);
        List<Bounds> boxes = legendBoxes(traces);
        gc.setFont(PlotFrame.FONT);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        for (int i = 0; i <= shown.size(); i++) {
            Bounds box = boxes.get(i);
            double x = box.getMinX();
            double y = box.getMinY() + ROW / 2;
            boolean note = i == shown.size();
            gc.setStroke(note ? PlotFrame.TEXT.deriveColor(0, 1, 1, 0.3) : shown.get(i).color());
            gc.setLineWidth(note ? 1.2 : 2.5);
            gc.strokeLine(x, y, x + SWATCH, y);
            gc.setFill(note ? PlotFrame.MUTED : PlotFrame.TEXT);
            gc.fillText(note ? FAINT_NOTE : legendText(shown.get(i)), x + SWATCH + 6, y);
        }
        for (int i = 0; i < ghostRows.size(); i++) {
            Bounds box = boxes.get(shown.size() + 1 + i);
            double x = box.getMinX();
            double y = box.getMinY() + ROW / 2;
            gc.setStroke(GhostLines.INK);
            gc.setLineWidth(1.6);
            gc.setLineDashes(6, 4);
            gc.strokeLine(x, y, x + SWATCH, y);
            gc.setLineDashes();
            gc.setFill(PlotFrame.TEXT);
            gc.fillText(ghostRows.get(i), x + SWATCH + 6, y);
        }
    }

    /** The legend's box above the plot, as {@link #drawLegend} draws it. */
    Bounds legendBounds(List<Trace> traces) {
        return HeaderRows.around(legendBoxes(traces));
    }

    /** The room the legend's rows take above the plot, for the plot's width as the frame has it now. */
    double legendHeight(List<Trace> traces) {
        return HeaderRows.rows(legendBoxes(traces)) * ROW;
    }

    private List<Bounds> legendBoxes(List<Trace> traces) {
        List<Trace> shown = shownInLegend(traces);
        double[] widths = new double[shown.size() + 1 + ghostRows.size()];
        for (int i = 0; i < shown.size(); i++) {
            widths[i] = SWATCH + 6 + frame.textWidth(legendText(shown.get(i)), PlotFrame.FONT);
        }
        widths[shown.size()] = SWATCH + 6 + frame.textWidth(FAINT_NOTE, PlotFrame.FONT);
        for (int i = 0; i < ghostRows.size(); i++) {
            widths[shown.size() + 1 + i] = SWATCH + 6 + frame.textWidth(ghostRows.get(i), PlotFrame.FONT);
        }
        return HeaderRows.flow(widths, frame.headerLeft(), frame.headerRight(), TOP, ROW, GAP);
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
