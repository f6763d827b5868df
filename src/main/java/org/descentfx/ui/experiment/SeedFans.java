package org.descentfx.ui.experiment;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.surface.Minimum;
import org.descentfx.core.surface.Window;
import org.descentfx.core.train.Point;
import org.descentfx.engine.EngineSnapshot;
import org.descentfx.engine.PathScale;
import org.descentfx.engine.SeedFan;
import org.descentfx.ui.plot.FxThread;
import org.descentfx.ui.progress.LatestWork;
import org.descentfx.ui.progress.Work;

/**
 * The window's fan of seeds ("Run K seeds"): K descents of the experiment as it stands (data, model,
 * start, η, m, rule) with the seeds 1 … K, run off the FX thread on every core, and the full-batch
 * descent beside them. A new fan, a stop or {@link #clear} makes the one under way obsolete: it is
 * abandoned and never shown. Changing the data, the model, the start, η, m or the rule clears the fan,
 * so no picture of another experiment stays drawn.
 *
 * <p>Thread rules: every public method on the FX thread; results and progress arrive through the
 * {@code fx} executor.
 */
public final class SeedFans implements AutoCloseable {
    /** Epochs a fan runs when neither the data's presets nor the run so far suggest a number. */
    static final int FALLBACK_EPOCHS = 20;

    private final Experiment experiment;
    private final Executor fx;
    private final ExecutorService coordinator = Executors.newSingleThreadExecutor(daemon("descentfx-fan"));
    private final ExecutorService pool;
    private final AtomicLong latest = new AtomicLong();
    private final LatestWork work;
    private final ReadOnlyObjectWrapper<SeedFan.Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    /** The scale of the fan under way; null when none runs. */
    private PathScale pending;

    public SeedFans(Experiment experiment, Executor fx) {
        this.experiment = experiment;
        this.fx = fx;
        this.work = new LatestWork(fx);
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        this.pool = Executors.newFixedThreadPool(cores, daemon("descentfx-fan-descent"));
        for (Observable changed : List.of(experiment.datasetProperty(), experiment.modelProperty(),
                experiment.startProperty(), experiment.learningRateProperty(), experiment.miniBatchSizeProperty(),
                experiment.optimizers().optimizerProperty())) {
            changed.addListener(o -> clear());
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * The epochs a fan runs unless the learner says otherwise: those the data's presets propose, else
     * the epoch the run has reached, else {@value #FALLBACK_EPOCHS}.
     */
    public int defaultEpochs() {
        var presets = BuiltInDatasets.presetsOf(experiment.datasetProperty().get().name());
        if (presets.epochs().isPresent()) {
            return presets.epochs().getAsInt();
        }
        EngineSnapshot s = experiment.snapshotProperty().get();
        long reached = s == null ? 0 : s.primary().epoch();
        return (int) Math.min(SeedFan.MAX_EPOCHS, reached >= 1 ? reached : FALLBACK_EPOCHS);
    }

    /** Runs K = {@code seeds} descents of {@code epochs} epochs each, their paths thinned for {@code scale}. */
    public void run(int seeds, int epochs, PathScale scale) {
        FxThread.check(this);
        Point start = experiment.startProperty().get();
        var model = experiment.modelProperty().get();
        var data = experiment.datasetProperty().get();
        // the window the app frames for this data: the valleys counted are those the map marks after Fit
        Window valleys = Window.around(Minimum.of(model, data, start), start, 0.35, 1.0);
        start(new SeedFan.Setup(data, model, start, experiment.hyperparameters(),
                experiment.optimizers().optimizerProperty().get(), seeds, epochs, valleys), scale);
    }

    /**
     * The map now shows {@code scale}: a fan whose paths were thinned for a coarser one runs again,
     * exactly, for this one (the old paths stay drawn until it arrives).
     */
    public void rescale(PathScale scale) {
        FxThread.check(this);
        SeedFan.Result shown = result.get();
        boolean underWay = pending != null && pending.serves(scale);
        if (shown != null && !shown.scale().serves(scale) && !underWay) {
            start(shown.setup(), scale);
        }
    }

    private void start(SeedFan.Setup setup, PathScale scale) {
        long id = latest.incrementAndGet();
        pending = scale;
        String what = String.format("Running %d seeds × %,d epochs (m = %d)", setup.seeds(), setup.epochs(),
                setup.miniBatchSize());
        work.report(Work.of(what, 0, 1));
        coordinator.execute(() -> compute(id, setup, scale, what));
    }

    private void compute(long id, SeedFan.Setup setup, PathScale scale, String what) {
        try {
            SeedFan.Result r = SeedFan.run(setup, scale, pool, (done, of) -> {
                if (latest.get() == id) {
                    work.report(Work.of(what + ": " + done + " of " + of + " descents", done, of));
                }
            }, () -> latest.get() != id);
            fx.execute(() -> {
                if (latest.get() == id) {
                    pending = null;
                    result.set(r);
                }
            });
        } catch (CancellationException obsolete) {
            // a newer fan, a stop or a clear took over
        } catch (RuntimeException e) {
            System.err.println("DescentFX: the fan of seeds failed: " + e.getMessage());
            fx.execute(() -> {
                if (latest.get() == id) {
                    pending = null; // a later rescale may try again
                }
            });
        } finally {
            if (latest.get() == id) {
                work.clear();
            }
        }
    }

    /** Stops the fan under way, if any; the fan shown stays. */
    public void cancel() {
        FxThread.check(this);
        latest.incrementAndGet();
        pending = null;
        work.clear();
    }

    /** Stops the fan under way and takes the one shown away. */
    public void clear() {
        FxThread.check(this);
        cancel();
        result.set(null);
    }

    /** The fan shown; null when none. */
    public ReadOnlyObjectProperty<SeedFan.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The fan under way, for the progress strip; null when none. */
    public ReadOnlyObjectProperty<Work> workProperty() {
        return work.property();
    }

    @Override
    public void close() {
        latest.incrementAndGet();
        coordinator.shutdownNow();
        pool.shutdownNow();
    }
}
