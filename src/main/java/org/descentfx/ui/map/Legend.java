package org.descentfx.ui.map;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.descentfx.engine.SeedFan;
import org.descentfx.ui.plot.RunColors;
import org.descentfx.ui.plot.Trace;

/**
 * Which line is which, above the plot ({@link MapHeader}), never over the valley: the runs when
 * several share the map, and the fan of seeds. The entries flow left to right and wrap into rows.
 */
final class Legend {
    private static final Font FONT = Font.font("DejaVu Sans", 14);
    static final double ROW = 22;
    private static final double SWATCH = 26;
    private static final double GAP = 16;

    /** How an entry's sample line is drawn: a run's line and dot, a faint seed's line, full batch dashed. */
    enum Mark { RUN, SEED, FULL_BATCH }

    record Entry(String label, Color color, Mark mark) {
    }

    /** Where each entry stands: its box, in the map's coordinates. */
    record Layout(List<Entry> entries, List<Rectangle2D> boxes) {
        Rectangle2D bounds() {
            if (boxes.isEmpty()) {
                return null;
            }
            double minX = boxes.stream().mapToDouble(Rectangle2D::getMinX).min().orElse(0);
            double minY = boxes.stream().mapToDouble(Rectangle2D::getMinY).min().orElse(0);
            double maxX = boxes.stream().mapToDouble(Rectangle2D::getMaxX).max().orElse(0);
            double maxY = boxes.stream().mapToDouble(Rectangle2D::getMaxY).max().orElse(0);
            return new Rectangle2D(minX, minY, maxX - minX, maxY - minY);
        }
    }

    private Legend() {
    }

    /** The runs' entries when several are shown, then the fan's two, if any. */
    static List<Entry> entries(List<Trace> traces, SeedFan.Result fan) {
        List<Entry> out = new ArrayList<>();
        List<Trace> shown = traces.stream().filter(Trace::visible).toList();
        if (traces.size() > 1) {
            shown.forEach(t -> out.add(new Entry(t.diverged() ? t.label() + " \u2014 diverged" : t.label(), t.color(), Mark.RUN)));
        }
        if (fan != null) {
            List<String> lines = FanLayer.keyLines(fan.setup());
            out.add(new Entry(lines.get(0), FanLayer.SEED_INK.deriveColor(0, 1, 1, 4), Mark.SEED));
            out.add(new Entry(lines.get(1), RunColors.FULL_BATCH, Mark.FULL_BATCH));
        }
        return out;
    }

    /**
     * Lays the entries out in rows of {@link #ROW} from (x, y): the first row ends at {@code firstEnd},
     * the next ones start at {@code left} and end at {@code right}, the second no higher than {@code secondY}.
     * An entry wider than a row gets one alone.
     */
    static Layout flow(List<Entry> entries, double x, double y, double firstEnd, double left, double right,
                       double secondY) {
        List<Rectangle2D> boxes = new ArrayList<>();
        double end = firstEnd;
        boolean rowEmpty = true;
        boolean first = true;
        for (Entry e : entries) {
            double w = SWATCH + 8 + width(e.label());
            if (!rowEmpty && x + w > end || rowEmpty && x + w > end && x > left) {
                x = left;
                y = first ? Math.max(y + ROW, secondY) : y + ROW;
                first = false;
                end = right;
                rowEmpty = true;
            }
            boxes.add(new Rectangle2D(x, y, w, ROW));
            x += w + GAP;
            rowEmpty = false;
        }
        return new Layout(List.copyOf(entries), List.copyOf(boxes));
    }

    static void paint(GraphicsContext gc, Layout layout) {
        gc.setFont(FONT);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < layout.entries().size(); i++) {
            Entry e = layout.entries().get(i);
            Rectangle2D box = layout.boxes().get(i);
            double x = box.getMinX();
            double cy = box.getMinY() + ROW / 2;
            gc.setStroke(e.color());
            gc.setLineWidth(e.mark() == Mark.RUN ? 3 : 2);
            gc.setLineDashes(e.mark() == Mark.FULL_BATCH ? new double[] {7, 5} : null);
            gc.strokeLine(x, cy, x + SWATCH, cy);
            gc.setLineDashes(null);
            if (e.mark() == Mark.RUN) {
                gc.setFill(e.color());
                gc.fillOval(x + SWATCH - 5, cy - 5, 10, 10);
            }
            gc.setFill(MapAxes.INK);
            gc.fillText(e.label(), x + SWATCH + 8, cy);
        }
    }

    static double width(String s) {
        Text t = new Text(s);
        t.setFont(FONT);
        return t.getLayoutBounds().getWidth();
    }
}
