package org.descentfx.ui.map;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.descentfx.core.train.Point;
import org.descentfx.engine.Branch;
import org.descentfx.engine.GhostPath;

/**
 * The map's layer for the ghosts of the branches the runs are not on, under the live paths: each
 * ghost's points (the first run's true (w, b) on that branch from where it leaves the current one,
 * at most 2,048 of them) joined in order, every one, faint and dashed, a ring at its last step and
 * "ghost: name" beside it. Painted again only when the ghosts or the frame change. With the merge
 * of {@link PathClip} every point of a ghost lies within 0.71 px of what is stroked. FX thread only.
 */
final class GhostLayer extends Canvas {
    static final Color INK = Color.web("#2b2b2b", 0.72);
    private static final Color HALO = Color.rgb(255, 255, 255, 0.55);
    private static final Font LABEL_FONT = Font.font("DejaVu Sans", 12);
    /** The text beside a ghost: what the faint path is. */
    static final String PREFIX = "ghost: ";

    private List<Branch> ghosts = List.of();

    GhostLayer() {
        setId("ghostLayer");
        setMouseTransparent(true);
    }

    /** The branches to draw the ghosts of ({@link org.descentfx.engine.EngineSnapshot#ghosts()}); returns whether that changed. */
    boolean show(List<Branch> drawn) {
        // equal records hold the same ghost arrays: a ghost drawn again only when it is another one
        boolean changed = !drawn.equals(ghosts);
        ghosts = List.copyOf(drawn);
        return changed;
    }

    /** "ghost: name" for each ghost drawn, in order. */
    List<String> labels() {
        return ghosts.stream().map(b -> PREFIX + b.name()).toList();
    }

    /** Paints the ghosts in the map's coordinates (the canvas stands at the plot's corner). */
    void paint(MapFrame frame) {
        GraphicsContext gc = getGraphicsContext2D();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.clearRect(0, 0, getWidth(), getHeight());
        if (ghosts.isEmpty()) {
            return;
        }
        gc.save();
        gc.setTransform(1, 0, 0, 1, -getLayoutX(), -getLayoutY());
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        for (Branch b : ghosts) {
            GhostPath g = b.ghost();
            PathClip.path(gc, frame, g.w(), g.b());
            gc.setStroke(HALO);
            gc.setLineWidth(3.6);
            gc.stroke();
            gc.setStroke(INK);
            gc.setLineWidth(1.6);
            gc.setLineDashes(6, 4);
            gc.stroke();
            gc.setLineDashes();
        }
        for (Branch b : ghosts) {
            label(gc, frame, b);
        }
        gc.restore();
    }

    /** A ring at the ghost's last point and its name beside it, inside the plot. */
    private static void label(GraphicsContext gc, MapFrame frame, Branch b) {
        GhostPath g = b.ghost();
        Point end = new Point(g.w()[g.size() - 1], g.b()[g.size() - 1]);
        if (!end.isFinite()) {
            return;
        }
        Point2D p = frame.toPixel(end);
        if (!frame.plot().contains(p)) {
            return;
        }
        gc.setStroke(INK);
        gc.setLineWidth(1.6);
        gc.strokeOval(p.getX() - 4, p.getY() - 4, 8, 8);
        String text = PREFIX + b.name();
        double w = width(text);
        double x = p.getX() + 8;
        if (x + w + 4 > frame.plot().getMaxX()) {
            x = p.getX() - 8 - w;
        }
        double y = Math.max(frame.plot().getMinY() + 10, Math.min(frame.plot().getMaxY() - 10, p.getY() + 12));
        gc.setFill(Color.rgb(255, 255, 255, 0.82));
        gc.fillRoundRect(x - 4, y - 9, w + 8, 18, 8, 8);
        gc.setFont(LABEL_FONT);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.setFill(MapAxes.INK);
        gc.fillText(text, x, y);
    }

    private static double width(String s) {
        Text t = new Text(s);
        t.setFont(LABEL_FONT);
        return t.getLayoutBounds().getWidth();
    }

    /** Per ghost drawn, the polylines stroked, in (w, b), as {@link CostMapView#drawnPaths()}. */
    List<List<List<Point>>> drawnPaths(MapFrame frame) {
        List<List<List<Point>>> out = new ArrayList<>();
        for (Branch b : ghosts) {
            PathClip.Recorder pen = new PathClip.Recorder();
            PathClip.draw(pen, frame, b.ghost().w(), b.ghost().b());
            out.add(pen.inParameters(frame));
        }
        return out;
    }
}
