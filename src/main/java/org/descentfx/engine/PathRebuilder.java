package org.descentfx.engine;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.Model;
import org.descentfx.core.train.OptimizerChoice;
import org.descentfx.core.train.Point;

/**
 * Rebuilds a run's path for a new scale from an exact {@link Replay}: runs are deterministic, so
 * the replayed points are the very doubles the engine computed, and the path thinned from them
 * meets the bound at the new scale however thinned the history is. One rebuild per run at a time;
 * a request for a scale already being rebuilt is dropped.
 *
 * <p>Thread rules: {@link #request} and {@link #cancelAll} on one thread (the FX thread); the replay
 * runs on {@code background}, the result is handed to {@code onDone} through {@code fx}.
 */
public final class PathRebuilder {
    private final Executor background;
    private final Executor fx;
    private final java.util.Map<Object, Object> pending = new java.util.HashMap<>();
    private long epoch;

    public PathRebuilder(Executor background, Executor fx) {
        this.background = background;
        this.fx = fx;
    }

    /** Replays run {@code run} of {@code setup} along {@code plan} into a path at {@code scale}, then hands it over. */
    public void request(TrainingSetup setup, int run, ReplayPlan plan, PathScale scale, Consumer<GeometricPath> onDone) {
        request(TraceHistory.MAP, setup, run, plan, scale, onDone);
    }

    /** As {@link #request(TrainingSetup, int, ReplayPlan, PathScale, Consumer)}, for the path {@code view} keeps: views rebuild apart. */
    public void request(Object view, TrainingSetup setup, int run, ReplayPlan plan, PathScale scale,
                        Consumer<GeometricPath> onDone) {
        Object key = java.util.List.of(setup, plan.steps(), scale);
        Object slot = java.util.List.of(view, run);
        if (key.equals(pending.get(slot))) {
            return;
        }
        pending.put(slot, key);
        long mine = epoch;
        background.execute(() -> {
            // in a race of optimizers each run follows its own rule
            GeometricPath path = replay(setup.data(), setup.model(), setup.start(), setup.seed(),
                    setup.optimizerOf(run), plan, scale);
            fx.execute(() -> {
                if (mine == epoch && key.equals(pending.get(slot))) {
                    pending.remove(slot);
                    onDone.accept(path);
                }
            });
        });
    }

    /** Results of requests made so far are dropped (a new setup or generation began). */
    public void cancelAll() {
        epoch++;
        pending.clear();
    }

    /** The path at {@code scale} of the run the plan replays, every step of it. */
    public static GeometricPath replay(Dataset data, Model model, Point start, long seed, OptimizerChoice optimizer,
                                       ReplayPlan plan, PathScale scale) {
        return replay(data, model, start, seed, optimizer, plan, scale, null);
    }

    /** Steps between two calls of a replay's progress (and two looks at the thread's interrupt). */
    static final int PROGRESS_EVERY = 1 << 16;

    /**
     * As {@link #replay(Dataset, Model, Point, long, OptimizerChoice, ReplayPlan, PathScale)}, telling
     * {@code progress} the steps replayed every {@value #PROGRESS_EVERY} steps; an interrupt of the
     * replaying thread stops it there with a {@link java.util.concurrent.CancellationException}. A
     * null {@code progress} is told nothing, and the replay then runs to its end whatever happens.
     */
    public static GeometricPath replay(Dataset data, Model model, Point start, long seed, OptimizerChoice optimizer,
                                       ReplayPlan plan, PathScale scale, java.util.function.LongConsumer progress) {
        Replay replay = new Replay(data, model, start, seed, optimizer, plan);
        GeometricPath path = new GeometricPath(scale);
        path.append(0, replay.run().w(), replay.run().b());
        long done = 0;
        while (replay.hasNext()) {
            replay.step();
            path.append(replay.run().step(), replay.run().w(), replay.run().b());
            if (progress != null && ++done % PROGRESS_EVERY == 0) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new java.util.concurrent.CancellationException("the replay was stopped at step " + done);
                }
                progress.accept(done);
            }
        }
        return path;
    }
}
