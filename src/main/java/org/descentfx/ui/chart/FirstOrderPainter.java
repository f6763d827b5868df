package org.descentfx.ui.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.descentfx.engine.FirstOrderCheck;
import org.descentfx.ui.plot.NiceTicks;
import org.descentfx.ui.plot.PlotFrame;

/**
 * The cost chart's first-order check of Eq. (3): per step, the decrease −∇C·Δv that Eq. (3) predicts
 * for the step taken (a thin dark line) and the decrease −ΔC that happened (the run's colour), with a
 * mark ▲ on each step that raised C. On a log axis only decreases can be drawn: a rise shows by its
 * mark alone, at the foot of the plot. FX thread only.
 */
final class FirstOrderPainter {
    static final Color PREDICTED = Color.web("#2b2f33");
    static final Color RAISED = Color.web("#111111");
    static final String Y_TITLE = "decrease of C in a step";
    static final String EMPTY_TEXT = "Take a few steps: each one's ∇C·Δv and ΔC appear here";
    private static final String[] LEGEND = {"−ΔC, the decrease that happened", "−∇C·Δv, the decrease Eq. (3) predicts",
        "▲ a step that raised C"};

    /** One run's series, in its colour. */
    record Entry(Color color, FirstOrderCheck.Series series) {
    }

    private final PlotFrame frame;
    /** Marks drawn by the last paint, for tests: their pixels. */
    private final List<double[]> marks = new ArrayList<>();

    FirstOrderPainter(PlotFrame frame) {
        this.frame = frame;
    }

    /** Draws the entries against x (a step's x in the chart's mode); returns the points drawn. */
    int paint(GraphicsContext gc, double width, double height, List<Entry> entries, boolean log,
              CostChartView.XAxisMode mode, int n) {
        marks.clear();
        double[] x = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        double[] y = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (Entry e : entries) {
            FirstOrderCheck.Series s = e.series();
            for (int i = 0; i < s.size(); i++) {
                double xi = x(s, i, mode, n);
                x[0] = Math.min(x[0], xi);
                x[1] = Math.max(x[1], xi);
                extend(y, -s.actual()[i], log);
                extend(y, -s.predicted()[i], log);
            }
        }
        boolean empty = !(x[0] <= x[1]);
        frame.setX(empty ? 0 : x[0], empty ? 1 : x[1]);
        double[] r = range(y, log);
        frame.setY(r[0], r[1], log);
        frame.layout(width, height, 0);
        frame.drawPlotArea(gc, width, height);
        int drawn = 0;
        for (int k = 0; k < entries.size(); k++) {
            drawn += lines(gc, entries.get(k), log, mode, n);
        }
        frame.drawMargins(gc, width, height, mode.title(), Y_TITLE);
        if (drawn == 0) {
            frame.drawMessage(gc, EMPTY_TEXT);
        } else {
            legend(gc, entries.get(0).color());
        }
        return drawn;
    }

    private int lines(GraphicsContext gc, Entry e, boolean log, CostChartView.XAxisMode mode, int n) {
        FirstOrderCheck.Series s = e.series();
        double[] px = new double[s.size()];
        for (int i = 0; i < s.size(); i++) {
            px[i] = frame.px(x(s, i, mode, n));
        }
        int drawn = stroke(gc, px, s.predicted(), log, PREDICTED, 1.2);
        drawn += stroke(gc, px, s.actual(), log, e.color(), 2.2);
        gc.setFill(RAISED);
        for (int i = 0; i < s.size(); i++) {
            if (s.raised(i)) {
                double py = log ? frame.bottom() - 6 : clampY(frame.py(-s.actual()[i]));
                triangle(gc, px[i], py);
                marks.add(new double[] {px[i], py});
            }
        }
        return drawn;
    }

    /** The polyline of −values, broken where a value cannot be drawn (a rise on a log axis). */
    private int stroke(GraphicsContext gc, double[] px, double[] values, boolean log, Color color, double width) {
        gc.setStroke(color);
        gc.setLineWidth(width);
        gc.beginPath();
        boolean open = false;
        int drawn = 0;
        for (int i = 0; i < px.length; i++) {
            double v = -values[i];
            if (!Double.isFinite(v) || (log && v <= 0)) {
                open = false;
                continue;
            }
            double py = clampY(frame.py(v));
            if (open) {
                gc.lineTo(px[i], py);
            } else {
                gc.moveTo(px[i], py);
                open = true;
            }
            drawn++;
        }
        gc.stroke();
        return drawn;
    }

    private double clampY(double py) {
        return Math.max(frame.top() - 1000, Math.min(frame.bottom() + 1000, py));
    }

    private static void triangle(GraphicsContext gc, double x, double y) {
        gc.fillPolygon(new double[] {x - 4.5, x + 4.5, x}, new double[] {y + 4, y + 4, y - 4.5}, 3);
    }

    private void legend(GraphicsContext gc, Color actual) {
        double w = 0;
        for (String s : LEGEND) {
            w = Math.max(w, frame.textWidth(s, PlotFrame.FONT));
        }
        double x = frame.right() - w - 50;
        double y = frame.top() + 10;
        gc.setFill(Color.rgb(255, 255, 255, 0.9));
        gc.fillRoundRect(x, y, w + 40, 3 * 20 + 10, 8, 8);
        gc.setFont(PlotFrame.FONT);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        Color[] inks = {actual, PREDICTED};
        for (int i = 0; i < 3; i++) {
            double row = y + 15 + 20 * i;
            if (i < 2) {
                gc.setStroke(inks[i]);
                gc.setLineWidth(i == 0 ? 2.2 : 1.2);
                gc.strokeLine(x + 8, row, x + 28, row);
            }
            gc.setFill(PlotFrame.TEXT);
            gc.fillText(LEGEND[i], i < 2 ? x + 34 : x + 10, row);
        }
    }

    /** x of step i: the step, its epochs (examples seen / n) or its examples seen, as the cost chart counts. */
    private static double x(FirstOrderCheck.Series s, int i, CostChartView.XAxisMode mode, int n) {
        return switch (mode) {
            case STEPS -> s.steps()[i];
            case EPOCHS -> s.examples()[i] / (double) n;
            case EXAMPLES -> s.examples()[i];
        };
    }

    private static void extend(double[] y, double v, boolean log) {
        if (Double.isFinite(v) && (!log || v > 0)) {
            y[0] = Math.min(y[0], v);
            y[1] = Math.max(y[1], v);
        }
    }

    private static double[] range(double[] y, boolean log) {
        if (!(y[0] <= y[1])) {
            return log ? new double[] {0.01, 1} : new double[] {-1, 1};
        }
        if (log) {
            return NiceTicks.decadeRange(y[0], y[1]);
        }
        double pad = Math.max(1e-300, (y[1] - y[0]) * 0.05);
        return new double[] {Math.min(0, y[0] - pad), Math.max(0, y[1] + pad)};
    }

    /** Where the last paint put its ▲ marks, in canvas pixels. */
    List<double[]> marks() {
        return List.copyOf(marks);
    }
}
