package org.descentfx.ui.valley;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.HPos;
import javafx.geometry.Point3D;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Sphere;
import javafx.scene.text.TextAlignment;
import org.descentfx.core.surface.CostGrid;
import org.descentfx.core.train.Point;
import java.util.function.Consumer;
import org.descentfx.engine.GeometricPath;
import org.descentfx.engine.PathScale;
import org.descentfx.engine.TraceHistory;
import org.descentfx.ui.plot.FxThread;
import org.descentfx.ui.plot.Trace;

/**
 * The cost C(w, b) of Eq. (1) as a 3D valley "like Figure 1": a shaded surface in the 2D map's
 * colours, the path of each descent laid on it, and a ball where each descent is now. Drag to
 * turn it, scroll to come closer.
 *
 * <p>Where the graphics pipeline has no 3D (software rendering, a display without OpenGL) the view
 * says so in words, and every method still works: it keeps the mesh and the balls' positions, it
 * just draws nothing. FX thread only.
 */
public final class ValleyView extends Region {
    static final String UNSUPPORTED_MESSAGE = "The 3D valley needs graphics hardware acceleration (OpenGL), "
            + "which this display does not offer. The 2D map shows the same valley and descent.\n\n"
            + "With Mesa's software OpenGL (a virtual machine, a remote desktop) 3D can be forced on: start "
            + "DescentFX as\nDESCENTFX_JAVA_OPTS=-Dprism.forceGPU=true ./run.sh";

    /** The ball's radius in scene units (the valley's floor is a 200 × 200 square). */
    public static final double BALL_RADIUS = 4;
    static final double TRAIL_RADIUS = 1.1;
    /** How far the path's centre line floats above the surface: clear of it, close to the eye. */
    static final double TRAIL_LIFT = TRAIL_RADIUS + 0.6;
    /** What a drawn path was built from: when none of it changes, its tube is kept. */
    private record TrailStamp(TraceHistory history, Object path, long appended, int size, double lastW, double lastB,
                              ValleyMesh mesh) {
        static final TrailStamp NONE = new TrailStamp(null, null, 0, 0, 0, 0, null);

        static TrailStamp of(TraceHistory h, GeometricPath path, ValleyMesh mesh) {
            int n = h.size();
            return new TrailStamp(h, path, h.appended(), n, n == 0 ? 0 : h.w(n - 1), n == 0 ? 0 : h.b(n - 1), mesh);
        }
    }

    private final boolean supported = Platform.isSupported(ConditionalFeature.SCENE3D);
    private final BooleanProperty logHeight = new SimpleBooleanProperty(this, "logHeight", true);
    private final ValleyCamera camera = new ValleyCamera();
    private final ValleyScene scene3d;
    private final HBox overlay;
    private final AxesLayer axes;
    private final Group rings;
    private final ValleyLegend legend;
    private final Label message;
    private final Map<Integer, TrailStamp> stamps = new HashMap<>();
    private final Map<Integer, GrowingTrail> trails = new HashMap<>();
    private ValleyMesh mesh;
    private List<Trace> traces = List.of();
    private Point3D[] balls = new Point3D[0];
    private Consumer<PathScale> onPathsStale = scale -> { };
    private TrailScale trailScale;
    private Object trailScaleKey;
    private Object axesKey;
    private Object surfaceKey;
    private List<Point2D> surfaceSeen = List.of();
    private double dragX;
    private double dragY;

    public ValleyView() {
        setId("valley3d");
        getStyleClass().add("valley3d");
        if (supported) {
            scene3d = new ValleyScene(camera);
            overlay = overlay();
            axes = new AxesLayer();
            rings = new Group();
            rings.setManaged(false);
            rings.setMouseTransparent(true);
            legend = new ValleyLegend();
            message = null;
            getChildren().addAll(scene3d.subScene, axes, rings, legend, overlay);
            listenToMouse();
        } else {
            scene3d = null;
            overlay = null;
            axes = null;
            rings = null;
            legend = null;
            message = new Label(UNSUPPORTED_MESSAGE);
            message.setId("valley3dMessage");
            message.setWrapText(true);
            message.setTextAlignment(TextAlignment.CENTER);
            message.setAlignment(Pos.CENTER);
            message.setStyle("-fx-font-size: 15px;");
            getChildren().add(message);
        }
        logHeight.addListener((o, was, log) -> {
            if (mesh != null) {
                setMesh(ValleyMesh.of(mesh.grid(), log));
            }
        });
    }

    private HBox overlay() {
        Button reset = new Button("Reset view");
        reset.setId("valley3dResetView");
        reset.setTooltip(new Tooltip("Back to the default angle"));
        reset.setOnAction(e -> resetView());
        CheckBox log = new CheckBox("log C");
        log.setId("valley3dLogHeight");
        log.setTooltip(new Tooltip("Heights on a log scale: narrow valleys stay visible"));
        log.selectedProperty().bindBidirectional(logHeight);
        HBox box = new HBox(10, log, reset);
        box.setAlignment(Pos.CENTER_RIGHT);
        box.setStyle("-fx-background-color: rgba(255,255,255,0.8); -fx-background-radius: 4; -fx-padding: 4 6 4 8;");
        return box;
    }

