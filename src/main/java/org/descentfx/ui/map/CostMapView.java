package org.descentfx.ui.map;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.DoubleBinaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.animation.PauseTransition;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import org.descentfx.core.surface.Contour;
import org.descentfx.core.surface.CostGrid;
import org.descentfx.core.surface.Window;
import org.descentfx.core.train.Point;
import org.descentfx.ui.plot.SharpCanvas;
import org.descentfx.ui.plot.Trace;
import org.descentfx.ui.plot.Format;
import org.descentfx.ui.plot.FrameProbe;
import org.descentfx.ui.plot.FxThread;
import org.descentfx.ui.plot.HoverTip;

/**
 * The valley seen from above: the cost C(w, b) of Eq. (1) as a colour map with contour lines, w
 * to the right and b upwards, and the descents across it with the next step −η∇C_X drawn to scale.
 * The wheel zooms, a drag pans, dragging the start marker ◇ or a Shift+click moves the start, a
 * double-click frames the valley.
 *
 * <p>It draws plain data and holds no training logic. Stacked canvases keep it smooth: the
 * background (colours, contours, axes, colour bar) is repainted only when a surface arrives or the
 * window or size changes; the paths ({@link TraceLayers}) keep what they have drawn and stroke only
 * their new vertices when new points arrive, drawn in full again only when the view changes; the
 * overlay (markers, step arrows) whenever new points arrive, and it covers the plot alone, which cuts
 * the marks off at its edges and leaves the renderer fewer transparent pixels to lay over the
 * background each frame; the labels ({@link MapLabels}) only when they change. A bare pane over them all takes the mouse. Requests to repaint are gathered and done
 * once per pulse, in {@link #layoutChildren()}, without laying out the rest of the window.
 *
 * <p>Thread rules: FX thread only, every method.
 */
public final class CostMapView extends Region {
    private static final Window PLACEHOLDER = new Window(-1, 1, -1, 1);
    /** How long the window must keep still after a drag or a scroll before the paths are drawn whole. */
    static final Duration SETTLE = Duration.millis(250);

    private final SharpCanvas background = new SharpCanvas();
    private final SharpCanvas overlay = new SharpCanvas();
    private final FanLayer fan = new FanLayer();
    private boolean fanDirty;
    private final GhostLayer ghosts = new GhostLayer();
    /** The ghosts and, over them, the valley's eigen-axes: both under the live paths. */
    private boolean ghostsDirty;
    private final TraceLayers paths = new TraceLayers();
    private double pixelDensity = 1;
    private Consumer<org.descentfx.engine.PathScale> onFanStale = scale -> { };
    private final MapLabels labels = new MapLabels();
    private final BatchValleyLayer batchValley = new BatchValleyLayer();
    private final Region pointer = new Region();
    private final Button fitButton = new Button("\u2922 Fit");
    private final Label readout = new Label();
    private final Label status = new Label("computing the cost surface\u2026");
    private final Label condition = new Label();
    /** The floor the eigen-axes cross, and the Hessian they are of; null: none drawn. */
    private Point axesFloor;
    private org.descentfx.core.curvature.Hessian axesHessian;
    /** Where the eigen-axes' names were drawn, in pixels; they move when a path reaches them. */
    private List<Rectangle2D> axesNames = List.of();
    /** Whether they were placed clear of every path: only then does a path reaching them move them again. */
    private boolean axesNamesClear;
    /** Where the plot starts, under the header's rows ({@link MapHeader}); what the header was laid out for. */
    private double plotTop = MapFrame.TOP;
    private Object headerKey;
    private MapHeader.Placed header;
    private final ObjectProperty<Window> window = new SimpleObjectProperty<>(this, "window");
    private final MapInteraction interaction;
    private MapPainter.Surface surface;
    private List<Trace> traces = List.of();
    /** The map's tooltip: moving the start restarts the runs, so it is a deliberate gesture. */
    static final String HOW_TO_USE = "Drag the start marker ◇, or Shift+click, to move the start (Ctrl+Z undoes it).\n"
            + "Scroll to zoom, drag to pan, double-click to frame the valley.";
    private Point start;
    /** Where the start marker is being dragged; null when it is not. */
    private Point chosenStart;
    private boolean playing;
    /** While a lesson asks where the next step lands, the arrows would give the answer away. */
    private boolean arrowsHidden;
    private DoubleBinaryOperator costAt;
    private Consumer<Point> onChooseStart = p -> { };
    private Runnable onFit = () -> { };
    private List<Integer> miniBatchSizes = List.of();
    private int dataSize;
    private Consumer<org.descentfx.engine.PathScale> onPathsStale = scale -> { };
    private boolean backgroundDirty = true;
    private boolean overlayDirty = true;
    /** While the learner pans or zooms: paths drawn light, as while playing, until the window settles. */
    private boolean moving;
    private final PauseTransition settle = new PauseTransition(SETTLE);

