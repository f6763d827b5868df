package org.descentfx.ui;

import java.util.concurrent.Executor;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import org.descentfx.engine.EngineSnapshot;
import org.descentfx.ui.gradient.GradientView;

/**
 * The gradient view as a tab beside the contour map and the 3D valley: there it has the window's
 * largest pane, readable at 1280 × 720, while the data plot and the cost chart stay in sight. The
 * per-example gradients are summed only while the tab is shown, off the FX thread ({@link GradientFeed}).
 * FX thread only.
 */
final class GradientTab extends Tab implements AutoCloseable {
    private final GradientView view = new GradientView();
    private final GradientFeed feed;
    private EngineSnapshot newest;

    /** @param deliver runs the arrival of gradients made off the FX thread on it */
    GradientTab(Executor deliver) {
        super("Gradients");
        feed = new GradientFeed(deliver);
        setContent(view);
        setClosable(false);
        setTooltip(new Tooltip("Each example's gradient ∇C_x at the current (w, b), their mean ∇C,"
                + " and the next mini-batch's ∇C_X with its spread (Eq. (7))"));
        selectedProperty().addListener((o, was, on) -> {
            if (on && newest != null) {
                feed.show(view, newest);
            }
        });
    }

    /** Once per frame: follows a new snapshot while shown. */
    void showIfNew(EngineSnapshot s) {
        newest = s;
        if (isSelected()) {
            feed.showIfNew(view, s);
        }
    }

    /** Redraws for {@code s} while shown: a new m or next batch can come with the same point. */
    void show(EngineSnapshot s) {
        newest = s;
        if (isSelected()) {
            feed.show(view, s);
        }
    }

    /** Stops the feed's thread. */
    @Override
    public void close() {
        feed.close();
    }
}
