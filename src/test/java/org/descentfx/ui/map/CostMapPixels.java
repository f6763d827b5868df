package org.descentfx.ui.map;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.descentfx.core.surface.CostGrid;
import org.descentfx.core.surface.Window;
import org.descentfx.core.train.Point;
import org.testfx.util.WaitForAsyncUtils;

/** Reading the map's pixels in tests, and a paraboloid to draw. */
public final class CostMapPixels {
    /** Where {@link #paraboloid} is lowest. */
    public static final Point FLOOR = new Point(1, -0.5);

    private CostMapPixels() {
    }

    /** C = (w − 1)² + (b + 0.5)² on a 101 × 101 grid over {@code window}. */
    public static CostGrid paraboloid(Window window) {
        int n = 101;
        double[] values = new double[n * n];
        for (int row = 0; row < n; row++) {
            for (int col = 0; col < n; col++) {
                double w = window.wMin() + col * window.width() / (n - 1);
                double b = window.bMin() + row * window.height() / (n - 1);
                values[row * n + col] = (w - FLOOR.w()) * (w - FLOOR.w()) + (b - FLOOR.b()) * (b - FLOOR.b());
            }
        }
        return CostGrid.of(window, n, n, values);
    }

    /** The node as it is on screen, taken on the FX thread. */
    public static WritableImage snapshot(Node node) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The smallest RGB distance to {@code c} among the pixels within {@code radius} of p. */
    public static double nearestDistance(Image image, Point2D p, Color c, int radius) {
        double best = Double.MAX_VALUE;
        int cx = (int) Math.floor(p.getX());
        int cy = (int) Math.floor(p.getY());
        for (int y = cy - radius; y <= cy + radius; y++) {
            for (int x = cx - radius; x <= cx + radius; x++) {
                best = Math.min(best, distance(image.getPixelReader().getArgb(x, y), c));
            }
        }
        return best;
    }

    public static double distance(int argb, Color c) {
        double dr = ((argb >> 16) & 0xFF) - c.getRed() * 255;
        double dg = ((argb >> 8) & 0xFF) - c.getGreen() * 255;
        double db = (argb & 0xFF) - c.getBlue() * 255;
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }

    /** Relative luminance in [0, 1] of the pixel at p. */
    public static double luminance(Image image, Point2D p) {
        Color c = image.getPixelReader().getColor((int) Math.floor(p.getX()), (int) Math.floor(p.getY()));
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }

    /** Distinct colours among every other pixel of every other row. */
    public static int distinctColours(Image image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getPixelReader().getArgb(x, y));
            }
        }
        return colours.size();
    }
}
