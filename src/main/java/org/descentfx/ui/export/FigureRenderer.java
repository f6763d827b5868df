package org.descentfx.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.transform.Transform;
import org.descentfx.core.surface.Contour;
import org.descentfx.core.surface.ContourLines;
import org.descentfx.core.surface.CostGrid;
import org.descentfx.core.surface.CostSurface;
import org.descentfx.ui.experiment.SurfaceWorker;
import org.descentfx.ui.plot.PlotFrame;
import org.descentfx.ui.chart.CostChartView;
import org.descentfx.ui.data.DataPlotView;
import java.util.List;
import org.descentfx.core.train.Point;
import org.descentfx.engine.GeometricPath;
import org.descentfx.engine.PathScale;
import org.descentfx.engine.TraceHistory;
import org.descentfx.ui.map.CostMapView;

/**
 * Draws a {@link Figure} into a picture of a given pixel size, for slides and handouts, in the
 * window and in {@code render} alike. Every picture gets fresh views, laid out in a scene of their
 * own that is never shown, so the window's views are not disturbed. Text and lines are drawn at
 * {@code scale} times their size on screen and stay sharp.
 *
 * <p>Thread rules: {@link #render} on the FX thread only; {@link #writePng} on any thread.
 */
public final class FigureRenderer {
    /** The grid the map's colours and contours are computed on when the figure brings none. */
    static final int SURFACE_SIZE = SurfaceWorker.FINE_SIZE;
    /** Layout pixels between the panes of {@link FigureView#ALL}. */
    private static final double GAP = 6;

    private FigureRenderer() {
    }

    /**
     * The figure's {@code view} as a width × height picture, text and lines {@code scale} times
     * their size on screen. FX thread only.
     */
    public static WritableImage render(Figure figure, FigureView view, int width, int height, double scale) {
        return renderWithPaths(figure, view, width, height, scale, null).image();
    }

    /** Rebuilds trace i's path for the map's scale by exact replay, when its history holds too few points; or null. */
    public interface PathRebuild {
        GeometricPath rebuild(int trace, PathScale scale);
    }

