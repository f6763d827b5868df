package org.descentfx.ui.data;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.descentfx.ui.plot.PlotFrame;

/** What the data plot says when it draws fewer examples, or rings fewer of a mini-batch, than there are. FX thread only. */
final class Thinning {
    private Thinning() {
    }

    /**
     * "every 20th example shown: 5,000 of 100,000" (in file order), "evenly spaced examples shown: …"
     * when n is no multiple of the count drawn, or "" when all {@code n} are drawn.
     */
    static String caption(int drawn, int n) {
        if (drawn >= n || drawn == 0) {
            return "";
        }
        String which = n % drawn == 0 ? "every " + ordinal(n / drawn) + " example" : "evenly spaced examples";
        return String.format(Locale.ROOT, "%s shown: %,d of %,d", which, drawn, n);
    }

    /** "ringed: 5,000 of the mini-batch's 20,000 (evenly spaced)", or "" when the whole batch is ringed. */
    static String ringNote(int ringed, int m) {
        if (ringed >= m) {
            return "";
        }
        return String.format(Locale.ROOT, "ringed: %,d of the mini-batch's %,d (evenly spaced)", ringed, m);
    }

    static void drawCaption(GraphicsContext gc, PlotFrame frame, String caption) {
        if (caption.isEmpty()) {
            return;
        }
        gc.setFont(PlotFrame.FONT);
        gc.setFill(PlotFrame.MUTED);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.fillText(caption, frame.left(), frame.top() - 3);
    }

    /** The note at the foot of the plot, on a white halo so it reads over points. */
    static void drawRingNote(GraphicsContext gc, PlotFrame frame, String note) {
        if (note.isEmpty()) {
            return;
        }
        gc.setFont(PlotFrame.FONT);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.BOTTOM);
        double x = frame.right() - 6;
        double y = frame.bottom() - 4;
        gc.setStroke(Color.WHITE);
        gc.setLineWidth(3);
        gc.strokeText(note, x, y);
        gc.setFill(DataPlotView.ACCENT.darker());
        gc.fillText(note, x, y);
    }

    private static String ordinal(long k) {
        long tens = k % 100;
        String suffix = tens >= 11 && tens <= 13 ? "th"
                : switch ((int) (k % 10)) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return k + suffix;
    }
}
