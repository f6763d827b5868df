package org.descentfx.ui.data;

import java.util.Arrays;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.Model;
import org.descentfx.ui.plot.FrameProbe;
import org.descentfx.ui.plot.FxThread;
import org.descentfx.ui.plot.PlotFrame;
import org.descentfx.ui.plot.SharpCanvas;
import org.descentfx.ui.plot.Trace;

/**
 * The training inputs (x, y) and the neuron's fit ŷ(x) of each visible trace at its current
 * (w, b), with the current mini-batch picked out. Above 5,000 examples it draws an evenly strided
 * subsample, so a million points cost the same as five thousand, and says so in a caption above the
 * plot ("every 20th example shown: 5,000 of 100,000"); the mini-batch is ringed in full up to 5,000
 * examples, beyond that strided too, and then the plot says that as well.
 *
 * <p>Two stacked canvases, as on the map: the background (axes and the data points) is drawn
 * again only when the data, the size or the axes' ranges change, and the y range keeps still
 * while the fits only jitter ({@link StickyRange}); while training, a frame redraws only the
 * overlay, which lies over the plot rectangle alone: the fits and the mini-batch; the formula and
 * each run's w and b stand in rows above the plot, on a canvas of their own.
 * Being no larger than the plot, the overlay cuts off what reaches beyond it without a clip.
 * FX thread only.
 */
public final class DataPlotView extends Region {
    /** The most examples (and mini-batch rings) drawn; beyond that an evenly strided subsample. */
    public static final int MAX_DRAWN_POINTS = 5_000;
    /** Room above the plot for the caption of a thinned data set. */
    static final double CAPTION_HEIGHT = 18;
    static final Color POINT = Color.web("#5b6770");
    static final Color ACCENT = Color.web("#f08c00");

    private final SharpCanvas background = new SharpCanvas();
    private final SharpCanvas overlay = new SharpCanvas();
    /** The formula and each run's w and b, in rows above the plot ({@link ModelCurves#drawTitle}). */
    private final SharpCanvas title = new SharpCanvas();
    private int drawnTitleLines = -1;
    private final PlotFrame frame = new PlotFrame();
    private final ModelCurves curves = new ModelCurves();
    private final StickyRange yRange = new StickyRange();
    private Dataset data;
    private DataRange range = DataRange.of(null);
    private int[] drawn = new int[0];
    private int[] batch = new int[0];
    /** The size of the mini-batch before it was thinned to {@link #batch}. */
    private int batchSize;
    private boolean backgroundDirty = true;
    private double drawnWidth = -1;
    private double drawnHeight = -1;
    private double drawnYMin = Double.NaN;
    private double drawnYMax = Double.NaN;
    private int backgroundDraws;

    public DataPlotView() {
        setId("dataPlot");
        setPrefSize(480, 360);
        setMinSize(160, 140);
        getStyleClass().add("data-plot");
        getChildren().addAll(background, overlay, title);
        title.setMouseTransparent(true);
    }

    /** Shows a new data set; the mini-batch highlight, which indexed the old one, is cleared. */
    public void showData(Dataset data) {
        FxThread.check(this);
        this.data = data;
        this.drawn = data == null ? new int[0] : stride(data.size());
        this.range = DataRange.of(data);
        this.batch = new int[0];
        yRange.reset();
        backgroundDirty = true;
        redraw();
    }

    /** Draws ŷ(x) = model.output(w, b, x) for each visible trace's current point. */
    public void showModel(Model model, List<Trace> traces) {
        FxThread.check(this);
        curves.set(model, List.copyOf(traces));
        redraw();
    }

    /** Marks the examples of the current mini-batch; null or empty for none. */
    public void highlight(int[] batch) {
        setBatch(batch);
        redraw();
    }

    /** {@link #showModel} and {@link #highlight} in one draw: what a frame of training changes. */
    public void show(Model model, List<Trace> traces, int[] batch) {
        FxThread.check(this);
        curves.set(model, List.copyOf(traces));
        setBatch(batch);
        redraw();
    }

    private void setBatch(int[] batch) {
        int n = data == null ? 0 : data.size();
        int[] valid = batch == null ? new int[0]
                : Arrays.stream(batch).filter(i -> i >= 0 && i < n).toArray();
        this.batch = valid.length <= MAX_DRAWN_POINTS ? valid : pick(valid, stride(valid.length));
        this.batchSize = valid.length;
    }

    /** Examples drawn as part of the mini-batch (at most {@link #MAX_DRAWN_POINTS}). */
    public int highlightedCount() {
        return batch.length;
    }

    /** Examples drawn as points (at most {@link #MAX_DRAWN_POINTS}). */
    public int drawnPointCount() {
        return drawn.length;
    }

    double screenX(double x) {
        return frame.px(x);
    }

    double screenY(double y) {
        return frame.py(y);
    }

    /** What the caption says of the points drawn, or "" when every example is drawn. */
    public String thinningCaption() {
        return data == null ? "" : Thinning.caption(drawn.length, data.size());
    }

    /** What the plot says of the rings drawn, or "" when the whole mini-batch is ringed. */
    public String batchThinningNote() {
        return Thinning.ringNote(batch.length, batchSize);
    }

    List<String> titleLines() {
        return curves.titleLines();
    }

    /** How many times the background (axes and data points) has been drawn. */
    int backgroundDraws() {
        return backgroundDraws;
    }

    /** {@code count} evenly spaced indices of 0..n−1, all of them when n ≤ the cap: deterministic. */
    private static int[] stride(int n) {
        int count = Math.min(n, MAX_DRAWN_POINTS);
        int[] indices = new int[count];
        for (int k = 0; k < count; k++) {
            indices[k] = (int) ((long) k * n / count);
        }
        return indices;
    }