    private void listenToMouse() {
        scene3d.subScene.setOnMousePressed(e -> {
            dragX = e.getSceneX();
            dragY = e.getSceneY();
        });
        scene3d.subScene.setOnMouseDragged(e -> {
            camera.drag(e.getSceneX() - dragX, e.getSceneY() - dragY);
            dragX = e.getSceneX();
            dragY = e.getSceneY();
            drawOverlay();
        });
        // a new angle may need a finer trail: look once the drag ends
        scene3d.subScene.setOnMouseReleased(e -> updateTraces());
        scene3d.subScene.setOnScroll(e -> {
            camera.zoom(e.getDeltaY());
            updateTraces();
        });
    }

    /** Shows the surface of {@code grid}, heights on the scale {@link #logHeightProperty()} chooses. */
    public void showSurface(CostGrid grid) {
        FxThread.check(this);
        setMesh(ValleyMesh.of(grid, logHeight.get()));
    }

    private void setMesh(ValleyMesh newMesh) {
        mesh = newMesh;
        if (scene3d != null) {
            scene3d.showMesh(newMesh);
        }
        updateTraces();
    }

    /**
     * Shows each visible descent: its path (grown by its new segments while it only grows, laid
     * again when the view is rescaled or zoomed or the path thinned) and its ball at
     * the current (w, b). Descents outside the surface's window, or not finite, show nothing there.
     */
    public void showTraces(List<Trace> newTraces) {
        FxThread.check(this);
        traces = List.copyOf(newTraces);
        if (legend != null && legend.show(traces)) {
            requestLayout();
        }
        updateTraces();
    }

    private void updateTraces() {
        Point3D[] centres = new Point3D[traces.size()];
        for (int i = 0; i < traces.size(); i++) {
            Trace trace = traces.get(i);
            boolean shown = mesh != null && trace.visible();
            centres[i] = shown ? ballCentre(trace.current()) : null;
            if (scene3d != null) {
                scene3d.showTrace(i, trace.color(), trailIfChanged(i, shown ? trace.history() : null), centres[i]);
            }
        }
        if (scene3d != null) {
            scene3d.hideFrom(traces.size());
        }
        stamps.keySet().removeIf(i -> i >= traces.size());
        trails.keySet().removeIf(i -> i >= traces.size());
        balls = centres;
        drawOverlay();
    }

    /** The axes (drawn again only when the camera, the pane or the mesh changed) and the rings of hidden balls. */
    private void drawOverlay() {
        if (axes == null) {
            return;
        }
        if (mesh == null) {
            axes.getChildren().clear();
            rings.getChildren().clear();
            return;
        }
        ValleyProjection projection = projection();
        Object key = viewKey();
        if (!key.equals(axesKey)) {
            axes.show(ValleyAxes.of(mesh, projection));
            axesKey = key;
            requestLayout();
        }
        List<javafx.scene.Node> circles = new java.util.ArrayList<>();
        for (BallRings.Ring ring : BallRings.of(balls, BALL_RADIUS, projection)) {
            Circle c = new Circle(ring.centre().getX(), ring.centre().getY(), ring.radius(), null);
            c.setStroke(traces.get(ring.trace()).color());
            c.setStrokeWidth(BallRings.STROKE_PX);
            c.setUserData(ring);
            circles.add(c);
        }
        rings.getChildren().setAll(circles);
    }

    /** The camera's arithmetic for the pane as it is now. */
    ValleyProjection projection() {
        double w = getWidth() > 0 ? getWidth() : computePrefWidth(-1);
        double h = getHeight() > 0 ? getHeight() : computePrefHeight(-1);
        return ValleyProjection.of(camera, w, h);
    }

    /** What the picture's geometry depends on: when it is unchanged, so are the axes and the trail's scale. */
    private Object viewKey() {
        double w = getWidth() > 0 ? getWidth() : computePrefWidth(-1);
        double h = getHeight() > 0 ? getHeight() : computePrefHeight(-1);
        return List.of(mesh, camera.azimuth(), camera.elevation(), camera.distance(), w, h);
    }

    private Point3D ballCentre(Point current) {
        return current == null ? null : mesh.above(current.w(), current.b(), BALL_RADIUS);
    }

    /**
     * The trail of path {@code index} to lay, or null when the one drawn still shows
     * {@code history}: the one drawn, grown, while its path only grew; else a new one.
     */
    private GrowingTrail trailIfChanged(int index, TraceHistory history) {
        TrailScale scale = history == null ? null : trailScale();
        GeometricPath path = history == null ? null : ValleyTrail.pathFor(history, scale);
        if (history != null && path == null) {
            onPathsStale.accept(scale.path()); // an exact replay brings the path; the best there is meanwhile
            path = ValleyTrail.best(mesh, history, scale);
        }
        TrailStamp stamp = history == null ? TrailStamp.NONE : TrailStamp.of(history, path, mesh);
        if (stamp.equals(stamps.get(index))) {
            return null;
        }
        stamps.put(index, stamp);
        GrowingTrail trail = trails.get(index);
        if (history == null) {
            trail = new GrowingTrail(mesh, null, TRAIL_LIFT, 0, TRAIL_RADIUS);
        } else if (trail == null || !trail.grows(mesh, path, scale.sag())) {
            trail = new GrowingTrail(mesh, path, TRAIL_LIFT, scale.sag(), TRAIL_RADIUS);
        }
        trails.put(index, trail);
        return trail;
    }

