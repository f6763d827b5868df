package org.descentfx.ui.map;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import org.descentfx.core.train.Point;
import org.descentfx.ui.plot.Trace;

/**
 * The map's words that stay put while the runs play: the legend of the runs (when several share
 * the map) and of the fan, above the plot, and "start" beside the start marker. Each lies on a {@link Sticker} over the paths and
 * is drawn again only when what it says or where it stands changes, not with every frame of paths.
 * FX thread only.
 */
final class MapLabels {
    private final Sticker legend = new Sticker();
    private final Sticker start = new Sticker();

    MapLabels() {
        legend.setId("mapLegend");
    }

    /** The nodes to lay over the map's overlay. */
    List<Sticker> nodes() {
        return List.of(legend, start);
    }

    /** The legend as the header laid it out, above the plot. */
    void showLegend(Legend.Layout layout) {
        legend.show(layout, layout::bounds, gc -> Legend.paint(gc, layout));
    }

    /** "start" beside each start marker shown. */
    void show(MapFrame frame, List<Trace> traces, Point chosenStart) {
        Rectangle2D plot = frame.plot();
        List<Trace> shown = traces.stream().filter(Trace::visible).toList();
        List<Point2D> starts = TracePainter.starts(frame, shown, chosenStart);
        start.show(List.of(plot, starts), () -> labelBounds(starts, plot), gc -> starts.forEach(s -> TracePainter.startLabel(gc, s)));
    }

    void hide() {
        start.hide();
    }

    /** All the start labels, cut to the plot as the paths are. */
    private static Rectangle2D labelBounds(List<Point2D> starts, Rectangle2D plot) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Point2D s : starts) {
            Rectangle2D box = TracePainter.startLabelBounds(s);
            minX = Math.min(minX, Math.max(box.getMinX(), plot.getMinX()));
            minY = Math.min(minY, Math.max(box.getMinY(), plot.getMinY()));
            maxX = Math.max(maxX, Math.min(box.getMaxX(), plot.getMaxX()));
            maxY = Math.max(maxY, Math.min(box.getMaxY(), plot.getMaxY()));
        }
        return maxX > minX && maxY > minY ? new Rectangle2D(minX, minY, maxX - minX, maxY - minY) : null;
    }
}
