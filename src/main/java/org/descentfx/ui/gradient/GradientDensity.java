package org.descentfx.ui.gradient;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.descentfx.core.gradient.GradientSpread;
import org.descentfx.ui.plot.PlotFrame;

/**
 * Draws all n per-example gradients ∇C_x as {@link DensityCells}: each cell of {@value DensityCells#CELL} px
 * shaded by the log of its count, what a cloud of 100,000 dots would show. The counts come made off the
 * FX thread when they fit this plot, else they are made here; the picture is one image of ints, written
 * again only for new counts, so a redraw for a new m or mini-batch at the same point costs one drawImage.
 * FX thread only.
 */
final class GradientDensity {
    /** The faintest and the darkest opacity of a filled cell. */
    private static final double LIGHTEST = 0.14;
    private static final double DARKEST = 0.92;

    private DensityCells counted;
    private DensityCells drawn;
    private WritableImage image;
    private int[] pixels = new int[0];
    private int recounts;

    /**
     * Draws the counts of {@code spread} into the frame's plot, {@code range} its axes; {@code precounted}
     * (or null) are counts made elsewhere, used when they were made for this plot. The caller has clipped.
     */
    void paint(GraphicsContext gc, PlotFrame frame, double[] range, GradientSpread spread, DensityCells precounted,
               Color color) {
        DensityCells.Grid grid = DensityCells.Grid.of(range, frame.right() - frame.left(), frame.bottom() - frame.top());
        if (precounted != null && precounted.isFor(spread, grid)) {
            counted = precounted;
        } else if (counted == null || !counted.isFor(spread, grid)) {
            counted = DensityCells.count(spread, grid);
            recounts++;
        }
        if (counted != drawn) {
            write(counted, color);
            drawn = counted;
        }
        gc.setImageSmoothing(false);
        gc.drawImage(image, frame.left(), frame.top(), grid.columns() * DensityCells.CELL,
                grid.rows() * DensityCells.CELL);
        gc.setImageSmoothing(true);
    }

    /** One ARGB int per cell, the opacity from a table of each count up to the fullest cell's. */
    private void write(DensityCells cells, Color color) {
        int columns = cells.grid().columns();
        int rows = cells.grid().rows();
        if (image == null || (int) image.getWidth() != columns || (int) image.getHeight() != rows) {
            image = new WritableImage(columns, rows);
            pixels = new int[columns * rows];
        }
        int rgb = ((int) Math.round(color.getRed() * 255) << 16) | ((int) Math.round(color.getGreen() * 255) << 8)
                | (int) Math.round(color.getBlue() * 255);
        double scale = Math.log1p(cells.most());
        int[] shade = new int[Math.min(cells.most(), 4096) + 1];
        for (int k = 1; k < shade.length; k++) {
            shade[k] = argb(rgb, k, scale);
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int k = cells.count(c, r);
                pixels[r * columns + c] = k < shade.length ? shade[k] : argb(rgb, k, scale);
            }
        }
        image.getPixelWriter().setPixels(0, 0, columns, rows, PixelFormat.getIntArgbInstance(), pixels, 0, columns);
    }

    private static int argb(int rgb, int count, double scale) {
        double alpha = LIGHTEST + (DARKEST - LIGHTEST) * Math.log1p(count) / scale;
        return ((int) Math.round(alpha * 255) << 24) | rgb;
    }

    /** Forgets the last counts: dots are drawn instead. */
    void clear() {
        counted = null;
    }

    /** The counts last drawn, or null when dots were drawn. */
    DensityCells counted() {
        return counted;
    }

    /** How many times the counts were made here, on the FX thread, rather than taken ready-made. */
    int recounts() {
        return recounts;
    }
}
