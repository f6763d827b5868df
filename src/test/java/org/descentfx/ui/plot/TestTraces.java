package org.descentfx.ui.plot;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.IntToDoubleFunction;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.descentfx.core.train.Point;
import org.descentfx.engine.TraceHistory;
import org.testfx.util.WaitForAsyncUtils;

/** Histories, traces and pixel checks shared by the view tests. */
public final class TestTraces {
    public static final Color RED = Color.web("#d6336c");
    public static final Color BLUE = Color.web("#1c7ed6");

    private TestTraces() {
    }

    /** Steps 0..count−1, m = 10 examples per step, the given C and C_X per step. */
    public static TraceHistory history(int count, IntToDoubleFunction cost, IntToDoubleFunction batchCost) {
        TraceHistory h = new TraceHistory();
        append(h, 0, count, cost, batchCost);
        return h;
    }

    public static void append(TraceHistory h, int from, int to, IntToDoubleFunction cost, IntToDoubleFunction batchCost) {
        for (int i = from; i < to; i++) {
            h.append(i, 10L * i, 0, 0, batchCost.applyAsDouble(i), cost.applyAsDouble(i));
        }
    }

    /** A falling cost 2e^(−i/30) + 0.01 with a noisy mini-batch cost around it (NaN at the start). */
    public static TraceHistory falling(int count) {
        return history(count, TestTraces::fallingCost, i -> i == 0 ? Double.NaN : fallingCost(i) * (1 + 0.4 * Math.sin(i * 1.7)));
    }

    public static double fallingCost(int i) {
        return 2 * Math.exp(-i / 30.0) + 0.01;
    }

    public static Trace trace(String label, Color color, TraceHistory history, Point current) {
        return new Trace(label, color, history, current, null, true, false);
    }

    public static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }

    public static WritableImage snapshot(Node node) throws Exception {
        return fx(() -> node.snapshot(null, null));
    }

    public static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
                + Math.abs(a.getBlue() - b.getBlue()) < 0.12;
    }

    public static int pixelsNear(WritableImage image, Color color) {
        PixelReader r = image.getPixelReader();
        int count = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                count += near(r.getColor(x, y), color) ? 1 : 0;
            }
        }
        return count;
    }

    /** Whether some pixel within {@code radius} of (x, y) has about this colour. */
    public static boolean colourNear(WritableImage image, double x, double y, int radius, Color color) {
        PixelReader r = image.getPixelReader();
        for (int dy = -radius; dy <= radius; dy++) {
            for (int dx = -radius; dx <= radius; dx++) {
                int px = (int) Math.round(x) + dx;
                int py = (int) Math.round(y) + dy;
                if (px >= 0 && py >= 0 && px < image.getWidth() && py < image.getHeight()
                        && near(r.getColor(px, py), color)) {
                    return true;
                }
            }
        }
        return false;
    }
}
