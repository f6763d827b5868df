package org.descentfx.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.descentfx.core.gradient.GradientSpread;
import org.descentfx.core.train.Point;
import org.descentfx.engine.EngineSnapshot;
import org.descentfx.engine.TrainingSetup;
import org.descentfx.ui.gradient.DensityCells;
import org.descentfx.ui.gradient.GradientView;

/**
 * Feeds the gradient view from the newest snapshot. The n per-example gradients at a new point (and,
 * above 5,000 examples, their count into the density's cells) are an O(n) pass: they are made on the
 * feed's own thread, and the view shows them when they arrive, with the mini-batch and m of the
 * snapshot they were made for, so everything drawn belongs to one point. A new m or next batch at the
 * same point redraws at once with the spread already made, so the ellipses follow the m slider.
 *
 * <p>Thread rules: {@link #show} and {@link #showIfNew} on the FX thread; the sums on the thread
 * "descentfx-gradients", where a request that a newer one has overtaken is skipped; results come
 * through the {@code deliver} executor (the FX thread in the app), each shown unless a newer one has
 * been shown already.
 */
final class GradientFeed implements AutoCloseable {
    private record Made(long id, EngineSnapshot snapshot, GradientSpread spread, DensityCells counted) {
    }

    private final Executor deliver;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "descentfx-gradients");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong latest = new AtomicLong();
    private EngineSnapshot shown;
    private long shownId;
    private GradientSpread spread;
    private DensityCells counted;
    private Point at;
    private TrainingSetup setupOf;

    GradientFeed(Executor deliver) {
        this.deliver = deliver;
    }

    /** Draws {@code s} unless it is the snapshot drawn last. */
    void showIfNew(GradientView view, EngineSnapshot s) {
        if (s != shown) {
            show(view, s);
        }
    }

    void show(GradientView view, EngineSnapshot s) {
        shown = s;
        if (isAt(s)) {
            view.show(spread, counted, s.nextBatch(), miniBatchSize(s));
            return;
        }
        long id = latest.incrementAndGet();
        double[] plot = view.plotSize();
        worker.execute(() -> make(view, id, s, plot));
    }

    /** Whether the spread made last is the one at {@code s}'s point, on its data and model. */
    private boolean isAt(EngineSnapshot s) {
        TrainingSetup setup = s.setup();
        return setupOf != null && setupOf.data() == setup.data() && setupOf.model() == setup.model()
                && s.primary().point().equals(at);
    }

    private void make(GradientView view, long id, EngineSnapshot s, double[] plot) {
        if (latest.get() != id) {
            return; // overtaken before it started: the newer request follows in the queue
        }
        GradientSpread made = spreadAt(s.setup(), s.primary().point());
        Made result = new Made(id, s, made, GradientView.precount(made, plot));
        deliver.execute(() -> arrive(view, result));
    }

    private void arrive(GradientView view, Made m) {
        if (m.id() <= shownId) {
            return;
        }
        shownId = m.id();
        spread = m.spread();
        counted = m.counted();
        at = m.snapshot().primary().point();
        setupOf = m.snapshot().setup();
        // the newest snapshot's batch if it is still at this point, else the one the spread was made for
        EngineSnapshot s = isAt(shown) ? shown : m.snapshot();
        view.show(spread, counted, s.nextBatch(), miniBatchSize(s));
    }

    /** The controls' m as the first run resolves it: the one its next step will use. */
    private static int miniBatchSize(EngineSnapshot s) {
        TrainingSetup setup = s.setup();
        return setup.runs().get(0).resolve(setup.hyperparameters(), setup.data().size()).miniBatchSize();
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

    @Override
    public void close() {
        latest.incrementAndGet();
        worker.shutdownNow();
    }
}