    public CostMapView() {
        setId("costSurface");
        getStyleClass().add("cost-map");
        setPrefSize(700, 560);
        setMinSize(300, 240);
        fitButton.setId("costMapFit");
        HoverTip.install(fitButton, "Frame the valley's floor and the start (double-click)");
        fitButton.setFocusTraversable(false);
        fitButton.setOnAction(e -> fit());
        fitButton.setStyle("-fx-font-size: 14px; -fx-background-color: rgba(255,255,255,0.88);"
                + " -fx-background-radius: 6; -fx-border-color: rgba(0,0,0,0.25); -fx-border-radius: 6;"
                + " -fx-padding: 4 10 4 10;");
        readout.setId("costMapReadout");
        readout.setMouseTransparent(true);
        readout.setVisible(false);
        readout.setStyle("-fx-font-size: 14px; -fx-text-fill: #222; -fx-background-color: rgba(255,255,255,0.88);"
                + " -fx-background-radius: 6; -fx-padding: 4 9 4 9;");
        pointer.setId("costMapPlot");
        status.setId("costMapStatus");
        status.setMouseTransparent(true);
        status.setStyle("-fx-font-size: 16px; -fx-text-fill: #444;");
        status.setWrapText(true);
        status.setTextAlignment(TextAlignment.CENTER);
        getChildren().addAll(background, batchValley.canvas(), fan, ghosts, paths.node(), overlay);
        getChildren().addAll(labels.nodes());
        condition.setId("conditionLabel");
        condition.setMouseTransparent(true);
        condition.setWrapText(true);
        condition.setVisible(false);
        condition.setStyle(readout.getStyle().replace("-fx-font-size: 14px", "-fx-font-size: 13px"));
        getChildren().addAll(pointer, fitButton, batchValley.toggle(), readout, condition, status);
        // this view places its children itself: their changes need not lay out the whole window
        getChildren().forEach(child -> child.setManaged(false));
        interaction = new MapInteraction(this, pointer);
        Tooltip how = new Tooltip(HOW_TO_USE);
        how.setShowDelay(javafx.util.Duration.seconds(1.5));
        Tooltip.install(pointer, how);
        window.addListener((o, a, b) -> invalidateBackground());
        settle.setOnFinished(e -> {
            moving = false;
            fanDirty = true;
            invalidateOverlay();
        });
    }

    /**
     * The learner moved the window by hand (a drag or a scroll): until it has kept still for
     * {@link #SETTLE}, the paths are drawn as while playing, about 512 points each, so a long
     * paused history pans and zooms smoothly; then once whole.
     */
    void moveWindow(Window w) {
        moving = true;
        settle.playFromStart();
        setWindow(w);
    }

    /** Whether the paths are drawn light because the window is being moved by hand. */
    boolean isMoving() {
        return moving;
    }

    /** Shows a new cost surface; the previous one stays on screen until this call. */
    public void showSurface(CostGrid grid, List<Contour> contours) {
        FxThread.check(this);
        surface = MapPainter.Surface.of(grid, contours);
        if (window.get() == null) {
            window.set(grid.window());
        }
        status.setVisible(false);
        invalidateBackground();
    }

    /**
     * Draws the valley C_X of the mini-batch the first run takes at step {@code step} over the map, while
     * {@link #batchValleyShownProperty()} is on; a null {@code valley} draws none, and {@code note} says why.
     */
    public void showBatchValley(org.descentfx.core.surface.BatchValley valley, long step, String note) {
        FxThread.check(this);
        batchValley.show(valley, step, note);
        setNeedsLayout(true);
    }

    /** Whether the mini-batch's valley is drawn (the toggle #batchValleyToggle, the key B). */
    public javafx.beans.property.BooleanProperty batchValleyShownProperty() {
        return batchValley.shownProperty();
    }

    /** The mini-batch's valley drawn now, null when none; and its caption as drawn. */
    public org.descentfx.core.surface.BatchValley shownBatchValley() {
        return batchValley.shownProperty().get() ? batchValley.valley() : null;
    }

    /** The lines of the mini-batch valley's caption, as drawn; empty while it is not shown. */
    public List<String> batchValleyCaption() {
        return batchValley.shownProperty().get() ? batchValley.caption() : List.of();
    }

