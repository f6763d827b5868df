package org.descentfx.ui.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.descentfx.engine.TraceHistory;
import org.descentfx.ui.plot.FrameProbe;
import org.descentfx.ui.plot.FxThread;
import org.descentfx.ui.plot.PlotFrame;
import org.descentfx.ui.plot.RaisedSteps;
import org.descentfx.ui.plot.SharpCanvas;
import org.descentfx.ui.plot.Trace;

/**
 * The live cost chart: for every visible trace the full-data cost C of Eq. (1) as a solid line
 * and the mini-batch cost C_X of the step as a faint line in the same colour, against steps,
 * epochs or examples seen, on a linear or log₁₀ axis, with dashed markers where η or m changed.
 * One canvas, and each line decimated to its span in each pixel column ({@link ColumnDecimator},
 * drawn by {@link ColumnBands}): a draw costs the same however long the run. It redraws on {@link #show}, on a change of its properties and on resize.
 * FX thread only.
 */
public final class CostChartView extends Region {

    /** What the x-axis counts. */
    public enum XAxisMode {
        STEPS("steps"), EPOCHS("epochs"), EXAMPLES("examples seen");

        private final String title;

        XAxisMode(String title) {
            this.title = title;
        }

        /** The axis title. */
        public String title() {
            return title;
        }

        @Override
        public String toString() {
            return title;
        }
    }

    static final String EMPTY_TEXT = "Press ▶ Play or → to take a step";
    static final String NO_POSITIVE_TEXT = "No positive cost to show on a log scale";
    private static final double FAINT_ALPHA = 0.25;
    /** Pixels beyond the plot that a clipped point may reach: keeps a diverged cost drawable. */
    private static final double OVERSHOOT = 10_000;
    /** The least distance in px, across and down, between two ▲ on the chart. */
    static final double RAISED_SPACING = 10;

    private final SharpCanvas canvas = new SharpCanvas();
    private double minimumCost = Double.NaN;
    private final PlotFrame frame = new PlotFrame();
    private final List<ColumnDecimator> lines = new ArrayList<>();
    private final CostChartAnnotations annotations = new CostChartAnnotations(frame);
    private final ObjectProperty<XAxisMode> xAxisMode =
            new SimpleObjectProperty<>(this, "xAxisMode", XAxisMode.STEPS);
    private final BooleanProperty logScale = new SimpleBooleanProperty(this, "logScale", false);
    private final BooleanProperty firstOrder = new SimpleBooleanProperty(this, "firstOrder", false);
    private final FirstOrderPainter firstOrderPainter = new FirstOrderPainter(frame);
    private List<FirstOrderPainter.Entry> firstOrderEntries = List.of();
    private final List<double[]> raisedMarks = new ArrayList<>();
    private final GhostLines ghosts = new GhostLines();
    private List<Trace> traces = List.of();
    private int n = 1;
    private int plotted;
    private static final double MIN_HEIGHT = 140;
    private static final double MIN_PLOT = 40;
    private double legendHeight;
    private double drawnWidth = -1;
    private double drawnHeight = -1;

    public CostChartView() {
        setId("costChart");
        setPrefSize(640, 320);
        setMinWidth(200); // its least height: computeMinHeight
        getStyleClass().add("cost-chart");
        getChildren().add(canvas);
        xAxisMode.addListener((obs, old, mode) -> {
            if (mode == null) {
                xAxisMode.set(old);
            } else {
                redraw();
            }
        });
        logScale.addListener(obs -> redraw());
        firstOrder.addListener(obs -> redraw());
    }

    /**
     * While the first-order check is on: per run, in its colour, the series of Eq. (3) along its path
     * (∇C·Δv and ΔC per step), drawn instead of the cost.
     */
    public void showFirstOrder(List<Color> colors, List<org.descentfx.engine.FirstOrderCheck.Series> series) {
        FxThread.check(this);
        List<FirstOrderPainter.Entry> entries = new ArrayList<>();
        for (int i = 0; i < series.size() && i < colors.size(); i++) {
            entries.add(new FirstOrderPainter.Entry(colors.get(i), series.get(i)));
        }
        firstOrderEntries = List.copyOf(entries);
        redraw();
    }

