package org.descentfx.ui.map;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.descentfx.core.surface.BatchFloor;
import org.descentfx.core.surface.BatchValley;
import org.descentfx.core.surface.Contour;
import org.descentfx.core.surface.Polyline;
import org.descentfx.core.train.Point;
import org.descentfx.ui.plot.SharpCanvas;

/**
 * The mini-batch's own valley over the map of C: faint dashed contour lines of C_X for the next
 * mini-batch X, the one of them through the current point drawn whole, where C_X is lowest marked ✕,
 * and a caption that names them. A layer of its own between the map's background and its paths, with
 * its own canvas and its toggle (#batchValleyToggle), repainted only when its valley or the frame changes.
 *
 * <p>Thread rules: FX thread only, every method.
 */
public final class BatchValleyLayer {
    /** The toggle's tooltip: what the layer shows, and its key. */
    public static final String TOOLTIP = "Show the mini-batch's valley (B): contour lines of C_X, the cost of the"
            + " next mini-batch alone,\nover the map of C. The step −η∇C_X is exact on that surface: it is"
            + " perpendicular to C_X's contours\n(in (w, b); on screen when both axes have the same scale),"
            + " not to C's.";
    static final Color INK = Color.rgb(255, 122, 60);
    private static final Color FAINT = Color.rgb(255, 122, 60, 0.62);
    private static final Color SHADOW = Color.rgb(60, 20, 0, 0.35);
    private static final Font FONT = Font.font("DejaVu Sans", 13);
    private static final double PAD = 8;
    private static final double ROW = 19;

    private final SharpCanvas canvas = new SharpCanvas();
    private final ToggleButton toggle = new ToggleButton("C_X valley");
    private BatchValley valley;
    private long step;
    private String note;
    private boolean dirty = true;
    private MapFrame painted;

    BatchValleyLayer() {
        canvas.setMouseTransparent(true);
        canvas.setId("batchValleyLayer");
        toggle.setId("batchValleyToggle");
        toggle.setFocusTraversable(false);
        toggle.setMnemonicParsing(false); // the underscore of C_X is text
        Tooltip tip = new Tooltip(TOOLTIP);
        toggle.setTooltip(tip);
        toggle.setStyle("-fx-font-size: 14px; -fx-background-radius: 6; -fx-border-radius: 6; -fx-padding: 4 10 4 10;"
                + " -fx-border-color: rgba(0,0,0,0.25);");
        toggle.selectedProperty().addListener((o, was, on) -> {
            canvas.setVisible(on);
            invalidate();
        });
        canvas.setVisible(false);
    }

    /** Whether the layer is shown: the toggle's state, for the menu and the key B to bind to. */
    public BooleanProperty shownProperty() {
        return toggle.selectedProperty();
    }

    /**
     * Draws {@code v}, the valley of the mini-batch the run takes at step {@code step}; a null
     * {@code v} draws no lines, and {@code note} (or nothing, when null) says why.
     */
    void show(BatchValley v, long step, String note) {
        this.valley = v;
        this.step = step;
        this.note = note;
        invalidate();
    }

    /** The valley drawn now, or null. */
    BatchValley valley() {
        return valley;
    }

    /** The caption under the lines, as drawn: what they are, or why there are none. */
    List<String> caption() {
        if (valley == null) {
            return note == null ? List.of() : List.of(note);
        }
        String head = "C_X contours (dashed), the batch of m = " + valley.size() + " for step " + step;
        String floor = switch (valley.floor().kind()) {
            case MINIMUM -> "\u2715 min C_X";
            case LINE -> "\u2015 min C_X: all along a line (the batch has one x)";
            case LOWEST_IN_VIEW -> "\u2715 lowest C_X in view (no minimum here)";
            case NONE -> "C_X has no finite value in view";
        };
        return List.of(head, "\u2014 C_X through the point: \u2212\u03b7\u2207C_X crosses it at a right angle", floor);
    }

    Canvas canvas() {
        return canvas;
    }

    ToggleButton toggle() {
        return toggle;
    }

    void invalidate() {
        dirty = true;
    }