    /** Shows these descents (only the visible ones are drawn), replacing the previous ones. */
    public void showTraces(List<Trace> traces) {
        FxThread.check(this);
        if (legendShown(traces) != legendShown(this.traces)) {
            fanDirty = true;
            ghostsDirty = true; // the eigen-axes' names keep clear of κ's box, which moves under the legend
        }
        this.traces = List.copyOf(traces);
        invalidateOverlay();
    }

    /** Shows a fan of seeds under the live paths ({@link FanLayer}); null takes it away. */
    public void showFan(org.descentfx.engine.SeedFan.Result result) {
        FxThread.check(this);
        fan.show(result);
        fanDirty = true;
        invalidateOverlay();
    }

    /**
     * Called, with the map's scale, when the fan's paths were thinned for a coarser scale than the
     * map's (the learner zoomed in): the fan should run again for it; the old paths are drawn meanwhile.
     */
    public void setOnFanStale(Consumer<org.descentfx.engine.PathScale> onFanStale) {
        this.onFanStale = Objects.requireNonNullElse(onFanStale, scale -> { });
    }

    /**
     * Draws the ghost of each of these branches ({@link GhostLayer}): those the runs are not on, faint
     * under the live paths, each named "ghost: its name".
     */
    public void showGhosts(List<org.descentfx.engine.Branch> branches) {
        FxThread.check(this);
        if (ghosts.show(branches)) {
            ghostsDirty = true;
            invalidateOverlay();
        }
    }

    /** Per ghost drawn, the polylines stroked, in (w, b); and what each is labelled. */
    public List<List<List<Point>>> drawnGhostPaths() {
        return ghosts.drawnPaths(frame());
    }

    /** "ghost: name" for each ghost drawn, in the order of {@link #drawnGhostPaths()}. */
    public List<String> ghostLabels() {
        return ghosts.labels();
    }

    /** Per descent of the fan shown, seeds first and the full-batch one last, the polylines stroked, in (w, b). */
    public List<List<List<Point>>> drawnFanPaths() {
        return fan.drawnPaths(frame());
    }

    private static boolean legendShown(List<Trace> traces) {
        return traces.size() > 1;
    }

    /**
     * Each trace's mini-batch size m, in order, and the data's n: a lone step arrow is then labelled
     * −η∇C_X, or −η∇C when m = n. Without them it says −η∇C_X, which is right for every m.
     */
    public void setMiniBatchSizes(List<Integer> sizes, int n) {
        if (!sizes.equals(miniBatchSizes) || n != dataSize) {
            miniBatchSizes = List.copyOf(sizes);
            dataSize = n;
            invalidateOverlay();
        }
    }

    /**
     * Draws the eigen-axes of {@code h} through {@code floor} and says κ = λmax/λmin in words; a null
     * either hides them (a Hessian that changes from point to point has no axes of the valley).
     */
    public void setValleyAxes(Point floor, org.descentfx.core.curvature.Hessian h) {
        boolean on = floor != null && h != null && floor.isFinite();
        axesFloor = on ? floor : null;
        axesHessian = on ? h : null;
        condition.setText(on ? EigenAxes.conditionText(h) : "");
        condition.setVisible(on);
        fanDirty = true;
        ghostsDirty = true;
        invalidateOverlay();
    }

    /** Where the eigen-axes' names are drawn, in the pixels of {@link #toPixel}. */
    List<Rectangle2D> axesNameBoxes() {
        return axesNames;
    }

    /** Where descent starts: marked even before any run has a point. */
    public void setStart(Point start) {
        this.start = start;
        invalidateOverlay();
    }

    /** While playing, the step arrows are left out: they would only flicker. */
    public void setPlaying(boolean playing) {
        if (this.playing != playing) {
            this.playing = playing;
            invalidateOverlay();
        }
    }

    /**
     * Leaves the step arrows out (true) or draws them again (false), whatever the play state: a
     * prediction of where the next step lands is asked with the arrow hidden.
     */
    public void setStepArrowsHidden(boolean hidden) {
        if (arrowsHidden != hidden) {
            arrowsHidden = hidden;
            invalidateOverlay();
        }
    }

    /** Whether the step arrows are drawn now: paused and not hidden. */
    public boolean stepArrowsShown() {
        return !playing && !arrowsHidden;
    }

    /** The exact cost C(w, b) for the hover readout; null leaves C out. */
    public void setCostFunction(DoubleBinaryOperator costAt) {
        this.costAt = costAt;
    }

    /** Called with the (w, b) of a single click on the map. */
    public void setOnChooseStart(Consumer<Point> onChooseStart) {
        this.onChooseStart = Objects.requireNonNullElse(onChooseStart, p -> { });
    }

