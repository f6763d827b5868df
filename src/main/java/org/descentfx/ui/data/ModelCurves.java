package org.descentfx.ui.data;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.TextAlignment;
import org.descentfx.core.model.Model;
import org.descentfx.core.train.Point;
import org.descentfx.ui.plot.Format;
import org.descentfx.ui.plot.HeaderRows;
import org.descentfx.ui.plot.PlotFrame;
import org.descentfx.ui.plot.Trace;

/**
 * The fitted curves ŷ(x) of the data plot, one per visible trace at its current (w, b),
 * sampled at {@value #SAMPLES} x positions, and the formula box that names them. FX thread only.
 */
final class ModelCurves {
    private Bounds titleBox;
    static final int SAMPLES = 200;
    /** Pixels a sample may lie off the line drawn through it. */
    static final double TOLERANCE = 0.1;
    private static final double PAD = 8;
    private static final double ROW = 20;
    /** Where the title's first row starts, in the top margin. */
    private static final double TOP = 2;
    /** As wide as a run's numbers get with 3 significant digits. */
    private static final String WIDEST = "w = −0.000   b = −0.000";

    private Model model;
    private List<Trace> traces = List.of();
    private final List<double[]> sampled = new ArrayList<>();
    private final double[] xs = new double[SAMPLES];
    private final double[] px = new double[SAMPLES];
    private final double[] py = new double[SAMPLES];

    void set(Model model, List<Trace> traces) {
        this.model = model;
        this.traces = traces;
    }

    /** Evaluates every visible trace's ŷ at {@value #SAMPLES} evenly spaced x in [xMin, xMax]. */
    void sample(double xMin, double xMax) {
        sampled.clear();
        for (int k = 0; k < SAMPLES; k++) {
            xs[k] = xMin + (xMax - xMin) * k / (SAMPLES - 1);
        }
        for (Trace t : drawable()) {
            double[] ys = new double[SAMPLES];
            for (int k = 0; k < SAMPLES; k++) {
                ys[k] = model.output(t.current().w(), t.current().b(), xs[k]);
            }
            sampled.add(ys);
        }
    }

    /**
     * The y-axis: the data's y range widened to take in the curves, but by at most the data's
     * own span on each side (3× in all) so a wild line cannot squash the data; then 5% padding.
     */
    double[] clampedYRange(DataRange data) {
        double span = data.ySpan();
        double lo = data.yMin();
        double hi = data.yMax();
        for (double[] ys : sampled) {
            for (double y : ys) {
                if (Double.isFinite(y)) {
                    lo = Math.min(lo, Math.max(y, data.yMin() - span));
                    hi = Math.max(hi, Math.min(y, data.yMax() + span));
                }
            }
        }
        double pad = DataRange.pad(lo, hi);
        return new double[] {lo - pad, hi + pad};
    }

    /** The curves, broken where ŷ is not finite; points far outside the plot are pulled in. */
    void draw(GraphicsContext gc, PlotFrame frame) {
        List<Trace> shown = drawable();
        double limit = 10 * (frame.bottom() - frame.top());
        gc.setLineDashes();
        gc.setLineWidth(2.5);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.setLineCap(StrokeLineCap.ROUND);
        for (int s = 0; s < shown.size(); s++) {
            double[] ys = sampled.get(s);
            for (int k = 0; k < SAMPLES; k++) {
                px[k] = frame.px(xs[k]);
                py[k] = Double.isFinite(ys[k])
                        ? Math.max(frame.top() - limit, Math.min(frame.bottom() + limit, frame.py(ys[k]))) : Double.NaN;
            }
            gc.setStroke(shown.get(s).color());
            gc.beginPath();
            int from = 0;
            for (int k = 0; k <= SAMPLES; k++) {
                if (k == SAMPLES || Double.isNaN(py[k])) {
                    if (k > from) {
                        polyline(gc, from, k);
                    }
                    from = k + 1;
                }
            }
            gc.stroke();
        }
    }