    private static int[] pick(int[] values, int[] at) {
        int[] out = new int[at.length];
        for (int k = 0; k < at.length; k++) {
            out[k] = values[at[k]];
        }
        return out;
    }

    @Override
    protected void layoutChildren() {
        background.relocate(0, 0);
        if (background.differs(getWidth(), getHeight())) {
            background.size(getWidth(), getHeight());
        }
        if (background.getWidth() != drawnWidth || background.getHeight() != drawnHeight) {
            redraw();
        }
    }

    private void redraw() {
        long probe = FrameProbe.enter();
        try {
            paint();
        } finally {
            FrameProbe.exit(FrameProbe.Section.DATA, probe);
        }
    }

    private void paint() {
        double width = background.width();
        double height = background.height();
        if (width < 1 || height < 1) {
            return;
        }
        curves.sample(range.xMin(), range.xMax());
        double[] needed = curves.clampedYRange(range);
        double[] y = yRange.update(needed[0], needed[1]);
        int titleLines = curves.titleLines().size();
        if (titleLines != drawnTitleLines || backgroundDirty || background.getWidth() != drawnWidth || background.getHeight() != drawnHeight || y[0] != drawnYMin || y[1] != drawnYMax) {
            backgroundDirty = false;
            drawnWidth = background.getWidth(); // in pixels: a new density draws it again
            drawnHeight = background.getHeight();
            drawnYMin = y[0];
            drawnYMax = y[1];
            frame.setX(range.xMin(), range.xMax());
            frame.setY(y[0], y[1], false);
            drawnTitleLines = titleLines;
            double caption = thinningCaption().isEmpty() ? 0 : CAPTION_HEIGHT;
            frame.layout(width, height, caption);
            // the title's rows above the plot (and the caption), as many as the plot's width needs
            frame.layout(width, height, caption + curves.titleHeight(frame));
            paintBackground(background.getGraphicsContext2D(), width, height);
        }
        paintOverlay();
    }

    private void paintBackground(GraphicsContext gc, double width, double height) {
        backgroundDraws++;
        if (data == null) {
            frame.draw(gc, width, height, "x", "y");
            frame.drawMessage(gc, "No data set");
            return;
        }
        frame.drawPlotArea(gc, width, height);
        drawPoints(gc);
        frame.drawMargins(gc, width, height, "x", "y"); // over the points' halves beyond the plot
        Thinning.drawCaption(gc, frame, thinningCaption());
    }

    /** The overlay covers the plot inside its axes: left of the left axis and above the x-axis it draws nothing. */
    private void paintOverlay() {
        double x0 = Math.floor(frame.left()) + 1;
        double y0 = Math.ceil(frame.top());
        overlay.relocate(x0, y0);
        overlay.size(Math.max(0, Math.ceil(frame.right()) - x0), Math.max(0, Math.floor(frame.bottom()) - y0));
        overlay.origin(x0, y0);
        GraphicsContext gc = overlay.getGraphicsContext2D();
        gc.clearRect(x0, y0, overlay.width(), overlay.height());
        if (data == null) {
            return;
        }
        curves.draw(gc, frame);
        drawBatch(gc);
        Thinning.drawRingNote(gc, frame, batchThinningNote());
        paintTitle();
    }

    private void paintTitle() {
        double x0 = Math.floor(frame.headerLeft());
        double bottom = frame.top() - (thinningCaption().isEmpty() ? 0 : CAPTION_HEIGHT);
        title.relocate(x0, 0);
        title.size(Math.max(0, Math.ceil(frame.headerRight()) - x0), Math.max(0, Math.floor(bottom)));
        title.origin(x0, 0);
        GraphicsContext gc = title.getGraphicsContext2D();
        gc.clearRect(x0, 0, title.width(), title.height());
        curves.drawTitle(gc, frame);
    }

    /** Where the formula and the runs' w and b were last drawn, in this view's coordinates; for tests. */
    public Bounds titleBounds() {
        return curves.titleBox();
    }

    /** The plot rectangle the points are drawn in, in this view's coordinates; for tests. */
    public Bounds plotBounds() {
        return new javafx.geometry.BoundingBox(frame.left(), frame.top(), frame.right() - frame.left(),
                frame.bottom() - frame.top());
    }

    /** The data points drawn under the formula box as last drawn; for tests. */
    int pointsUnderTitle() {
        return curves.titleBox() == null ? -1 : drawnPointsIn(curves.titleBox());
    }

    private int drawnPointsIn(Bounds box) {
        int count = 0;
        for (int i : drawn) {
            count += box.contains(frame.px(data.x(i)), frame.py(data.y(i))) ? 1 : 0;
        }
        return count;
    }

    private void drawPoints(GraphicsContext gc) {
        double r = drawn.length <= 200 ? 3.5 : drawn.length <= 1000 ? 2.6 : 1.8;
        gc.setFill(POINT.deriveColor(0, 1, 1, drawn.length <= 1000 ? 0.75 : 0.45));
        for (int i : drawn) {
            gc.fillOval(frame.px(data.x(i)) - r, frame.py(data.y(i)) - r, 2 * r, 2 * r);
        }
    }

    private void drawBatch(GraphicsContext gc) {
        double r = batch.length <= 200 ? 5 : 3.5;
        gc.setLineDashes();
        gc.setLineWidth(2);
        gc.setStroke(ACCENT);
        gc.setFill(POINT);
        for (int i : batch) {
            double x = frame.px(data.x(i));
            double y = frame.py(data.y(i));
            gc.fillOval(x - r + 1.5, y - r + 1.5, 2 * r - 3, 2 * r - 3);
            gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
    }
}