    /**
     * Called, with the map's scale, when a path drawn holds too few points for it (the learner zoomed
     * in or panned far): the paths should be rebuilt by exact replay; the old ones are drawn meanwhile.
     */
    public void setOnPathsStale(Consumer<org.descentfx.engine.PathScale> onPathsStale) {
        this.onPathsStale = Objects.requireNonNullElse(onPathsStale, scale -> { });
    }

    /** The scale the paths are drawn at. */
    public org.descentfx.engine.PathScale pathScale() {
        return PathClip.scaleOf(frame());
    }

    /**
     * Per trace shown, the polylines the map stroked for its path at its last paint, in (w, b): what
     * the pen was given, after the thinning, the cut to the plot's margin and the merge of sub-pixel
     * steps, the settled part over the frames it was drawn in, then the open end.
     */
    public List<List<List<Point>>> drawnPaths() {
        return paths.drawnPaths(frame());
    }

    /** The paths' layers, for tests of what each frame strokes. */
    TraceLayers traceLayers() {
        return paths;
    }

    /** Called by a double-click on the map and by the Fit button. */
    public void setOnFit(Runnable onFit) {
        this.onFit = Objects.requireNonNullElse(onFit, () -> { });
    }

    /** The part of parameter space shown; the view sets it when the user zooms or pans. */
    public ObjectProperty<Window> windowProperty() {
        return window;
    }

    public Window getWindow() {
        return window.get();
    }

    public void setWindow(Window w) {
        window.set(w);
    }

    /** The pixel of (w, b), in this view's local coordinates. */
    public Point2D toPixel(Point p) {
        return frame().toPixel(p);
    }

    /** The (w, b) at the pixel (x, y) of this view's local coordinates. */
    public Point toParameters(double x, double y) {
        return frame().toParameters(x, y);
    }

    /** The rectangle, in local coordinates, that the window fills. */
    public Rectangle2D plotArea() {
        return frame().plot();
    }

    /** For figures: the map without its Fit button, which does nothing on paper. */
    public void setFitButtonVisible(boolean visible) {
        fitButton.setVisible(visible);
        batchValley.toggle().setVisible(visible);
    }

    /** For tests on slow machines, whose robot's double-clicks can be slower than a person's. */
    void setDoubleClickWait(Duration wait) {
        interaction.setDoubleClickWait(wait);
    }

    /** The plot rectangle the surface is drawn in, in this view's coordinates; for tests. */
    public javafx.geometry.Rectangle2D plotBounds() {
        return frame().plot();
    }

    MapFrame frame() {
        Window w = window.get();
        return frameFor(w == null ? PLACEHOLDER : w);
    }

    /** The frame of this view's size and header for window {@code w}. */
    MapFrame frameFor(Window w) {
        return MapFrame.of(w, getWidth(), getHeight(), plotTop).withDensity(pixelDensity);
    }

    /**
     * The output's pixels per layout pixel (1 on screen; s for a figure drawn at scale s): paths
     * are thinned for those pixels, so they keep their bound in the picture that is finally seen.
     */
    public void setPixelDensity(double density) {
        FxThread.check(this);
        if (!(density > 0) || !Double.isFinite(density)) {
            throw new IllegalArgumentException("the pixel density must be a positive finite number, not " + density);
        }
        pixelDensity = density;
        requestLayout();
    }

    void chooseStart(Point p) {
        chosenStart = null;
        onChooseStart.accept(p);
        invalidateOverlay();
    }

    /** The start as drawn: while the learner drags the marker, where it is being dragged. */
    Point start() {
        return chosenStart != null ? chosenStart : start;
    }

    /** Draws the start marker at {@code p} while it is dragged, without moving the runs' start yet. */
    void previewStart(Point p) {
        chosenStart = p;
        invalidateOverlay();
    }

    /** The drag ended without a new start: the marker goes back to the runs' start. */
    void endStartPreview() {
        chosenStart = null;
        invalidateOverlay();
    }

    void fit() {
        onFit.run();
    }

    /** Reads out (w, b) and C(w, b) under the pointer; null hides the readout. */
    void hover(Point p) {
        if (p == null) {
            readout.setVisible(false);
            return;
        }
        String text = "w = " + Format.number(p.w()) + ", b = " + Format.number(p.b());
        if (costAt != null) {
            text += ", C = " + Format.number(costAt.applyAsDouble(p.w(), p.b()));
        }
        readout.setText(text.replace('-', '\u2212'));
        readout.setVisible(true);
        placeReadout();
    }

    private void placeReadout() {
        Rectangle2D plot = plotArea();
        readout.autosize();
        readout.relocate(plot.getMinX() + 10, plot.getMaxY() - readout.getHeight() - 10);
    }

