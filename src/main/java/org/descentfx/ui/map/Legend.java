package org.descentfx.ui.map;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.descentfx.ui.plot.Trace;

/** Which colour is which run, in the plot's top-left corner, when several runs share the map. */
final class Legend {
    private static final Font FONT = Font.font("DejaVu Sans", 14);
    private static final double PAD = 9;
    private static final double ROW = 22;
    private static final double SWATCH = 26;

    private Legend() {
    }

    /** Where {@link #paint} draws the legend of these traces, or null when there are none. */
    static Rectangle2D bounds(Rectangle2D plot, List<Trace> traces) {
        if (traces.isEmpty()) {
            return null;
        }
        double textWidth = labels(traces).stream().mapToDouble(Legend::width).max().orElse(0);
        double w = PAD + SWATCH + 8 + textWidth + PAD;
        double h = 2 * PAD + ROW * traces.size() - 4;
        return new Rectangle2D(plot.getMinX() + 10, plot.getMinY() + 10, w, h);
    }

    static void paint(GraphicsContext gc, Rectangle2D plot, List<Trace> traces) {
        Rectangle2D box = bounds(plot, traces);
        if (box == null) {
            return;
        }
        List<String> labels = labels(traces);
        double x = box.getMinX();
        double y = box.getMinY();
        double w = box.getWidth();
        double h = box.getHeight();
        gc.setFill(Color.rgb(255, 255, 255, 0.86));
        gc.fillRoundRect(x, y, w, h, 10, 10);
        gc.setStroke(Color.rgb(0, 0, 0, 0.25));
        gc.setLineWidth(1);
        gc.strokeRoundRect(x + 0.5, y + 0.5, w - 1, h - 1, 10, 10);
        gc.setFont(FONT);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < traces.size(); i++) {
            double cy = y + PAD + ROW * i + (ROW - 4) / 2;
            gc.setStroke(traces.get(i).color());
            gc.setLineWidth(3);
            gc.strokeLine(x + PAD, cy, x + PAD + SWATCH, cy);
            gc.setFill(traces.get(i).color());
            gc.fillOval(x + PAD + SWATCH - 5, cy - 5, 10, 10);
            gc.setFill(MapAxes.INK);
            gc.fillText(labels.get(i), x + PAD + SWATCH + 8, cy);
        }
    }

    private static List<String> labels(List<Trace> traces) {
        return traces.stream()
                .map(t -> t.diverged() ? t.label() + " \u2014 diverged" : t.label())
                .toList();
    }

    private static double width(String s) {
        Text t = new Text(s);
        t.setFont(FONT);
        return t.getLayoutBounds().getWidth();
    }
}
