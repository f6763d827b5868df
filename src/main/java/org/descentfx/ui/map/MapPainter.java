package org.descentfx.ui.map;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineJoin;
import org.descentfx.core.surface.Contour;
import org.descentfx.core.surface.CostGrid;
import org.descentfx.core.surface.Polyline;
import org.descentfx.core.surface.Window;
import org.descentfx.core.train.Point;
import org.descentfx.ui.plot.ColorScale;

/**
 * The map's background layer: the cost C(w, b) as colour, its contour lines, the axes and the
 * colour bar. Painted when a surface arrives or the window or size changes, never per frame.
 */
final class MapPainter {
    static final Color PAPER = Color.WHITE;
    private static final Color NO_DATA = Color.web("#e6e6e6");

    /** A grid ready to draw: its picture, one pixel per node, and its contour lines. */
    record Surface(CostGrid grid, Image image, List<Contour> contours) {
        static Surface of(CostGrid grid, List<Contour> contours) {
            return new Surface(grid, MapPainter.image(grid), List.copyOf(contours));
        }
    }

    private MapPainter() {
    }

    /** One pixel per node, b upwards (row 0 of the grid, b = bMin, is the image's bottom row). */
    static WritableImage image(CostGrid grid) {
        int columns = grid.columns();
        int rows = grid.rows();
        double[] values = grid.values();
        int[] argb = new int[columns * rows];
        for (int row = 0; row < rows; row++) {
            int line = (rows - 1 - row) * columns;
            for (int col = 0; col < columns; col++) {
                double c = values[row * columns + col];
                // a NaN node maps to NaN, which stays transparent: nothing is known there
                argb[line + col] = ColorScale.argb(ColorScale.position(c, grid.min(), grid.max()));
            }
        }
        WritableImage image = new WritableImage(columns, rows);
        image.getPixelWriter().setPixels(0, 0, columns, rows, PixelFormat.getIntArgbInstance(), argb, 0, columns);
        return image;
    }

    static void paint(GraphicsContext gc, double width, double height, MapFrame frame, Surface surface,
                      boolean hasWindow) {
        gc.setFill(PAPER);
        gc.fillRect(0, 0, width, height);
        if (!hasWindow) {
            return;
        }
        Rectangle2D plot = frame.plot();
        gc.setFill(NO_DATA);
        gc.fillRect(plot.getMinX(), plot.getMinY(), plot.getWidth(), plot.getHeight());
        if (surface != null) {
            gc.save();
            gc.beginPath();
            gc.rect(plot.getMinX(), plot.getMinY(), plot.getWidth(), plot.getHeight());
            gc.clip();
            drawImage(gc, frame, surface);
            drawContours(gc, frame, surface);
            gc.restore();
            CostGrid grid = surface.grid();
            double[] levels = surface.contours().stream().mapToDouble(Contour::level).toArray();
            if (grid.min() < grid.max()) {
                ColorBar.paint(gc, plot, grid.min(), grid.max(), levels);
            }
        }
        MapAxes.paint(gc, frame);
    }

    /**
     * Draws the grid's picture where its own window lands in the frame's window, so a zoom or pan
     * shows the old picture at once while the new one is computed. Pixel centres are the nodes,
     * so the picture reaches half a node spacing beyond the grid's window on every side. Only the
     * visible part of the picture is drawn, however far one zooms in.
     */
    private static void drawImage(GraphicsContext gc, MapFrame frame, Surface surface) {
        CostGrid grid = surface.grid();
        Window g = grid.window();
        Window v = frame.window();
        double dw = g.width() / (grid.columns() - 1);
        double db = g.height() / (grid.rows() - 1);
        double left = g.wMin() - dw / 2;
        double top = g.bMax() + db / 2;
        double wLo = Math.max(left, v.wMin());
        double wHi = Math.min(g.wMax() + dw / 2, v.wMax());
        double bLo = Math.max(g.bMin() - db / 2, v.bMin());
        double bHi = Math.min(top, v.bMax());
        if (!(wLo < wHi) || !(bLo < bHi)) {
            return;
        }
        gc.setImageSmoothing(true);
        gc.drawImage(surface.image(),
                (wLo - left) / dw, (top - bHi) / db, (wHi - wLo) / dw, (bHi - bLo) / db,
                frame.x(wLo), frame.y(bHi), frame.x(wHi) - frame.x(wLo), frame.y(bLo) - frame.y(bHi));
    }

    private static void drawContours(GraphicsContext gc, MapFrame frame, Surface surface) {
        CostGrid grid = surface.grid();
        gc.setLineWidth(1);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        for (Contour contour : surface.contours()) {
            gc.setStroke(ContourStyle.at(ColorScale.position(contour.level(), grid.min(), grid.max())));
            gc.beginPath();
            for (Polyline line : contour.lines()) {
                List<Point> points = line.points();
                Point first = points.get(0);
                gc.moveTo(frame.x(first.w()), frame.y(first.b()));
                for (int i = 1; i < points.size(); i++) {
                    Point p = points.get(i);
                    gc.lineTo(frame.x(p.w()), frame.y(p.b()));
                }
            }
            gc.stroke();
        }
    }
}
