package org.descentfx.ui.map;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.TextAlignment;
import org.descentfx.ui.plot.ColorScale;
import org.descentfx.ui.plot.Format;

/**
 * The key to the map's colours, right of the plot: viridis from the grid's lowest cost (bottom)
 * to its highest (top), placed by the same log mapping as the map ({@link ColorScale#position}),
 * with round cost values and a mark at every contour level.
 */
final class ColorBar {
    static final double GAP = 22;
    static final double WIDTH = 18;
    private static final double TICK_LENGTH = 5;
    private static final double LABEL_GAP = 24;
    private static final LinearGradient RAMP = ramp(64);

    private ColorBar() {
    }

    /** Viridis upwards, t = 0 at the bottom and t = 1 at the top, as {@code stops} evenly spaced stops. */
    private static LinearGradient ramp(int stops) {
        Stop[] ramp = new Stop[stops];
        for (int i = 0; i < stops; i++) {
            double t = i / (stops - 1.0);
            ramp[i] = new Stop(t, ColorScale.color(1 - t));
        }
        return new LinearGradient(0, 0, 0, 1, true, CycleMethod.NO_CYCLE, ramp);
    }

    static void paint(GraphicsContext gc, Rectangle2D plot, double min, double max, double[] levels) {
        double x = Math.round(plot.getMaxX() + GAP);
        double top = Math.round(plot.getMinY());
        double bottom = Math.round(plot.getMaxY());
        double height = bottom - top;
        gc.setFill(RAMP);
        gc.fillRect(x, top, WIDTH, height);
        MapAxes.Scale scale = v -> bottom - ColorScale.position(v, min, max) * height;
        gc.setLineWidth(1);
        for (double level : levels) {
            gc.setStroke(ContourStyle.at(ColorScale.position(level, min, max)));
            double y = Math.round(scale.pixel(level)) + 0.5;
            gc.strokeLine(x, y, x + WIDTH, y);
        }
        gc.setStroke(MapAxes.FRAME);
        gc.strokeRect(x - 0.5, top - 0.5, WIDTH + 1, height + 1);
        gc.setFill(MapAxes.INK);
        gc.setFont(MapAxes.TICK_FONT);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        double right = x + WIDTH + 0.5;
        List<MapAxes.Tick> ticks = new ArrayList<>(MapAxes.rounded(min, max, scale, LABEL_GAP));
        if (!ticks.isEmpty() && scale.pixel(ticks.get(0).value()) <= bottom - LABEL_GAP) {
            // the floor's height, where there is room: how low the valley goes in this window
            ticks.add(new MapAxes.Tick(min, Format.bound(min, min, max)));
        }
        for (MapAxes.Tick t : ticks) {
            double y = Math.round(scale.pixel(t.value())) + 0.5;
            gc.strokeLine(right, y, right + TICK_LENGTH, y);
            gc.fillText(t.label(), right + TICK_LENGTH + 4, y);
        }
        gc.setFont(MapAxes.TITLE_FONT);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.fillText("C(w, b)", x + WIDTH / 2, top - 10);
    }
}
