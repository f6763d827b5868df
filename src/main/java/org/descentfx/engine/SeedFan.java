package org.descentfx.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.Model;
import org.descentfx.core.surface.Basins;
import org.descentfx.core.surface.Window;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.OptimizerChoice;
import org.descentfx.core.train.Point;
import org.descentfx.core.train.Run;
import org.descentfx.core.train.RunState;

/**
 * A fan of seeds: K descents from the same start with the same data, model, η, m and rule, whose
 * epochs are shuffled with the seeds 1 … K, and beside them the one full-batch descent (m = n),
 * which no seed changes. Each descent is a {@link Run} stepped exactly as {@code train} steps one,
 * so descent k of the fan is, bit for bit, the run of seed k. Each path is thinned by geometry
 * ({@link GeometricPath}) for the map's scale as it is taken; nothing else of a step is kept.
 *
 * <p>Thread rules: {@link #run} blocks the calling thread, which must not be one of {@code pool}'s;
 * the descents run on {@code pool}, one task each, and share nothing.
 */
public final class SeedFan {
    /** How many seeds a fan takes unless asked otherwise. */
    public static final int DEFAULT_SEEDS = 30;
    /** The most seeds a fan holds. */
    public static final int MAX_SEEDS = 200;
    /** The most epochs a fan runs. */
    public static final int MAX_EPOCHS = 100_000;
    /** How often (in steps) a descent looks whether it was stopped. */
    private static final long CHECK_EVERY = 1024;

    private SeedFan() {
    }

    /**
     * What a fan runs.
     *
     * @param seeds  K: the seeds are 1 … K
     * @param epochs E, the same for every descent
     * @param window where the valleys are looked for, to tell which one each descent ends in
     */
    public record Setup(Dataset data, Model model, Point start, Hyperparameters hyperparameters,
                        OptimizerChoice optimizer, int seeds, int epochs, Window window) {
        public Setup {
            Objects.requireNonNull(data, "data");
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(hyperparameters, "hyperparameters");
            Objects.requireNonNull(optimizer, "optimizer");
            Objects.requireNonNull(window, "window");
            if (seeds < 1 || seeds > MAX_SEEDS) {
                throw new IllegalArgumentException("a fan takes 1 to " + MAX_SEEDS + " seeds, not " + seeds);
            }
            if (epochs < 1 || epochs > MAX_EPOCHS) {
                throw new IllegalArgumentException("a fan runs 1 to " + MAX_EPOCHS + " epochs, not " + epochs);
            }
        }

        /** m as the runs use it: at most n. */
        public int miniBatchSize() {
            return Math.min(hyperparameters.miniBatchSize(), data.size());
        }

        /** Steps per descent: E · ⌈n/m⌉. */
        long stepsOf(int m) {
            int n = data.size();
            return (long) epochs * ((n + m - 1) / m);
        }
    }

    /**
     * One descent of the fan, at its end.
     *
     * @param seed     its shuffles' seed (that of the full-batch descent is 1: it reads no order)
     * @param path     every point it reached, thinned for the scale the fan was run for
     * @param end      where it stopped: after E epochs, or the step that diverged
     * @param cost     C of Eq. (1) at {@code end}
     * @param diverged whether it stopped early because it diverged
     * @param valley   the index in {@link Valleys#minima()} of the valley {@code end} lies in; −1 if none
     *                 or not told apart
     */
    public record Descent(long seed, GeometricPath path, Point end, double cost, boolean diverged, int valley) {
    }

    /** Told each time a descent has finished; from the pool's threads. */
    public interface Progress {
        void finished(int descents, int of);
    }

    /**
     * The fan's descents, seed 1 first, and the full-batch one; {@code valleys} says where they ended
     * when C has more than one valley in the setup's window, else null.
     */
    public record Result(Setup setup, PathScale scale, List<Descent> seeds, Descent fullBatch, Valleys valleys) {
        public Result {
            seeds = List.copyOf(seeds);
        }

        /** The final C of every seed, in seed order. */
        public double[] finalCosts() {
            return seeds.stream().mapToDouble(Descent::cost).toArray();
        }
    }

    /**
     * Runs the fan on {@code pool}, each path thinned for {@code scale}. Throws CancellationException
     * once {@code cancelled} says so (every descent looks every {@value #CHECK_EVERY} steps).
     */
    public static Result run(Setup setup, PathScale scale, ExecutorService pool, Progress progress,
                             BooleanSupplier cancelled) {
        int total = setup.seeds() + 1;
        AtomicInteger done = new AtomicInteger();
        List<Future<Descent>> futures = new ArrayList<>(total);
        int m = setup.miniBatchSize();
        Basins basins = Valleys.basinsOf(setup);
        for (long seed = 1; seed <= setup.seeds(); seed++) {
            long s = seed;
            futures.add(pool.submit(() -> told(valleyOf(descend(setup, scale, s, m, cancelled), basins), done,
                    total, progress)));
        }
        futures.add(pool.submit(() -> told(descend(setup, scale, 1, setup.data().size(), cancelled), done, total,
                progress)));
        List<Descent> descents = new ArrayList<>(total);
        try {
            for (Future<Descent> f : futures) {
                descents.add(f.get());
            }
        } catch (InterruptedException e) {
            futures.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
        Descent full = descents.remove(descents.size() - 1);
        Valleys valleys = basins == null ? null : new Valleys(basins.minima(), basins.of(setup.start()),
                descents.stream().mapToInt(Descent::valley).toArray());
        return new Result(setup, scale, descents, full, valleys);
    }

    /** The descent with the valley it ended in, where valleys are told apart. */
    private static Descent valleyOf(Descent d, Basins basins) {
        return basins == null ? d : new Descent(d.seed(), d.path(), d.end(), d.cost(), d.diverged(), basins.of(d.end()));
    }

    private static Descent told(Descent d, AtomicInteger done, int total, Progress progress) {
        progress.finished(done.incrementAndGet(), total);
        return d;
    }

    /**
     * One descent: the run of {@code seed} with mini-batches of {@code m}, E epochs or until it
     * diverges, each point appended to a path thinned for {@code scale}.
     */
    public static Descent descend(Setup setup, PathScale scale, long seed, int m, BooleanSupplier cancelled) {
        Hyperparameters h = setup.hyperparameters().withMiniBatchSize(m);
        Run run = new Run(setup.data(), setup.model(), setup.start(), h, seed, setup.optimizer());
        GeometricPath path = new GeometricPath(scale);
        path.append(0, run.w(), run.b());
        long steps = setup.stepsOf(m);
        for (long k = 1; k <= steps && run.state() == RunState.READY; k++) {
            run.stepMiniBatch();
            path.append(k, run.w(), run.b());
            if (k % CHECK_EVERY == 0 && cancelled.getAsBoolean()) {
                throw new CancellationException("the fan was stopped");
            }
        }
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("the fan was stopped");
        }
        return new Descent(seed, path, run.point(), run.cost(), run.state() == RunState.DIVERGED, -1);
    }
}
