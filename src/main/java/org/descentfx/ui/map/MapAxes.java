package org.descentfx.ui.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.descentfx.ui.plot.Format;

/** The w and b axes of the map: ticks at round numbers, their values, and the two titles. */
final class MapAxes {
    static final Font TICK_FONT = Font.font("DejaVu Sans", 14);
    static final Font TITLE_FONT = Font.font("DejaVu Serif", FontWeight.NORMAL, FontPosture.ITALIC, 20);
    static final Color INK = Color.web("#222222");
    static final Color FRAME = Color.web("#555555");
    private static final double TICK_LENGTH = 6;
    private static final double[] MANTISSAS = {1, 2, 5};

    /** A tick: where it sits on its axis and how it reads. */
    record Tick(double value, String label) {
    }

    /** Maps a value of an axis to a pixel along it. */
    @FunctionalInterface
    interface Scale {
        double pixel(double value);
    }

    private MapAxes() {
    }

    static void paint(GraphicsContext gc, MapFrame frame) {
        Rectangle2D plot = frame.plot();
        gc.setStroke(FRAME);
        gc.setLineWidth(1);
        gc.strokeRect(Math.round(plot.getMinX()) - 0.5, Math.round(plot.getMinY()) - 0.5,
                Math.round(plot.getWidth()) + 1, Math.round(plot.getHeight()) + 1);
        gc.setFill(INK);
        gc.setFont(TICK_FONT);
        double bottom = plot.getMaxY() + 0.5;
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        for (Tick t : linear(frame.window().wMin(), frame.window().wMax(), plot.getWidth(), 90)) {
            double x = Math.round(frame.x(t.value())) + 0.5;
            gc.strokeLine(x, bottom, x, bottom + TICK_LENGTH);
            gc.fillText(t.label(), x, bottom + TICK_LENGTH + 3);
        }
        double left = plot.getMinX() - 0.5;
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        for (Tick t : linear(frame.window().bMin(), frame.window().bMax(), plot.getHeight(), 60)) {
            double y = Math.round(frame.y(t.value())) + 0.5;
            gc.strokeLine(left - TICK_LENGTH, y, left, y);
            gc.fillText(t.label(), left - TICK_LENGTH - 4, y);
        }
        gc.setFont(TITLE_FONT);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.fillText("w", plot.getMinX() + plot.getWidth() / 2, plot.getMaxY() + MapFrame.BOTTOM - 6);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText("b", 14, plot.getMinY() + plot.getHeight() / 2);
    }

    /** Ticks at the multiples of a 1-2-5 step in [min, max], about one every {@code spacing} pixels. */
    static List<Tick> linear(double min, double max, double pixels, double spacing) {
        List<Tick> ticks = new ArrayList<>();
        double span = max - min;
        if (!(span > 0) || !Double.isFinite(span)) {
            return ticks;
        }
        double step = niceStep(span / Math.max(1, pixels / spacing));
        long first = (long) Math.ceil(min / step - 1e-9);
        long last = (long) Math.floor(max / step + 1e-9);
        if (last - first > 1000) {
            return ticks;
        }
        for (long k = first; k <= last; k++) {
            ticks.add(new Tick(k * step, label(k * step, step)));
        }
        return ticks;
    }

    /** The smallest 1, 2 or 5 × 10^k at least {@code raw}. */
    static double niceStep(double raw) {
        double decade = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : MANTISSAS) {
            if (m * decade >= raw * (1 - 1e-9)) {
                return m * decade;
            }
        }
        return 10 * decade;
    }

    /**
     * Ticks for a scale that is not linear (the colour bar's log mapping): round values, coarse
     * steps first, each kept only if its pixel lies at least {@code gap} from every one kept
     * before. Falls back to min and max when no round value fits.
     */
    static List<Tick> rounded(double min, double max, Scale scale, double gap) {
        List<Tick> kept = new ArrayList<>();
        double span = max - min;
        if (!(span > 0) || !Double.isFinite(span)) {
            return kept;
        }
        addRounded(kept, min, max, scale, gap, true);
        if (kept.size() < 3) {
            addRounded(kept, min, max, scale, gap, false);
        }
        if (kept.size() < 2) {
            kept.clear();
            kept.add(new Tick(min, Format.bound(min, min, max)));
            kept.add(new Tick(max, Format.bound(max, min, max)));
        }
        kept.sort(Comparator.comparingDouble(Tick::value));
        return kept;
    }

    /**
     * Adds the multiples of 1-2-5 steps that fit, coarse steps first; with {@code only125}
     * only values whose leading digit is 1, 2 or 5 (the usual marks of a log axis).
     */
    private static void addRounded(List<Tick> kept, double min, double max, Scale scale, double gap,
                                   boolean only125) {
        double span = max - min;
        // a log scale spreads the bottom decades, so steps go far below the span; 400 multiples
        // of each step from the bottom up are plenty, the rest would be crowded out anyway
        for (double step = niceStep(span); step >= span * 1e-4; step = smallerStep(step)) {
            long first = (long) Math.ceil(min / step - 1e-9);
            for (long k = first; k < first + 400 && k * step <= max + span * 1e-9; k++) {
                double v = k * step;
                double p = scale.pixel(v);
                boolean free = kept.stream().allMatch(t -> Math.abs(scale.pixel(t.value()) - p) >= gap);
                if (v >= min && (!only125 || leading125(v)) && free) {
                    kept.add(new Tick(v, label(v, step)));
                }
            }
        }
    }

    private static boolean leading125(double v) {
        if (v <= 0) {
            return false;
        }
        double m = v / Math.pow(10, Math.floor(Math.log10(v) + 1e-9));
        return Math.abs(m - 1) < 1e-6 || Math.abs(m - 2) < 1e-6 || Math.abs(m - 5) < 1e-6;
    }

    /** The next 1-2-5 step below {@code step}: 10 → 5 → 2 → 1. */
    private static double smallerStep(double step) {
        double decade = Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
        double m = Math.round(step / decade);
        return m >= 5 ? 2 * decade : m >= 2 ? decade : 0.5 * decade;
    }

    /** A round value with exactly as many decimals as its step needs, a true minus sign, never "−0". */
    static String label(double v, double step) {
        if (Math.abs(v) < step * 1e-6) {
            return "0";
        }
        String s;
        if (step >= 1e-4 && Math.abs(v) < 1e6) {
            int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
            s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        } else {
            s = Format.number(v);
        }
        return s.replace('-', '\u2212');
    }
}
