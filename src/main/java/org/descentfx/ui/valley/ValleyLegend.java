package org.descentfx.ui.valley;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.text.Font;
import org.descentfx.ui.plot.Trace;

/**
 * Which colour is which run, when several share the valley: each run's name as the map and the
 * chart give it ("full batch (m = 100)"), beside a swatch of its trail and ball. It stands in the
 * corner of the view that hides the least of the surface ({@link #corner}). FX thread only.
 */
final class ValleyLegend extends VBox {
    static final Font FONT = Font.font("DejaVu Sans", 13);
    /** The space between the legend and the view's edge, in pixels. */
    static final double MARGIN = 8;
    private List<Object> shown = List.of();

    ValleyLegend() {
        setId("valley3dLegend");
        setSpacing(2);
        setPadding(new Insets(5, 8, 5, 8));
        setMouseTransparent(true);
        setStyle("-fx-background-color: rgba(255,255,255,0.86); -fx-background-radius: 5;"
                + " -fx-border-color: rgba(0,0,0,0.25); -fx-border-radius: 5;");
        setVisible(false);
    }

    /** Lists the visible runs when there are several, hides itself otherwise; true when what it says changed. */
    boolean show(List<Trace> traces) {
        List<Trace> listed = traces.size() > 1 ? traces.stream().filter(Trace::visible).toList() : List.of();
        List<Object> said = listed.stream().map(t -> (Object) List.of(t.color(), name(t))).toList();
        if (said.equals(shown)) {
            return false;
        }
        shown = said;
        getChildren().setAll(listed.stream().map(ValleyLegend::entry).toList());
        setVisible(!listed.isEmpty());
        return true;
    }

    private static String name(Trace trace) {
        return trace.diverged() ? trace.label() + " \u2014 diverged" : trace.label();
    }

    private static HBox entry(Trace trace) {
        Line line = new Line(0, 0, 22, 0);
        line.setStroke(trace.color());
        line.setStrokeWidth(3);
        Circle ball = new Circle(5, trace.color());
        StackPane swatch = new StackPane(line, ball);
        StackPane.setAlignment(ball, Pos.CENTER_RIGHT);
        swatch.setMinWidth(26);
        Label name = new Label(name(trace));
        name.setFont(FONT);
        name.setTextFill(AxesLayer.INK);
        name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox row = new HBox(8, swatch, name);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /**
     * Of the view's four corners (the top right one below {@code topRightBelow}), the place for a
     * box of {@code size} that covers the fewest of {@code surface}'s points on screen and no
     * {@code avoid} rectangle (the axes' words); ties go to the top left.
     */
    static Point2D corner(double width, double height, Point2D size, List<Point2D> surface,
                          List<Rectangle2D> avoid, double topRightBelow) {
        double w = size.getX();
        double h = size.getY();
        Point2D[] corners = {
            new Point2D(MARGIN, MARGIN),
            new Point2D(width - w - MARGIN, topRightBelow + MARGIN),
            new Point2D(MARGIN, height - h - MARGIN),
            new Point2D(width - w - MARGIN, height - h - MARGIN)};
        Point2D best = corners[0];
        double bestScore = Double.POSITIVE_INFINITY;
        for (Point2D c : corners) {
            Rectangle2D box = new Rectangle2D(c.getX(), c.getY(), Math.max(0, w), Math.max(0, h));
            double score = surface.stream().filter(p -> box.contains(p)).count();
            for (Rectangle2D r : avoid) {
                if (r.intersects(box)) {
                    score += surface.size() + 1.0;
                }
            }
            if (score < bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }
}