    private void invalidateBackground() {
        backgroundDirty = true;
        invalidateOverlay();
    }

    /** Repaints at the next pulse, once however many calls come before it; the window's layout stays. */
    private void invalidateOverlay() {
        overlayDirty = true;
        setNeedsLayout(true);
    }

    @Override
    protected void layoutChildren() {
        long probe = FrameProbe.enter();
        try {
            paint();
        } finally {
            FrameProbe.exit(FrameProbe.Section.MAP, probe);
        }
    }

    private void paint() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        double top = placeHeader();
        if (background.differs(w, h) || top != plotTop) {
            plotTop = top;
            background.size(w, h);
            pointer.resize(w, h);
            Rectangle2D plot = plotArea();
            for (SharpCanvas layer : List.of(overlay, fan, ghosts)) {
                layer.relocate(plot.getMinX(), plot.getMinY());
                layer.size(plot.getWidth(), plot.getHeight());
            }
            batchValley.invalidate();
            backgroundDirty = true;
            overlayDirty = true;
        }
        placeControls(plotArea());
        batchValley.layout(frame());
        if (backgroundDirty) {
            backgroundDirty = false;
            MapPainter.paint(background.getGraphicsContext2D(), w, h, frame(), surface, window.get() != null);
            fanDirty = true;
            ghostsDirty = true;
        }
        if (ghostsDirty) {
            ghostsDirty = false;
            ghosts.paint(frame());
            if (axesHessian != null && window.get() != null) {
                var gc = ghosts.getGraphicsContext2D();
                ghosts.origin(ghosts.getLayoutX(), ghosts.getLayoutY());
                List<List<Point2D>> clear = new java.util.ArrayList<>(paths.drawnPixels(frame()));
                List<Point2D> starts = TracePainter.starts(frame(), traces, start());
                starts.forEach(p -> clear.add(List.of(p)));
                axesNames = EigenAxes.paint(gc, frame(), axesFloor, axesHessian,
                        starts.stream().map(TracePainter::startLabelBounds).toList(), clear);
                axesNamesClear = !EigenAxes.crosses(axesNames, clear);
            } else {
                axesNames = List.of();
            }
        }
        if (fanDirty) {
            fanDirty = false;
            paintFan();
        }
        if (overlayDirty) {
            overlayDirty = false;
            var gc = overlay.getGraphicsContext2D();
            overlay.origin(overlay.getLayoutX(), overlay.getLayoutY());
            gc.clearRect(overlay.getLayoutX(), overlay.getLayoutY(), overlay.width(), overlay.height());
            if (window.get() != null) {
                if (paths.paint(frame(), traces, moving)) {
                    onPathsStale.accept(PathClip.scaleOf(frame()));
                }
                TracePainter.paint(gc, frame(), traces, start(), !stepArrowsShown(), miniBatchSizes, dataSize);
                labels.show(frame(), traces, start());
                if (axesNamesClear && EigenAxes.crosses(axesNames, paths.drawnPixels(frame()))) {
                    ghostsDirty = true; // a run reached the axes' names: they move out of its way at the next pulse
                    setNeedsLayout(true);
                }
            } else {
                paths.paint(frame(), List.of(), false);
                labels.hide();
            }
        }
    }

    private void paintFan() {
        fan.paint(frame());
        if (!moving && window.get() != null && fan.stale(frame())) {
            onFanStale.accept(PathClip.scaleOf(frame()));
        }
    }

    /**
     * Lays the header out above the plot (buttons, κ, the legend of the runs and of the fan), again
     * only when what it holds or the width changed; returns where the plot starts under it.
     */
    private double placeHeader() {
        List<Legend.Entry> entries = Legend.entries(traces, fan.fan());
        boolean buttons = fitButton.isVisible();
        Object key = List.of(Math.floor(getWidth()), buttons, java.util.Objects.toString(axesHessian), entries,
                fitButton.getFont(), batchValley.toggle().getFont());
        if (!key.equals(headerKey)) {
            headerKey = key;
            header = MapHeader.place(MapFrame.plotRight(Math.floor(getWidth())), buttons, fitButton,
                    batchValley.toggle(), condition, axesHessian, entries);
            labels.showLegend(header.legend());
        }
        return header.plotTop();
    }

    private void placeControls(Rectangle2D plot) {
        placeReadout();
        status.setMaxWidth(Math.max(60, plot.getWidth() - 20));
        status.autosize();
        status.relocate(plot.getMinX() + (plot.getWidth() - status.getWidth()) / 2,
                plot.getMinY() + (plot.getHeight() - status.getHeight()) / 2);
    }
}