    /** Whether the chart shows the first-order check of Eq. (3) instead of the cost. */
    public BooleanProperty firstOrderProperty() {
        return firstOrder;
    }

    /** Where the last draw of the first-order check put its marks of steps that raised C; for tests. */
    List<double[]> firstOrderMarks() {
        return firstOrderPainter.marks();
    }

    /** Draws these traces; {@code n} is the data set's size, one epoch = n examples seen. */
    public void show(List<Trace> traces, int n) {
        FxThread.check(this);
        this.traces = List.copyOf(traces);
        this.n = Math.max(1, n);
        redraw();
    }

    /** Draws a faint ghost line for each of these branches ({@link GhostLines}): those the runs are not on. */
    public void showGhosts(List<org.descentfx.engine.Branch> branches) {
        FxThread.check(this);
        if (ghosts.show(branches)) {
            redraw();
        }
    }

    /** Per ghost line of the last draw, the pixels it went through; for tests. */
    List<List<double[]>> drawnGhosts() {
        return ghosts.drawn();
    }

    /** What the legend names the ghost lines drawn: "ghost: name" each, in order. */
    public List<String> ghostLegend() {
        return annotations.ghostRows();
    }

    /**
     * The least C of the valley (the linear neuron's floor, in closed form), drawn as a dotted line
     * named "C_min" so that "within 1% of the minimum" can be read off the chart; NaN for none.
     */
    public void setMinimumCost(double cost) {
        if (Double.compare(cost, minimumCost) != 0) {
            minimumCost = cost;
            redraw();
        }
    }

    /** The least C drawn as a line, NaN if none ({@link #setMinimumCost}). */
    public double minimumCost() {
        return minimumCost;
    }

    public void clear() {
        traces = List.of();
        redraw();
    }

    public ObjectProperty<XAxisMode> xAxisModeProperty() {
        return xAxisMode;
    }

    public BooleanProperty logScaleProperty() {
        return logScale;
    }

    /** Points the last draw plotted, over all series, after decimation. */
    public int plottedPointCount() {
        return plotted;
    }

    /**
     * The chart's controls, for the app to put beside it: a segmented button for the x-axis
     * mode and a "log scale" check box, both bound to this chart's properties.
     */
    public static HBox toolbarFor(CostChartView chart) {
        return CostChartToolbar.build(chart);
    }

    /** The pixel column of x in the last draw, in the current mode's units. */
    double screenX(double x) {
        return frame.px(x);
    }

    /** The right end of the x-axis of the last draw, in the current mode's units. */
    double xAxisMax() {
        return frame.xMax();
    }

    /**
     * 140, or more where the legend's rows (compare mode, in a narrow chart) would leave the plot less than
     * {@value #MIN_PLOT} px: then the axes' labels and the x-axis title ("epochs") would fall below the canvas.
     */
    @Override
    protected double computeMinHeight(double width) {
        return Math.max(MIN_HEIGHT, frame.heightFor(MIN_PLOT, legendHeight));
    }

    @Override
    protected void layoutChildren() {
        canvas.relocate(0, 0);
        if (canvas.differs(getWidth(), getHeight())) {
            canvas.size(getWidth(), getHeight());
        }
        if (canvas.getWidth() != drawnWidth || canvas.getHeight() != drawnHeight) {
            redraw();
        }
    }

    private void redraw() {
        long probe = FrameProbe.enter();
        try {
            paint();
        } finally {
            FrameProbe.exit(FrameProbe.Section.CHART, probe);
        }
    }

