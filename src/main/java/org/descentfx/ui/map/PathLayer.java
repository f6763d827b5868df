package org.descentfx.ui.map;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.descentfx.core.train.Point;
import org.descentfx.engine.GeometricPath;
import org.descentfx.ui.plot.SharpCanvas;

/**
 * One descent's path on the map, stroked so that a frame draws only what is new. The settled
 * vertices of its {@link GeometricPath} never move, so they stay stroked on two canvases of their
 * own, the white halo on one and the run's colour on the other; each frame strokes only the
 * vertices settled since the last. The open end (from the last settled vertex to the current point),
 * which moves every frame, is two small shapes, its halo just above the settled halo and its colour
 * just above the settled colour. So, bottom to top, the four nodes are the picture one full stroke
 * of the halo and then of the colour gives: no new halo ever lies over this run's older colour, and
 * the runs stacked in order lie over each other as before. Everything is drawn again only when the
 * frame (window, size, density), the path itself (a rebuild, a rewind, a reset), its coarsening or
 * the colour changes.
 *
 * <p>What the pen is given is exactly what {@link PathClip#draw} gives it for the whole path: the
 * clip's state is carried from frame to frame. FX thread only.
 */
final class PathLayer {
    private final SharpCanvas halo = new SharpCanvas();
    private final SharpCanvas ink = new SharpCanvas();
    private final Path openHalo = new Path();
    private final Path openInk = new Path();
    private final PathClip.Recorder settledPen = new PathClip.Recorder();
    private List<List<Point2D>> openLines = List.of();
    private MapFrame frame;
    private GeometricPath path;
    private int coarsenings;
    private Color color;
    /** The settled vertices stroked; the clip stands after the last of them. */
    private int drawn;
    private PathClip clip;
    /** How many full redraws, and how many strokes of new vertices since the last: for tests that the work is incremental. */
    private long redraws;
    private long strokes;

    PathLayer() {
        style(openHalo, TracePainter.HALO, TracePainter.HALO_WIDTH);
        for (Node n : nodes()) {
            n.setManaged(false);
            n.setMouseTransparent(true);
        }
    }

    private static void style(Path shape, Color color, double width) {
        shape.setFill(null);
        shape.setStroke(color);
        shape.setStrokeWidth(width);
        shape.setStrokeLineCap(StrokeLineCap.ROUND);
        shape.setStrokeLineJoin(StrokeLineJoin.ROUND);
    }

    /** Bottom to top. */
    List<Node> nodes() {
        return List.of(halo, openHalo, ink, openInk);
    }

    void setVisible(boolean visible) {
        nodes().forEach(n -> n.setVisible(visible));
    }

    /** Strokes what is new of {@code path} (null: none) up to {@code current} in {@code color}, or all of it when it must. */
    void paint(MapFrame frame, GeometricPath path, Point current, Color color) {
        setVisible(true);
        if (!frame.equals(this.frame) || halo.differs(frame.plot().getWidth(), frame.plot().getHeight()) || path != this.path || !color.equals(this.color)
                || path != null && (path.coarsenings() != coarsenings || path.settled() < drawn)) {
            restart(frame, path, color);
        }
        int settled = path == null ? 0 : path.settled();
        if (settled > drawn) {
            strokeSettled(path, settled);
        }
        PathClip.Recorder open = new PathClip.Recorder();
        PathClip end = clip.with(open);
        end.resume();
        if (path != null) {
            end.vertices(path, drawn, path.size());
        }
        end.current(current);
        openLines = open.polylines();
        List<PathElement> elements = elements(openLines);
        openHalo.getElements().setAll(elements);
        openInk.getElements().setAll(elements(openLines));
    }

    private void restart(MapFrame frame, GeometricPath path, Color color) {
        this.frame = frame;
        this.path = path;
        this.color = color;
        coarsenings = path == null ? 0 : path.coarsenings();
        drawn = 0;
        settledPen.polylines().clear();
        redraws++;
        strokes = 0;
        style(openInk, color, TracePainter.PATH_WIDTH);
        Rectangle2D plot = frame.plot();
        for (SharpCanvas c : List.of(halo, ink)) {
            c.relocate(plot.getMinX(), plot.getMinY());
            c.size(plot.getWidth(), plot.getHeight());
            GraphicsContext gc = c.getGraphicsContext2D();
            gc.clearRect(0, 0, c.width(), c.height());
            c.origin(plot.getMinX(), plot.getMinY());
            gc.setLineCap(StrokeLineCap.ROUND);
            gc.setLineJoin(StrokeLineJoin.ROUND);
        }
        halo.getGraphicsContext2D().setStroke(TracePainter.HALO);
        halo.getGraphicsContext2D().setLineWidth(TracePainter.HALO_WIDTH);
        ink.getGraphicsContext2D().setStroke(color);
        ink.getGraphicsContext2D().setLineWidth(TracePainter.PATH_WIDTH);
        clip = PathClip.on(settledPen, frame);
    }

    /** Vertices drawn to {@code settled}: one stroke of the halo, one of the colour, over the new ones alone. */
    private void strokeSettled(GeometricPath path, int settled) {
        GraphicsContext h = halo.getGraphicsContext2D();
        GraphicsContext c = ink.getGraphicsContext2D();
        h.beginPath();
        c.beginPath();
        PathClip.Pen both = new PathClip.Pen() {
            @Override
            public void moveTo(double x, double y) {
                h.moveTo(x, y);
                c.moveTo(x, y);
                settledPen.moveTo(x, y);
            }

            @Override
            public void lineTo(double x, double y) {
                h.lineTo(x, y);
                c.lineTo(x, y);
                settledPen.lineTo(x, y);
            }
        };
        clip = clip.with(both);
        clip.resume();
        clip.vertices(path, drawn, settled);
        h.stroke();
        c.stroke();
        strokes++;
        drawn = settled;
    }

    private static List<PathElement> elements(List<List<Point2D>> lines) {
        List<PathElement> out = new ArrayList<>();
        for (List<Point2D> line : lines) {
            out.add(new MoveTo(line.get(0).getX(), line.get(0).getY()));
            for (int i = 1; i < line.size(); i++) {
                out.add(new LineTo(line.get(i).getX(), line.get(i).getY()));
            }
        }
        return out;
    }

    /** The polylines stroked, in pixels: the settled ones, then the open end. */
    List<List<Point2D>> drawn() {
        List<List<Point2D>> out = new ArrayList<>(settledPen.polylines());
        out.addAll(openLines);
        return out;
    }

    /** Full redraws since this layer was made. */
    long redraws() {
        return redraws;
    }

    /** Strokes of newly settled vertices since the last full redraw (each a halo's and a colour's). */
    long strokes() {
        return strokes;
    }
}