    /**
     * The picture, and the map's scale and the polylines it stroked, per trace, in (w, b); the scale
     * and polylines are null for a view without the map. {@code rebuild} (or null) gives a path
     * whose history no longer holds enough for this scale. FX thread only.
     */
    public static Rendered renderWithPaths(Figure figure, FigureView view, int width, int height, double scale,
                                           PathRebuild rebuild) {
        if (width < 1 || height < 1 || !(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("a picture needs a positive size and scale, not "
                    + width + " × " + height + " at " + scale);
        }
        double w = width / scale;
        double h = height / scale;
        Pane root = new Pane();
        root.setBackground(Background.fill(PlotFrame.BACKGROUND));
        CostMapView map = view == FigureView.MAP || view == FigureView.ALL ? map(figure, scale) : null;
        switch (view) {
            case MAP -> place(root, map, 0, 0, w, h);
            case CHART -> place(root, chart(figure), 0, 0, w, h);
            case DATA -> place(root, data(figure), 0, 0, w, h);
            case ALL -> placeAll(root, figure, map, w, h);
        }
        // A scene of its own gives the views CSS. Laying it out runs the views' layoutChildren, where
        // the map paints (on screen it waits for the next pulse), so the snapshot has the final picture.
        new Scene(root, w, h, PlotFrame.BACKGROUND);
        root.applyCss();
        root.layout();
        if (map != null && rebuild != null && rebuildPaths(figure, map.pathScale(), rebuild)) {
            map.showTraces(figure.traces());
            root.layout();
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(PlotFrame.BACKGROUND);
        params.setTransform(Transform.scale(scale, scale));
        WritableImage image = root.snapshot(params, new WritableImage(width, height));
        return map == null ? new Rendered(image, null, null) : new Rendered(image, map.pathScale(), map.drawnPaths());
    }

    /** A picture, the map's scale, and per trace the polylines stroked on the map, in (w, b). */
    public record Rendered(WritableImage image, PathScale mapScale, List<List<List<Point>>> paths) {
    }

    private static boolean rebuildPaths(Figure figure, PathScale scale, PathRebuild rebuild) {
        boolean any = false;
        for (int i = 0; i < figure.traces().size(); i++) {
            TraceHistory h = figure.traces().get(i).history();
            if (h != null && h.size() > 0 && h.pathFor(scale) == null) {
                GeometricPath rebuilt = rebuild.rebuild(i, scale);
                any |= rebuilt != null && h.adoptPath(rebuilt);
            }
        }
        return any;
    }

    /** Writes {@code image} as a PNG, replacing {@code file}; the message says why that failed, for a person. */
    public static void writePng(Image image, Path file) throws IOException {
        PngWriter.write(image, file, done -> { });
    }

    /** Like the window: the map on the left, the data over the cost chart on the right. */
    private static void placeAll(Pane root, Figure figure, CostMapView map, double w, double h) {
        double mapWidth = Math.round((w - GAP) * 0.58);
        double rightX = mapWidth + GAP;
        double rightWidth = w - rightX;
        double dataHeight = Math.round((h - GAP) * 0.45);
        place(root, map, 0, 0, mapWidth, h);
        place(root, data(figure), rightX, 0, rightWidth, dataHeight);
        place(root, chart(figure), rightX, dataHeight + GAP, rightWidth, h - dataHeight - GAP);
    }

    private static void place(Pane root, Region view, double x, double y, double w, double h) {
        view.setMinSize(0, 0);
        view.setPrefSize(w, h);
        view.setMaxSize(w, h);
        view.resizeRelocate(x, y, w, h);
        view.setManaged(false);
        root.getChildren().add(view);
    }

    /** The map, its paths thinned for the picture's pixels: {@code scale} of them per layout pixel. */
    private static CostMapView map(Figure figure, double scale) {
        CostMapView map = new CostMapView();
        map.setPixelDensity(scale);
        map.setFitButtonVisible(false);
        map.setWindow(figure.window());
        Figure.Surface surface = surfaceOf(figure);
        map.showSurface(surface.grid(), surface.contours());
        map.setStart(figure.start());
        map.showTraces(figure.traces());
        map.setMiniBatchSizes(miniBatchSizes(figure), figure.data().size());
        return map;
    }

    /**
     * Each trace's mini-batch size m, read from its last step (examples seen per step), so that a
     * lone arrow is named −η∇C when m = n and −η∇C_X otherwise, as in the window; 0 where unknown.
     */
    static List<Integer> miniBatchSizes(Figure figure) {
        List<Integer> sizes = new java.util.ArrayList<>();
        for (var t : figure.traces()) {
            TraceHistory h = t.history();
            int m = 0;
            if (h != null && h.size() >= 2) {
                int last = h.size() - 1;
                long steps = h.step(last) - h.step(last - 1);
                long seen = h.examplesSeen(last) - h.examplesSeen(last - 1);
                m = steps > 0 ? (int) Math.min(figure.data().size(), seen / steps) : 0;
            }
            sizes.add(m);
        }
        return sizes;
    }

    private static CostChartView chart(Figure figure) {
        CostChartView chart = new CostChartView();
        chart.xAxisModeProperty().set(figure.xAxis());
        chart.logScaleProperty().set(figure.logScale());
        chart.show(figure.traces(), figure.data().size());
        return chart;
    }

    private static DataPlotView data(Figure figure) {
        DataPlotView plot = new DataPlotView();
        plot.showData(figure.data());
        plot.showModel(figure.model(), figure.traces());
        return plot;
    }

    /** The figure's own surface when it was computed for the figure's window; otherwise computed now. */
    private static Figure.Surface surfaceOf(Figure figure) {
        Figure.Surface given = figure.surface();
        if (given != null && given.grid().window().equals(figure.window())) {
            return given;
        }
        CostGrid grid = CostSurface.compute(figure.model(), figure.data(), figure.window(), SURFACE_SIZE, SURFACE_SIZE);
        double[] levels = SurfaceWorker.defaultLevels(grid);
        List<Contour> contours = levels.length == 0 ? List.of() : ContourLines.trace(grid, levels);
        return new Figure.Surface(grid, contours);
    }
}