    private void paint() {
        double width = canvas.width();
        double height = canvas.height();
        drawnWidth = canvas.getWidth();
        drawnHeight = canvas.getHeight();
        plotted = 0;
        if (width < 1 || height < 1) {
            return;
        }
        boolean log = logScale.get();
        XAxisMode mode = xAxisMode.get();
        if (firstOrder.get()) {
            plotted = firstOrderPainter.paint(canvas.getGraphicsContext2D(), width, height, firstOrderEntries, log, mode, n);
            return;
        }
        CostRange range = CostRange.of(traces, log, t -> x(t.history(), t.history().size() - 1, mode));
        frame.setX(0, Math.max(range.xMax(), ghosts.xMax(mode)));
        frame.setY(range.yMin(), range.yMax(), log);
        frame.layout(width, height, 0);
        annotations.setGhosts(ghosts.shown(mode).stream().map(org.descentfx.engine.Branch::name).toList());
        // the legend's rows above the plot, as many as the plot's width needs
        double legend = annotations.legendHeight(traces);
        frame.layout(width, height, legend);
        if (legend != legendHeight) {
            legendHeight = legend;
            // the least height holds the legend too (computeMinHeight): asked after this layout pass, which would
            // keep the ancestors' old minimum sizes
            javafx.application.Platform.runLater(this::requestParentLayout);
        }
        GraphicsContext gc = canvas.getGraphicsContext2D();
        List<Trace> shown = traces.stream().filter(Trace::visible).toList();
        frame.drawPlotArea(gc, width, height);
        decimateLines(shown, mode, log);
        annotations.drawChangeMarkers(gc, traces, mode, n);
        ghosts.draw(gc, frame, mode, log);
        drawMinimum(gc, log);
        plotted = drawLines(gc, shown);
        // over what the lines drew beyond the plot; then the dots, whole even at the axis' right end
        frame.drawMargins(gc, width, height, mode.title(), "cost C");
        raisedMarks.clear();
        for (Trace t : shown) {
            drawRaised(gc, t.history(), mode, log);
        }
        for (int k = 0; k < shown.size(); k++) {
            drawCurrentPoint(gc, lines.get(2 * k + 1), shown.get(k).color());
        }
        if (plotted == 0) {
            frame.drawMessage(gc, range.hasPoints() && log ? NO_POSITIVE_TEXT : EMPTY_TEXT);
        } else {
            annotations.drawLegend(gc, traces);
        }
    }

    /** The dotted line at C_min with its name and value at the right, when it lies in the plot. */
    private void drawMinimum(GraphicsContext gc, boolean log) {
        if (!Double.isFinite(minimumCost) || log && minimumCost <= 0) {
            return;
        }
        double y = frame.py(minimumCost);
        if (!(y >= frame.top() && y <= frame.bottom())) {
            return;
        }
        gc.save();
        gc.setStroke(PlotFrame.MUTED);
        gc.setLineWidth(1);
        gc.setLineDashes(2, 3);
        gc.strokeLine(frame.left(), PlotFrame.crisp(y), frame.right(), PlotFrame.crisp(y));
        gc.setLineDashes();
        gc.setFill(PlotFrame.MUTED);
        gc.setFont(PlotFrame.FONT);
        gc.setTextAlign(javafx.scene.text.TextAlignment.RIGHT);
        gc.setTextBaseline(javafx.geometry.VPos.BOTTOM);
        gc.fillText("C_min = " + org.descentfx.ui.plot.Format.number(minimumCost), frame.right() - 4, y - 2);
        gc.restore();
    }

    private void decimateLines(List<Trace> shown, XAxisMode mode, boolean log) {
        while (lines.size() < 2 * shown.size()) {
            lines.add(new ColumnDecimator());
        }
        for (int k = 0; k < shown.size(); k++) {
            decimate(shown.get(k).history(), mode, log, lines.get(2 * k), lines.get(2 * k + 1));
        }
    }

    /** All faint C_X lines under all solid C lines, as {@link #decimateLines} left them. */
    private int drawLines(GraphicsContext gc, List<Trace> shown) {
        int count = 0;
        for (int k = 0; k < shown.size(); k++) {
            count += draw(gc, lines.get(2 * k), shown.get(k).color().deriveColor(0, 1, 1, FAINT_ALPHA), 1.2);
        }
        for (int k = 0; k < shown.size(); k++) {
            count += draw(gc, lines.get(2 * k + 1), shown.get(k).color(), 2.5);
        }
        return count;
    }

    /**
     * One pass over a history: C_X into {@code batch}, C into {@code cost}, both decimated. C_X of
     * step k is measured where that step's gradient was taken, the point before step k, so it is
     * plotted there: with m = n it lies exactly on C.
     */
    private void decimate(TraceHistory h, XAxisMode mode, boolean log, ColumnDecimator batch, ColumnDecimator cost) {
        batch.reset();
        cost.reset();
        double previousX = Double.NaN;
        for (int i = 0; i < h.size(); i++) {
            double x = x(h, i, mode);
            if (i > 0) {
                add(batch, frame.px(xBefore(h, i, x, previousX)), h.batchCost(i), log);
            }
            add(cost, frame.px(x), h.cost(i), log);
            previousX = x;
        }
        batch.finish();
        cost.finish();
    }