    /**
     * The points from..to−1 as one polyline, leaving out each point that lies within
     * {@value #TOLERANCE} px of the line the points kept around it make: a straight fit has two
     * vertices, not {@value #SAMPLES}, and costs the renderer that much less to stroke.
     */
    private void polyline(GraphicsContext gc, int from, int to) {
        gc.moveTo(px[from], py[from]);
        int anchor = from;
        for (int k = from + 1; k < to - 1; k++) {
            if (!straight(anchor, k + 1)) {
                gc.lineTo(px[k], py[k]);
                anchor = k;
            }
        }
        if (to - 1 > from) {
            gc.lineTo(px[to - 1], py[to - 1]);
        }
    }

    /** Whether every point strictly between a and b lies within the tolerance of the line through them. */
    private boolean straight(int a, int b) {
        double dx = px[b] - px[a];
        double dy = py[b] - py[a];
        double length = Math.hypot(dx, dy);
        for (int k = a + 1; k < b; k++) {
            double off = Math.abs(dx * (py[k] - py[a]) - dy * (px[k] - px[a]));
            if (off > TOLERANCE * length) {
                return false;
            }
        }
        return true;
    }

    /** The model's formula ("ŷ = w·x + b"), then per trace a swatch and its current w and b as the readout writes them. */
    List<String> titleLines() {
        List<String> lines = new ArrayList<>();
        if (model == null) {
            return lines;
        }
        lines.add(model.formula());
        for (Trace t : traces) {
            if (t.visible()) {
                Point p = t.current();
                lines.add(p != null && p.isFinite()
                        ? "w = " + Format.number(p.w()) + "   b = " + Format.number(p.b())
                        : "diverged: w, b not finite");
            }
        }
        return lines;
    }

    /**
     * The title's entries in rows above the plot, never over the points: the formula, then each run's
     * w and b behind its swatch. Each run's slot is as wide as its widest numbers, so the rows do not
     * move while the numbers change.
     */
    List<Bounds> titleBoxes(PlotFrame frame) {
        List<String> lines = titleLines();
        if (lines.isEmpty()) {
            return List.of();
        }
        double swatch = traces.stream().filter(Trace::visible).count() > 1 ? 20 : 0;
        double[] widths = new double[lines.size()];
        widths[0] = frame.textWidth(lines.get(0), PlotFrame.TITLE_FONT);
        for (int i = 1; i < lines.size(); i++) {
            widths[i] = swatch + Math.max(frame.textWidth(lines.get(i), PlotFrame.FONT), frame.textWidth(WIDEST, PlotFrame.FONT));
        }
        return HeaderRows.flow(widths, frame.headerLeft(), frame.headerRight(), TOP, ROW, PAD * 2);
    }

    /** The room the title's rows take above the plot. */
    double titleHeight(PlotFrame frame) {
        return HeaderRows.rows(titleBoxes(frame)) * ROW;
    }

    /** Draws the title in its rows above the plot, in the coordinates of the view. */
    void drawTitle(GraphicsContext gc, PlotFrame frame) {
        List<String> lines = titleLines();
        List<Bounds> boxes = titleBoxes(frame);
        titleBox = HeaderRows.around(boxes);
        if (boxes.isEmpty()) {
            return;
        }
        List<Trace> visible = traces.stream().filter(Trace::visible).toList();
        double swatch = visible.size() > 1 ? 20 : 0;
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.setFill(PlotFrame.TEXT);
        for (int i = 0; i < lines.size(); i++) {
            Bounds box = boxes.get(i);
            double y = box.getMinY() + ROW / 2;
            gc.setFont(i == 0 ? PlotFrame.TITLE_FONT : PlotFrame.FONT);
            if (i > 0 && swatch > 0) {
                gc.setStroke(visible.get(i - 1).color());
                gc.setLineWidth(2.5);
                gc.strokeLine(box.getMinX(), y, box.getMinX() + swatch - 6, y);
            }
            gc.fillText(lines.get(i), box.getMinX() + (i > 0 ? swatch : 0), y);
        }
    }

    /** Where the formula box was last drawn; null before. */
    Bounds titleBox() {
        return titleBox;
    }

    private List<Trace> drawable() {
        if (model == null) {
            return List.of();
        }
        return traces.stream().filter(t -> t.visible() && t.current() != null && t.current().isFinite()).toList();
    }
}
