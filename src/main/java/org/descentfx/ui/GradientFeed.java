package org.descentfx.ui;

import org.descentfx.core.gradient.GradientSpread;
import org.descentfx.core.train.Point;
import org.descentfx.engine.EngineSnapshot;
import org.descentfx.engine.TrainingSetup;
import org.descentfx.ui.gradient.GradientView;

/**
 * Feeds the gradient view from the newest snapshot: the per-example gradients are summed again only
 * when the point, data or model moved; a new m or next batch alone redraws with the same spread, so the
 * ellipses follow the m slider at once. FX thread only.
 */
final class GradientFeed {
    private EngineSnapshot shown;
    private GradientSpread spread;
    private Point at;
    private TrainingSetup setupOf;

    /** Draws {@code s} unless it is the snapshot drawn last. */
    void showIfNew(GradientView view, EngineSnapshot s) {
        if (s != shown) {
            show(view, s);
        }
    }

    void show(GradientView view, EngineSnapshot s) {
        shown = s;
        Point p = s.primary().point();
        TrainingSetup setup = s.setup();
        boolean sameSurface = setupOf != null && setupOf.data() == setup.data() && setupOf.model() == setup.model();
        if (spread == null || !sameSurface || !p.equals(at)) {
            spread = spreadAt(setup, p);
            at = p;
            setupOf = setup;
        }
        // the controls' m as the first run resolves it: the one its next step will use
        int m = setup.runs().get(0).resolve(setup.hyperparameters(), setup.data().size()).miniBatchSize();
        view.show(spread, s.nextBatch(), m);
    }

    /** The spread at p, or null where a gradient is not finite (a diverged run): the view then says so. */
    private static GradientSpread spreadAt(TrainingSetup setup, Point p) {
        if (!p.isFinite()) {
            return null;
        }
        try {
            return GradientSpread.at(setup.model(), setup.data(), p.w(), p.b());
        } catch (IllegalArgumentException notFinite) {
            return null;
        }
    }
}
