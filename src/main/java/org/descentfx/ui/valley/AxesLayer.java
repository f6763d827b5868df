package org.descentfx.ui.valley;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The {@link ValleyAxes} drawn flat over the 3D view, so their words always face the reader and
 * keep their size: an axis line per edge, a short mark at each tick and its number beyond it, and
 * the axis's name (w, b, C) beyond the numbers. Rebuilt whenever the camera or the pane changes.
 * FX thread only.
 */
final class AxesLayer extends Group {
    static final Font TICK_FONT = Font.font("DejaVu Sans", 13);
    static final Font TITLE_FONT = Font.font("DejaVu Serif", FontWeight.NORMAL, FontPosture.ITALIC, 18);
    static final Color INK = Color.web("#222222");
    private static final Color FRAME = Color.web("#555555");

    private final List<Text> labels = new ArrayList<>();

    AxesLayer() {
        setManaged(false);
        setMouseTransparent(true);
    }

    /** Draws {@code axes}, replacing what was drawn. */
    void show(ValleyAxes axes) {
        labels.clear();
        List<Node> nodes = new ArrayList<>();
        double[] reach = new double[ValleyAxes.Axis.values().length];
        for (ValleyAxes.Line line : axes.lines()) {
            javafx.scene.shape.Polyline path = new javafx.scene.shape.Polyline();
            line.points().forEach(p -> path.getPoints().addAll(p.getX(), p.getY()));
            path.setStroke(FRAME);
            path.setStrokeWidth(1.2);
            nodes.add(path);
        }
        for (ValleyAxes.Tick tick : axes.ticks()) {
            Point2D p = tick.pixel();
            Point2D d = tick.outward();
            nodes.add(stroke(p, p.add(d.multiply(TickLabels.TICK_PX)), 1.2));
            Text label = text(tick.text(), TICK_FONT);
            label.setId("valley3dTick" + tick.axis());
            label.setUserData(tick);
            double extent = place(label, p, d, TickLabels.TICK_PX + TickLabels.GAP_PX);
            if (clear(label, tick, axes.ticks())) {
                reach[tick.axis().ordinal()] = Math.max(reach[tick.axis().ordinal()], extent);
                labels.add(label);
                nodes.add(label);
            }
        }
        for (ValleyAxes.Line line : axes.lines()) {
            Text title = text(line.axis().name().toLowerCase(java.util.Locale.ROOT), TITLE_FONT);
            if (line.axis() == ValleyAxes.Axis.C) {
                title.setText("C");
                place(title, line.titleAt(), line.outward(), TickLabels.TICK_PX);
            } else {
                place(title, line.titleAt(), line.outward(), TickLabels.TICK_PX + TickLabels.GAP_PX + reach[line.axis().ordinal()] + 4);
            }
            title.setId("valley3dAxisTitle" + line.axis());
            nodes.add(title);
        }
        getChildren().setAll(nodes);
    }

    /**
     * Whether a number may be drawn: it overlaps no number drawn before, and no other tick is as
     * near to it as its own (where two axes meet at a corner, it would name the wrong one).
     */
    private boolean clear(Text label, ValleyAxes.Tick own, List<ValleyAxes.Tick> ticks) {
        Bounds box = label.getBoundsInParent();
        return TickLabels.nearestTo(box, own.pixel(), ticks.stream().map(ValleyAxes.Tick::pixel).toList())
                && labels.stream().noneMatch(l -> l.getBoundsInParent().intersects(box));
    }

    /** The numbers drawn, each carrying its {@link ValleyAxes.Tick} as user data. */
    List<Text> labels() {
        return List.copyOf(labels);
    }

    private static Line stroke(Point2D a, Point2D b, double width) {
        Line line = new Line(a.getX(), a.getY(), b.getX(), b.getY());
        line.setStroke(FRAME);
        line.setStrokeWidth(width);
        return line;
    }

    private static Text text(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        t.setFill(INK);
        t.setTextOrigin(VPos.TOP);
        return t;
    }

    /**
     * Puts the text beyond {@code p} in direction {@code d}, its nearest point {@code offset} from p;
     * returns how far its far side reaches along d beyond the tick's mark and gap.
     */
    private static double place(Text t, Point2D p, Point2D d, double offset) {
        Bounds size = t.getLayoutBounds();
        Bounds b = TickLabels.box(p, d, size.getWidth(), size.getHeight(), offset);
        t.relocate(b.getMinX(), b.getMinY());
        double out = p.distance(b.getCenterX(), b.getCenterY());
        double half = Math.abs(d.getX()) * b.getWidth() / 2 + Math.abs(d.getY()) * b.getHeight() / 2;
        return out + half - TickLabels.TICK_PX - TickLabels.GAP_PX;
    }
}