    private void add(ColumnDecimator line, double px, double y, boolean log) {
        if (Double.isFinite(y) && (!log || y > 0)) {
            line.add(px, Math.max(frame.top() - OVERSHOOT, Math.min(frame.bottom() + OVERSHOOT, frame.py(y))));
        }
    }

    /**
     * A small dark ▲ above C where a step raised it, inside the plot, at most one per
     * {@value #RAISED_SPACING} px ({@link RaisedSteps#spaced}): a mini-batch run on its floor raises C on
     * about half its steps, and a ▲ on each made a black band over the lines.
     */
    private void drawRaised(GraphicsContext gc, TraceHistory h, XAxisMode mode, boolean log) {
        int[] raised = RaisedSteps.of(h);
        double[] xs = new double[raised.length];
        double[] ys = new double[raised.length];
        int inside = 0;
        for (int i : raised) {
            double c = h.cost(i);
            double px = frame.px(x(h, i, mode));
            double py = frame.py(c);
            if ((log && c <= 0) || px < frame.left() || px > frame.right() || py < frame.top() || py > frame.bottom()) {
                continue;
            }
            xs[inside] = px;
            ys[inside++] = py;
        }
        gc.setFill(FirstOrderPainter.RAISED);
        for (int k : RaisedSteps.spaced(Arrays.copyOf(xs, inside), Arrays.copyOf(ys, inside), RAISED_SPACING)) {
            double px = xs[k];
            double py = ys[k];
            gc.fillPolygon(new double[] {px - 4, px + 4, px}, new double[] {py - 6, py - 6, py - 13}, 3);
            raisedMarks.add(new double[] {px, py});
        }
    }

    /** Where the last draw put its marks of steps that raised C (the C point under each ▲); for tests. */
    List<double[]> raisedMarks() {
        return List.copyOf(raisedMarks);
    }

    /** Draws a decimated series; returns the points it kept. */
    private static int draw(GraphicsContext gc, ColumnDecimator line, Color color, double width) {
        ColumnBands.draw(gc, line, color, width);
        return line.pointCount();
    }

    /** A dot where the run is now: the newest point of its cost line. */
    private static void drawCurrentPoint(GraphicsContext gc, ColumnDecimator cost, Color color) {
        if (cost.columns() == 0) {
            return;
        }
        double x = cost.lastAddedX();
        double y = cost.lastAddedY();
        gc.setFill(color);
        gc.fillOval(x - 4, y - 4, 8, 8);
        gc.setStroke(PlotFrame.PLOT_AREA);
        gc.setLineWidth(1.5);
        gc.strokeOval(x - 4, y - 4, 8, 8);
    }

    /**
     * x of the point before step(i): point i − 1's where the history holds every step, and one step's
     * share of the way back to point i − 1 in its thinned past.
     */
    private static double xBefore(TraceHistory h, int i, double x, double previousX) {
        long gap = h.step(i) - h.step(i - 1);
        return gap <= 1 ? previousX : x - (x - previousX) / gap;
    }

    /** Where the legend was drawn last, in this view's coordinates; for tests. */
    public javafx.geometry.Bounds legendBounds() {
        return annotations.legendBounds(traces);
    }

    /** The plot rectangle the lines are drawn in, in this view's coordinates; for tests. */
    public javafx.geometry.Bounds plotBounds() {
        return new javafx.geometry.BoundingBox(frame.left(), frame.top(), frame.right() - frame.left(),
                frame.bottom() - frame.top());
    }

    /** The decimated C_X (or C) line of shown run k, as last drawn; for tests. */
    ColumnDecimator line(int k, boolean batchCost) {
        return lines.get(2 * k + (batchCost ? 0 : 1));
    }

    /** x of point i: its step, its epochs (examples seen / n) or its examples seen. */
    private double x(TraceHistory h, int i, XAxisMode mode) {
        return switch (mode) {
            case STEPS -> h.step(i);
            case EPOCHS -> h.examplesSeen(i) / (double) n;
            case EXAMPLES -> h.examplesSeen(i);
        };
    }
}
