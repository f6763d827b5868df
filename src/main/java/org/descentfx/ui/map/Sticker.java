package org.descentfx.ui.map;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import org.descentfx.ui.plot.SharpCanvas;

/**
 * A small canvas laid over a view for a drawing that seldom changes, such as a legend or a label:
 * drawn again only when what it shows changes, and no larger than the drawing. A frame then pays
 * for laying a few thousand finished pixels over the view, where drawing text again (and a
 * transparent canvas as large as the view) cost the software renderer far more.
 * FX thread only.
 */
final class Sticker extends SharpCanvas {
    private static final Object NOTHING = new Object();
    private Object shown = NOTHING;
    private int draws;

    Sticker() {
        setMouseTransparent(true);
        setManaged(false);
        setVisible(false);
        setOnDensity(() -> {
            shown = NOTHING; // drawn again at the new density by the next show
            if (getParent() != null) {
                getParent().requestLayout();
            }
        });
    }

    /**
     * Shows the drawing that {@code key} stands for. Only when the key differs from the last one
     * shown does it ask for the drawing's bounds, in the parent's coordinates (null: nothing to
     * show), and run {@code draw}, which paints in the parent's coordinates too.
     */
    void show(Object key, Supplier<Rectangle2D> bounds, Consumer<GraphicsContext> draw) {
        if (Objects.equals(key, shown)) {
            return;
        }
        shown = key;
        Rectangle2D box = bounds.get();
        setVisible(box != null && box.getWidth() > 0 && box.getHeight() > 0);
        if (!isVisible()) {
            return;
        }
        double x0 = Math.floor(box.getMinX());
        double y0 = Math.floor(box.getMinY());
        relocate(x0, y0);
        size(Math.ceil(box.getMaxX()) - x0, Math.ceil(box.getMaxY()) - y0);
        origin(x0, y0);
        GraphicsContext gc = getGraphicsContext2D();
        gc.clearRect(x0, y0, width(), height());
        draw.accept(gc);
        draws++;
    }

    /** How many times it has drawn. */
    int draws() {
        return draws;
    }

    /** Shows nothing until the next {@link #show}, which then draws whatever its key. */
    void hide() {
        shown = NOTHING;
        setVisible(false);
    }
}
