package org.descentfx.ui.map;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
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
import org.descentfx.ui.plot.SharpCanvas;

/**
 * The map's layer for the ghosts of the branches the runs are not on, under the live paths: each
 * ghost's points (the first run's true (w, b) on that branch from where it leaves the current one,
 * at most 2,048 of them) joined in order, every one, faint and dashed, a ring at its last step and
 * "ghost: name" beside it. Painted again only when the ghosts or the frame change. With the merge
 * of {@link PathClip} every point of a ghost lies within 0.71 px of what is stroked. FX thread only.
 */
final class GhostLayer extends SharpCanvas {
    static final Color INK = Color.web("#2b2b2b", 0.72);
    private static final Color HALO = Color.rgb(255, 255, 255, 0.55);
    private static final Font LABEL_FONT = Font.font("DejaVu Sans", 12);
    /** The text beside a ghost: what the faint path is. */
    static final String PREFIX = "ghost: ";

    private List<Branch> ghosts = List.of();
    /** Each label's width in pixels, measured once per text. */
    private final java.util.Map<String, Double> widths = new java.util.HashMap<>();

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
        origin(0, 0);
        gc.clearRect(0, 0, width(), height());
        if (ghosts.isEmpty()) {
            return;
        }
        gc.save();
        origin(getLayoutX(), getLayoutY());
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
        List<Rectangle2D> placed = new ArrayList<>();
        for (Branch b : ghosts) {
            label(gc, frame, b, placed);
        }
        gc.restore();
    }

    /**
     * A ring at the ghost's last point and its name beside it, inside the plot, on the side of the
     * ring that covers the fewest of the ghost's own points (a ghost and the path that left it often
     * run side by side, so a label over the ghost would cover both) and none of the labels placed
     * before it.
     */
    private void label(GraphicsContext gc, MapFrame frame, Branch b, List<Rectangle2D> placed) {
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
        Rectangle2D box = place(frame, g, p, widths.computeIfAbsent(text, GhostLayer::width), placed);
        placed.add(box);
        gc.setFill(Color.rgb(255, 255, 255, 0.82));
        gc.fillRoundRect(box.getMinX(), box.getMinY(), box.getWidth(), box.getHeight(), 8, 8);
        gc.setFont(LABEL_FONT);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.setFill(MapAxes.INK);
        gc.fillText(text, box.getMinX() + 4, box.getMinY() + box.getHeight() / 2);
    }

    /** The label's box: of the places round the ring inside the plot, the one over the fewest ghost points. */
    static Rectangle2D place(MapFrame frame, GhostPath g, Point2D ring, double textWidth, List<Rectangle2D> placed) {
        double w = textWidth + 8;
        double h = 18;
        double[][] offsets = {{8, 3}, {8, -21}, {-8 - w, 3}, {-8 - w, -21}, {8, 20}, {-8 - w, 20}, {8, -38}, {-8 - w, -38}};
        var plot = frame.plot();
        Rectangle2D best = null;
        long fewest = Long.MAX_VALUE;
        for (double[] o : offsets) {
            double x = Math.max(plot.getMinX() + 2, Math.min(plot.getMaxX() - w - 2, ring.getX() + o[0]));
            double y = Math.max(plot.getMinY() + 2, Math.min(plot.getMaxY() - h - 2, ring.getY() + o[1]));
            Rectangle2D box = new Rectangle2D(x, y, w, h);
            long covered = covered(frame, g, box);
            for (Rectangle2D other : placed) {
                if (other.intersects(box)) {
                    covered += 10_000;
                }
            }
            if (box.contains(ring)) {
                covered += 100_000;
            }
            if (covered < fewest) {
                fewest = covered;
                best = box;
            }
        }
        return best;
    }

    /** How many of the ghost's points lie in {@code box} or within 3 px of it. */
    private static long covered(MapFrame frame, GhostPath g, Rectangle2D box) {
        double x0 = box.getMinX() - 3;
        double x1 = box.getMaxX() + 3;
        double y0 = box.getMinY() - 3;
        double y1 = box.getMaxY() + 3;
        long n = 0;
        for (int i = 0; i < g.size(); i++) {
            Point2D q = frame.toPixel(new Point(g.w()[i], g.b()[i]));
            if (q.getX() >= x0 && q.getX() <= x1 && q.getY() >= y0 && q.getY() <= y1) {
                n++;
            }
        }
        return n;
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
