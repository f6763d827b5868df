package org.descentfx.ui.plot;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;

/**
 * Entries of a legend laid out in rows above a plot, left to right, wrapping where the width ends:
 * a legend there never covers what the plot draws. An entry wider than the row gets a row alone.
 */
public final class HeaderRows {
    private HeaderRows() {
    }

    /** The box of each entry of the given widths, rows of {@code rowHeight} from {@code top}, between {@code left} and {@code right}. */
    public static List<Bounds> flow(double[] widths, double left, double right, double top, double rowHeight, double gap) {
        List<Bounds> boxes = new ArrayList<>(widths.length);
        double x = left;
        double y = top;
        for (double w : widths) {
            if (x > left && x + w > right) {
                x = left;
                y += rowHeight;
            }
            boxes.add(new BoundingBox(x, y, w, rowHeight));
            x += w + gap;
        }
        return boxes;
    }

    /** How many rows {@link #flow} takes. */
    public static int rows(List<Bounds> boxes) {
        return (int) boxes.stream().mapToDouble(Bounds::getMinY).distinct().count();
    }

    /** The box around all of them, or null for none. */
    public static Bounds around(List<Bounds> boxes) {
        if (boxes.isEmpty()) {
            return null;
        }
        double minX = boxes.stream().mapToDouble(Bounds::getMinX).min().orElse(0);
        double minY = boxes.stream().mapToDouble(Bounds::getMinY).min().orElse(0);
        double maxX = boxes.stream().mapToDouble(Bounds::getMaxX).max().orElse(0);
        double maxY = boxes.stream().mapToDouble(Bounds::getMaxY).max().orElse(0);
        return new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }
}