    /** Sizes the canvas over the plot and repaints it if anything changed since the last paint. */
    void layout(MapFrame frame) {
        Rectangle2D plot = frame.plot();
        if (canvas.differs(plot.getWidth(), plot.getHeight())) {
            canvas.relocate(plot.getMinX(), plot.getMinY());
            canvas.size(plot.getWidth(), plot.getHeight());
            dirty = true;
        }
        if (!dirty && frame.equals(painted)) {
            return;
        }
        dirty = false;
        painted = frame;
        GraphicsContext gc = canvas.getGraphicsContext2D();
        canvas.origin(plot.getMinX(), plot.getMinY());
        gc.clearRect(plot.getMinX(), plot.getMinY(), plot.getWidth(), plot.getHeight());
        if (!toggle.isSelected()) {
            return;
        }
        if (valley != null) {
            paintValley(gc, frame, valley);
        }
        paintCaption(gc, plot, caption());
    }

    private static void paintValley(GraphicsContext gc, MapFrame frame, BatchValley v) {
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.setLineWidth(1.3);
        gc.setStroke(FAINT);
        gc.setLineDashes(7, 5);
        stroke(gc, frame, v.contours());
        gc.setLineDashes();
        gc.setLineWidth(3.2);
        gc.setStroke(SHADOW);
        stroke(gc, frame, v.through());
        gc.setLineWidth(1.8);
        gc.setStroke(INK);
        stroke(gc, frame, v.through());
        paintFloor(gc, frame, v.floor());
    }

    private static void stroke(GraphicsContext gc, MapFrame frame, List<Contour> contours) {
        for (Contour contour : contours) {
            gc.beginPath();
            for (Polyline line : contour.lines()) {
                List<Point> points = line.points();
                gc.moveTo(frame.x(points.get(0).w()), frame.y(points.get(0).b()));
                for (int i = 1; i < points.size(); i++) {
                    gc.lineTo(frame.x(points.get(i).w()), frame.y(points.get(i).b()));
                }
            }
            gc.stroke();
        }
    }

    private static void paintFloor(GraphicsContext gc, MapFrame frame, BatchFloor floor) {
        if (floor.kind() == BatchFloor.Kind.NONE) {
            return;
        }
        if (floor.kind() == BatchFloor.Kind.LINE) {
            // w·x + b = z from the window's left edge to its right
            double z = floor.point().b();
            double w0 = frame.window().wMin();
            double w1 = frame.window().wMax();
            gc.setLineWidth(2.4);
            gc.setStroke(INK);
            gc.setLineDashes(14, 4, 2, 4);
            gc.strokeLine(frame.x(w0), frame.y(z - w0 * floor.x()), frame.x(w1), frame.y(z - w1 * floor.x()));
            gc.setLineDashes();
            return;
        }
        double x = frame.x(floor.point().w());
        double y = frame.y(floor.point().b());
        for (double[] style : new double[][] {{5, 0}, {2.6, 1}}) {
            gc.setLineWidth(style[0]);
            gc.setStroke(style[1] == 0 ? Color.WHITE : INK.darker());
            gc.strokeLine(x - 7, y - 7, x + 7, y + 7);
            gc.strokeLine(x - 7, y + 7, x + 7, y - 7);
        }
    }

    /** The caption in a box at the plot's bottom right, above the w axis. */
    private static void paintCaption(GraphicsContext gc, Rectangle2D plot, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        double textWidth = lines.stream().mapToDouble(BatchValleyLayer::width).max().orElse(0);
        double w = Math.min(plot.getWidth() - 20, textWidth + 2 * PAD);
        double h = ROW * lines.size() + 2 * PAD - 4;
        double x = plot.getMaxX() - w - 10;
        double y = plot.getMaxY() - h - 10;
        gc.setFill(Color.rgb(255, 255, 255, 0.86));
        gc.fillRoundRect(x, y, w, h, 10, 10);
        gc.setStroke(Color.rgb(0, 0, 0, 0.25));
        gc.setLineWidth(1);
        gc.strokeRoundRect(x + 0.5, y + 0.5, w - 1, h - 1, 10, 10);
        gc.setFont(FONT);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.setFill(INK.darker().darker());
        for (int i = 0; i < lines.size(); i++) {
            gc.fillText(lines.get(i), x + PAD, y + PAD + ROW * i + (ROW - 4) / 2, w - 2 * PAD);
        }
    }

    private static double width(String s) {
        Text t = new Text(s);
        t.setFont(FONT);
        return t.getLayoutBounds().getWidth();
    }
}