    /** The trail's scale for the camera and pane as they are now, computed again only when one of them changed. */
    TrailScale trailScale() {
        Object key = viewKey();
        if (!key.equals(trailScaleKey)) {
            trailScale = TrailScale.of(mesh, projection());
            trailScaleKey = key;
        }
        return trailScale;
    }

    /**
     * Called, with the scale the trail needs, when a history cannot serve it: the paths should be
     * rebuilt by exact replay under {@link #pathView()}; the best there is is drawn meanwhile.
     */
    public void setOnPathsStale(Consumer<PathScale> onPathsStale) {
        this.onPathsStale = java.util.Objects.requireNonNullElse(onPathsStale, scale -> { });
    }

    /** The key under which a history keeps this view's path, apart from the map's. */
    public static Object pathView() {
        return ValleyTrail.PATH_VIEW;
    }

    /** Back to the default angle and distance: from the front left, 35° above the floor. */
    public void resetView() {
        camera.reset();
        updateTraces();
    }

    /** Heights on a log scale (the default, as the 2D map's colours) or linear in C. */
    public BooleanProperty logHeightProperty() {
        return logHeight;
    }

    /** The mesh shown (or, without 3D, that would be), null before the first surface. */
    public ValleyMesh mesh() {
        return mesh;
    }

    /** The centre of descent {@code traceIndex}'s ball in scene units, null when it is not shown. */
    public Point3D ballPosition(int traceIndex) {
        return traceIndex >= 0 && traceIndex < balls.length ? balls[traceIndex] : null;
    }

    /** Whether the graphics pipeline draws 3D here; when not, the view shows a message instead. */
    public boolean is3dSupported() {
        return supported;
    }

    ValleyCamera camera() {
        return camera;
    }

    /** The ball node of descent {@code traceIndex}, null without 3D. */
    Sphere ballNode(int traceIndex) {
        return scene3d == null ? null : scene3d.ball(traceIndex);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (scene3d != null) {
            scene3d.resize(w, h);
            overlay.autosize();
            overlay.relocate(Math.max(0, w - overlay.getWidth() - 8), 8);
            drawOverlay();
            placeLegend(w, h);
        } else {
            double width = Math.max(0, Math.min(w - 40, 520));
            layoutInArea(message, (w - width) / 2, 0, width, h, 0, HPos.CENTER, VPos.CENTER);
        }
    }

    /** Puts the legend in the corner where it hides the least of the surface and none of the axes' words. */
    private void placeLegend(double w, double h) {
        if (!legend.isVisible() || mesh == null) {
            return;
        }
        legend.autosize();
        List<Point2D> surface = surfaceOnScreen();
        List<Rectangle2D> words = axes.getChildren().stream().filter(n -> n instanceof javafx.scene.text.Text)
                .map(n -> n.getBoundsInParent())
                .map(b -> new Rectangle2D(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight())).toList();
        Point2D at = ValleyLegend.corner(w, h, new Point2D(legend.getWidth(), legend.getHeight()), surface, words,
                overlay.getBoundsInParent().getMaxY());
        legend.relocate(at.getX(), at.getY());
    }

    /** About 2,000 of the surface's nodes, where they appear on screen (computed again when the view changes). */
    private List<Point2D> surfaceOnScreen() {
        Object key = viewKey();
        if (!key.equals(surfaceKey)) {
            ValleyProjection projection = projection();
            int columns = mesh.grid().columns();
            int nodes = columns * mesh.grid().rows();
            int stride = Math.max(1, nodes / 2000);
            List<Point2D> seen = new java.util.ArrayList<>();
            for (int i = 0; i < nodes; i += stride) {
                int c = i % columns;
                int r = i / columns;
                double height = mesh.height(c, r);
                Point2D p = Double.isNaN(height) ? null
                        : projection.project(mesh.x(mesh.grid().w(c)), -height, mesh.z(mesh.grid().b(r)));
                if (p != null) {
                    seen.add(p);
                }
            }
            surfaceSeen = seen;
            surfaceKey = key;
        }
        return surfaceSeen;
    }

    /** The axes drawn over the view, null without 3D. */
    AxesLayer axesLayer() {
        return axes;
    }

    /** The rings drawn around balls that others hide, null without 3D. */
    List<BallRings.Ring> rings() {
        return rings == null ? null
                : rings.getChildren().stream().map(n -> (BallRings.Ring) n.getUserData()).toList();
    }

    /** The legend of the runs, null without 3D. */
    ValleyLegend legend() {
        return legend;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 640;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 480;
    }
}
