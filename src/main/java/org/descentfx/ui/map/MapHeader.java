package org.descentfx.ui.map;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import org.descentfx.core.curvature.Hessian;

/**
 * The band above the map's plot, so that nothing but the valley's own marks lies on the valley:
 * the C_X valley and Fit buttons at its right, κ at its left, and the legend ({@link Legend}) beside
 * κ, wrapping into as many rows as the width needs; the plot starts under the last row. κ takes the
 * longest of its wordings that fits beside the buttons, or a row of its own. FX thread only.
 */
final class MapHeader {
    /** From the view's left edge, over the b axis's margin too: the band is paper. */
    private static final double LEFT = 10;
    private static final double Y = 6;
    private static final double GAP = 8;
    /** Room left free at the right for the colour bar's title, centred over the bar beyond the plot. */
    private static final double TITLE_ROOM = 16;
    /** Below the last row, room for the b axis's top tick label, centred on the plot's top edge. */
    private static final double BELOW = 6;

    /** Where the plot starts, and the legend as laid out. */
    record Placed(double plotTop, Legend.Layout legend) {
    }

    private MapHeader() {
    }

    /**
     * Places the buttons (when {@code buttons}) and κ (when {@code h} is not null) above a plot whose
     * right edge is {@code plotRight}, and lays the legend's entries out beside them.
     */
    static Placed place(double plotRight, boolean buttons, Labeled fit, Labeled toggle, Label condition, Hessian h,
                        List<Legend.Entry> entries) {
        double right = plotRight - TITLE_ROOM;
        double rowHeight = Legend.ROW;
        double free = right;
        if (buttons) {
            fit.autosize();
            toggle.autosize();
            rowHeight = Math.max(fit.getHeight(), toggle.getHeight());
            fit.relocate(right - fit.getWidth(), Y);
            toggle.relocate(fit.getLayoutX() - GAP - toggle.getWidth(), Y);
            free = toggle.getLayoutX() - GAP;
        }
        double bottom = buttons ? Y + rowHeight : Y;
        double x = LEFT;
        double legendY = Y + (rowHeight - Legend.ROW) / 2;
        if (h != null) {
            String fits = null;
            for (String text : EigenAxes.conditionTexts(h)) {
                if (LEFT + textWidth(condition, text) <= free) {
                    fits = text;
                    break;
                }
            }
            boolean ownRow = fits == null;
            if (ownRow) {
                List<String> texts = EigenAxes.conditionTexts(h);
                fits = texts.get(texts.size() - 1);
                for (String text : texts) {
                    if (LEFT + textWidth(condition, text) <= right) {
                        fits = text;
                        break;
                    }
                }
            }
            condition.setText(fits);
            condition.setMaxWidth(Math.max(60, (ownRow ? right : free) - LEFT));
            condition.autosize();
            double cy = ownRow ? bottom + 2 : Y + (rowHeight - condition.getHeight()) / 2;
            condition.relocate(LEFT, cy);
            bottom = Math.max(bottom, cy + condition.getHeight());
            if (ownRow) {
                legendY = bottom + 4;
                free = right;
            } else {
                x = LEFT + condition.getWidth() + GAP + 8;
            }
        }
        Legend.Layout legend = Legend.flow(entries, x, legendY, free, LEFT, right, bottom + 4);
        if (legend.bounds() != null) {
            bottom = Math.max(bottom, legend.bounds().getMaxY());
        }
        return new Placed(Math.max(MapFrame.TOP, Math.ceil(bottom + BELOW)), legend);
    }

    /** The width {@code text} takes in {@code label}, its padding included. */
    private static double textWidth(Label label, String text) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(label.getFont());
        return t.getLayoutBounds().getWidth() + label.snappedLeftInset() + label.snappedRightInset() + 2;
    }
}
