package org.descentfx.ui.gradient;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.descentfx.core.gradient.GradientSpread;
import org.descentfx.ui.plot.PlotFrame;

/**
 * All n per-example gradients ∇C_x counted in square cells of {@value #CELL} px over the plot, each cell
 * shaded by the log of its count: what a cloud of 100,000 dots would show, at the cost of one pass
 * over the examples and one image of the plot's size. Every example is counted; none is left out.
 * FX thread only.
 */
final class GradientDensity {
    /** The side of a cell, in pixels. */
    static final int CELL = 3;
    /** The faintest and the darkest opacity of a filled cell. */
    private static final double LIGHTEST = 0.14;
    private static final double DARKEST = 0.92;

    private WritableImage image;
    private long counted;

    /** Counts the gradients into the frame's cells and draws them; the caller has clipped to the plot. */
    void paint(GraphicsContext gc, PlotFrame frame, GradientSpread spread, Color color) {
        int columns = Math.max(1, (int) Math.ceil((frame.right() - frame.left()) / CELL));
        int rows = Math.max(1, (int) Math.ceil((frame.bottom() - frame.top()) / CELL));
        int[] counts = count(frame, spread, columns, rows);
        int most = 0;
        for (int c : counts) {
            most = Math.max(most, c);
        }
        if (image == null || (int) image.getWidth() != columns || (int) image.getHeight() != rows) {
            image = new WritableImage(columns, rows);
        }
        PixelWriter pixels = image.getPixelWriter();
        double scale = Math.log1p(most);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int k = counts[r * columns + c];
                double alpha = k == 0 ? 0 : LIGHTEST + (DARKEST - LIGHTEST) * Math.log1p(k) / scale;
                pixels.setColor(c, r, color.deriveColor(0, 1, 1, alpha));
            }
        }
        gc.setImageSmoothing(false);
        gc.drawImage(image, frame.left(), frame.top(), columns * CELL, rows * CELL);
        gc.setImageSmoothing(true);
    }

    /** Forgets the last count: dots are drawn instead. */
    void clear() {
        counted = 0;
    }

    /** How many examples the last picture counted into its cells (all of them, when the axes hold them all). */
    long counted() {
        return counted;
    }

    private int[] count(PlotFrame frame, GradientSpread spread, int columns, int rows) {
        int[] counts = new int[columns * rows];
        long inside = 0;
        double left = frame.left();
        double top = frame.top();
        for (int i = 0; i < spread.size(); i++) {
            int c = (int) Math.floor((frame.px(spread.gw(i)) - left) / CELL);
            int r = (int) Math.floor((frame.py(spread.gb(i)) - top) / CELL);
            if (c >= 0 && c < columns && r >= 0 && r < rows) {
                counts[r * columns + c]++;
                inside++;
            }
        }
        counted = inside;
        return counts;
    }
}
