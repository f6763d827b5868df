package org.descentfx.ui.map;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Rectangle;
import org.descentfx.core.train.Point;
import org.descentfx.engine.GeometricPath;
import org.descentfx.ui.plot.Trace;

/**
 * The descents' paths on the map, one {@link PathLayer} per run shown, stacked in the runs' order
 * (the first at the bottom) and cut to the plot. Each frame strokes only what is new of each path.
 * FX thread only.
 */
final class TraceLayers {
    private final Group group = new Group();
    private final Rectangle clip = new Rectangle();
    private final List<PathLayer> layers = new ArrayList<>();
    private List<Trace> shown = List.of();

    TraceLayers() {
        group.setClip(clip);
        group.setMouseTransparent(true);
    }

    Node node() {
        return group;
    }

    /**
     * Draws each visible trace's path, thinned by geometry for this frame's scale (or, until a rebuild
     * for a new scale arrives, and while the window is {@code moving} by hand, the last one). Returns
     * whether a path needs that rebuild.
     */
    boolean paint(MapFrame frame, List<Trace> traces, boolean moving) {
        Rectangle2D plot = frame.plot();
        clip.setX(plot.getMinX());
        clip.setY(plot.getMinY());
        clip.setWidth(plot.getWidth());
        clip.setHeight(plot.getHeight());
        shown = traces.stream().filter(Trace::visible).toList();
        while (layers.size() < shown.size()) {
            PathLayer layer = new PathLayer();
            layers.add(layer);
            group.getChildren().addAll(layer.nodes());
        }
        boolean stale = false;
        for (int i = 0; i < shown.size(); i++) {
            Trace t = shown.get(i);
            GeometricPath path = moving && t.history() != null ? t.history().path() : null;
            if (path == null) {
                path = PathClip.pathOf(t.history(), frame);
                // none at all (a step back cut it) is stale too: a replay draws it again
                stale |= t.history() != null && t.history().size() > 0
                        && (path == null || path != t.history().pathFor(PathClip.scaleOf(frame)));
            }
            layers.get(i).paint(frame, path, t.current(), t.color());
        }
        for (int i = shown.size(); i < layers.size(); i++) {
            layers.get(i).setVisible(false);
        }
        return stale;
    }

    /** Per trace drawn, in order, the polylines stroked for its path, in (w, b) of {@code frame}. */
    List<List<List<Point>>> drawnPaths(MapFrame frame) {
        List<List<List<Point>>> out = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            out.add(layers.get(i).drawn().stream()
                    .map(line -> line.stream().map(px -> frame.toParameters(px.getX(), px.getY())).toList())
                    .toList());
        }
        return out;
    }

    /** The polylines stroked for every shown run's path, in pixels, and each run's current point as one of its own. */
    List<List<Point2D>> drawnPixels(MapFrame frame) {
        List<List<Point2D>> out = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            out.addAll(layers.get(i).drawn());
        }
        currentPixels(frame).forEach(p -> out.add(List.of(p)));
        return out;
    }

    /** Each shown run's current point, in pixels, where it is finite. */
    List<Point2D> currentPixels(MapFrame frame) {
        return shown.stream().map(Trace::current).filter(p -> p != null && p.isFinite()).map(frame::toPixel).toList();
    }

    /** The layer of the i-th trace shown, for tests. */
    PathLayer layer(int i) {
        return layers.get(i);
    }
}
