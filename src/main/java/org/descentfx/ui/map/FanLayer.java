package org.descentfx.ui.map;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.descentfx.core.train.Point;
import org.descentfx.engine.SeedFan;
import org.descentfx.ui.plot.RunColors;
import org.descentfx.ui.plot.SharpCanvas;

/**
 * The map's layer for a fan of seeds, under the live paths: each seed's path faint, its end a dot, the
 * full-batch descent dashed over a halo; the legend above the plot says which is which. It
 * covers the plot alone (its edges cut the paths) and is painted again only when the fan or the frame
 * changes, not with every frame of the live runs. The paths are the fan's, thinned by geometry for the
 * scale the fan was run for; with the merge of {@link PathClip} every point lies within 1.5 px of what
 * is drawn at that scale. At a finer scale the fan must run again ({@link #stale}). FX thread only.
 */
final class FanLayer extends SharpCanvas {
    static final Color SEED_INK = Color.web("#e4002b", 0.16);
    private static final Color END_INK = Color.web("#7a0017", 0.75);
    private static final double SEED_WIDTH = 1.1;

    private SeedFan.Result fan;

    FanLayer() {
        setId("seedFanLayer");
        setMouseTransparent(true);
    }

    /** The fan to draw, or null for none. */
    void show(SeedFan.Result result) {
        fan = result;
    }

    SeedFan.Result fan() {
        return fan;
    }

    /** Whether the fan's paths were thinned for a coarser scale than {@code frame}'s: then they must be run again. */
    boolean stale(MapFrame frame) {
        return fan != null && !fan.scale().serves(PathClip.scaleOf(frame));
    }

    /**
     * Paints the fan in the map's coordinates (the canvas stands at the plot's corner); its key is the
     * legend's, above the plot ({@link Legend#entries}).
     */
    void paint(MapFrame frame) {
        GraphicsContext gc = getGraphicsContext2D();
        origin(0, 0);
        gc.clearRect(0, 0, width(), height());
        if (fan == null) {
            return;
        }
        gc.save();
        origin(getLayoutX(), getLayoutY());
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        for (SeedFan.Descent d : fan.seeds()) {
            PathClip.path(gc, frame, d.path(), d.end());
            gc.setStroke(SEED_INK);
            gc.setLineWidth(SEED_WIDTH);
            gc.stroke();
        }
        gc.setFill(END_INK);
        for (SeedFan.Descent d : fan.seeds()) {
            dot(gc, frame, d.end(), 2.6);
        }
        SeedFan.Descent full = fan.fullBatch();
        PathClip.path(gc, frame, full.path(), full.end());
        gc.setStroke(TracePainter.HALO);
        gc.setLineWidth(TracePainter.HALO_WIDTH);
        gc.stroke();
        gc.setStroke(RunColors.FULL_BATCH);
        gc.setLineWidth(2);
        gc.setLineDashes(7, 5);
        gc.stroke();
        gc.setLineDashes();
        gc.setFill(RunColors.FULL_BATCH);
        dot(gc, frame, full.end(), 4);
        gc.restore();
    }

    private static void dot(GraphicsContext gc, MapFrame frame, Point p, double r) {
        if (p.isFinite()) {
            Point2D px = frame.toPixel(p);
            gc.fillOval(px.getX() - r, px.getY() - r, 2 * r, 2 * r);
        }
    }

    /** "seeds 1–30, m = 1, 200 epochs" and "full batch, m = n = 20". */
    static List<String> keyLines(SeedFan.Setup s) {
        List<String> lines = new ArrayList<>();
        lines.add("seeds 1\u2013" + s.seeds() + ", m = " + s.miniBatchSize() + ", " + s.epochs()
                + (s.epochs() == 1 ? " epoch" : " epochs"));
        lines.add("full batch, m = n = " + s.data().size());
        return lines;
    }

    /** The polylines stroked for each seed's path and then the full-batch one's, in (w, b), as {@link CostMapView#drawnPaths()}. */
    List<List<List<Point>>> drawnPaths(MapFrame frame) {
        List<List<List<Point>>> out = new ArrayList<>();
        if (fan == null) {
            return out;
        }
        List<SeedFan.Descent> all = new ArrayList<>(fan.seeds());
        all.add(fan.fullBatch());
        for (SeedFan.Descent d : all) {
            PathClip.Recorder pen = new PathClip.Recorder();
            PathClip.draw(pen, frame, d.path(), d.end());
            out.add(pen.inParameters(frame));
        }
        return out;
    }
}
