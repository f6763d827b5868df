package org.descentfx.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Point;
import org.descentfx.core.train.Run;
import org.descentfx.core.train.RunState;
import org.descentfx.core.train.Snapshot;

/**
 * The runs of one engine and how they advance together: playing always steps the run that has
 * seen the fewest examples, so every run has processed the same number of examples (give or
 * take one mini-batch) — the fair comparison of full-batch and stochastic descent.
 * Owned by the training thread; nothing here is shared.
 */
final class Lockstep {
    private static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(4);
    private static final int ARROW_LIMIT = 100_000;
    private static final int BATCH_COPY_LIMIT = 10_000;
    private static final int FIRST_CHUNK = 64;

    private final TraceQueue out;
    private final List<Run> runs = new ArrayList<>();
    private final List<TraceChunk> chunks = new ArrayList<>();
    private TrainingSetup setup;
    private Hyperparameters applied;
    private long generation;
    private boolean playing;
    private double stepsPerSecond = 30;
    private long paceStartNanos;
    private long paceStartExamples;
    private int costStride = 1;

    Lockstep(TrainingSetup setup, TraceQueue out) {
        this.out = out;
        configure(setup);
    }

    void configure(TrainingSetup newSetup) {
        // Build every run before replacing any: a setup that fails (a start that is not finite)
        // leaves the old runs in place instead of none.
        Hyperparameters h = newSetup.hyperparameters();
        int n = newSetup.data().size();
        List<Run> fresh = new ArrayList<>(newSetup.runs().size());
        for (RunSpec spec : newSetup.runs()) {
            fresh.add(new Run(newSetup.data(), newSetup.model(), newSetup.start(), spec.resolve(h, n), newSetup.seed()));
        }
        setup = newSetup;
        applied = h;
        runs.clear();
        runs.addAll(fresh);
        costStride = costStride(setup);
        restart();
    }

    /** The full C is O(n) for the sigmoid neuron: measure it about as often as an epoch's worth of work allows. */
    private static int costStride(TrainingSetup s) {
        int n = s.data().size();
        if (s.model() instanceof LinearNeuron || n <= 4096) {
            return 1;
        }
        return (int) Math.max(1, n / (4L * Math.max(1, Math.min(n, s.hyperparameters().miniBatchSize()))));
    }

    void restart() {
        generation++;
        chunks.clear();
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            run.reset();
            TraceChunk chunk = new TraceChunk(generation, i, FIRST_CHUNK);
            chunk.setInitial(run.hyperparameters());
            chunk.add(0, 0, run.w(), run.b(), Double.NaN, run.cost());
            chunks.add(chunk);
        }
        repace();
    }

    TrainingSetup setup() {
        return setup.withHyperparameters(applied);
    }

    boolean isPlaying() {
        return playing;
    }

    void setPlaying(boolean on) {
        if (on && !playing) {
            repace();
        }
        playing = on && runs.stream().anyMatch(r -> r.state() == RunState.READY);
    }

    void setSpeed(double s) {
        stepsPerSecond = s;
        repace();
    }

    private void repace() {
        paceStartNanos = System.nanoTime();
        paceStartExamples = minExamples();
    }

    /** Applies new η and m from the controls, once per mini-batch boundary. Returns whether they changed. */
    boolean applyHyperparameters(Hyperparameters h) {
        if (h.equals(applied)) {
            return false;
        }
        applied = h;
        int n = setup.data().size();
        int pacedBy = runs.get(0).hyperparameters().miniBatchSize();
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            Hyperparameters mine = setup.runs().get(i).resolve(h, n);
            if (!mine.equals(run.hyperparameters())) {
                run.setHyperparameters(mine);
                chunk(i).addChange(new TraceChunk.Change(run.step() + 1, run.examplesSeen(), mine));
            }
        }
        if (runs.get(0).hyperparameters().miniBatchSize() != pacedBy) {
            repace(); // the pace counts examples: a new m changes how many make a step
        }
        return true;
    }

    /**
     * Rebuilds the runs of {@code newSetup} and replays each to its saved state: the same η and m
     * from the same steps on, so every number is what it was when the plan was made.
     */
    void restore(TrainingSetup newSetup, List<ReplayPlan> plans) {
        if (plans.size() != newSetup.runs().size()) {
            throw new IllegalArgumentException("one plan per run: " + newSetup.runs().size() + " runs, " + plans.size() + " plans");
        }
        configure(newSetup);
        for (int i = 0; i < runs.size(); i++) {
            ReplayPlan plan = plans.get(i);
            Run run = runs.get(i);
            run.setHyperparameters(plan.initial());
            run.reset();
            chunks.get(i).setInitial(plan.initial());
            int next = 0;
            while (run.step() < plan.steps() && run.state() == RunState.READY) {
                while (next < plan.changes().size() && plan.changes().get(next).step() <= run.step() + 1) {
                    TraceChunk.Change c = plan.changes().get(next++);
                    run.setHyperparameters(c.hyperparameters());
                    chunk(i).addChange(new TraceChunk.Change(run.step() + 1, run.examplesSeen(), c.hyperparameters()));
                }
                stepAndRecord(i);
            }
            // changes made after the last step, while paused: the next step will use them
            for (; next < plan.changes().size(); next++) {
                TraceChunk.Change c = plan.changes().get(next);
                run.setHyperparameters(c.hyperparameters());
                chunk(i).addChange(new TraceChunk.Change(run.step() + 1, run.examplesSeen(), c.hyperparameters()));
            }
        }
        applied = newSetup.hyperparameters();
        repace();
    }

    void stepEach() {
        for (int i = 0; i < runs.size(); i++) {
            stepAndRecord(i);
        }
    }

    void stepEpochEach() {
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            long target = run.completedEpochs() + 1;
            while (run.completedEpochs() < target && stepAndRecord(i)) {
                // one epoch: ceil((n − position)/m) mini-batches
            }
        }
    }

    /**
     * Plays for one time slice: as many steps as the pace allows (all that fit in the slice at
     * full speed). Stops early when {@code interrupt} says a command is waiting.
     */
    boolean advance(AtomicReference<Hyperparameters> requested, BooleanSupplier interrupt) {
        long sliceEnd = System.nanoTime() + SLICE_NANOS;
        long target = targetExamples();
        boolean stepped = false;
        int sinceCheck = 0;
        while (true) {
            int i = laggingRun();
            if (i < 0) {
                playing = false;
                return stepped;
            }
            if (runs.get(i).examplesSeen() >= target) {
                return stepped;
            }
            applyHyperparameters(requested.get());
            stepAndRecord(i);
            stepped = true;
            if (++sinceCheck == 64) {
                sinceCheck = 0;
                if (System.nanoTime() >= sliceEnd || interrupt.getAsBoolean()) {
                    return true;
                }
            }
        }
    }

    /** How long to wait before the pace allows the next step. */
    long pauseNanos() {
        if (Double.isInfinite(stepsPerSecond)) {
            return 0;
        }
        long perStep = (long) (1e9 / stepsPerSecond);
        return Math.max(100_000, Math.min(perStep, TimeUnit.MILLISECONDS.toNanos(16)));
    }

    private long targetExamples() {
        if (Double.isInfinite(stepsPerSecond)) {
            return Long.MAX_VALUE;
        }
        // Pace by the first run's steps (its own m: it may be the full-batch run); the others follow by examples seen.
        int m = Math.min(runs.get(0).hyperparameters().miniBatchSize(), setup.data().size());
        double elapsed = (System.nanoTime() - paceStartNanos) / 1e9;
        return paceStartExamples + (long) Math.floor(elapsed * stepsPerSecond) * m + 1;
    }

    private int laggingRun() {
        int best = -1;
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            if (r.state() == RunState.READY && (best < 0 || r.examplesSeen() < runs.get(best).examplesSeen())) {
                best = i;
            }
        }
        return best;
    }

    private long minExamples() {
        int i = laggingRun();
        return i < 0 ? 0 : runs.get(i).examplesSeen();
    }

    private boolean stepAndRecord(int i) {
        Run run = runs.get(i);
        if (run.state() != RunState.READY) {
            return false;
        }
        boolean ok = run.stepMiniBatch();
        long step = run.step();
        double cost = (costStride == 1 || step % costStride == 0 || !ok) ? run.cost() : Double.NaN;
        chunk(i).add(step, run.examplesSeen(), run.w(), run.b(), run.lastBatchCost(), cost);
        return ok;
    }

    private TraceChunk chunk(int i) {
        TraceChunk c = chunks.get(i);
        if (c.isFull()) {
            out.add(c);
            c = new TraceChunk(generation, i, Math.min(TraceChunk.CAPACITY, 2 * c.capacity()));
            chunks.set(i, c);
        }
        return c;
    }

    /** Hands the partly filled chunks to the consumer. */
    void flushTrace() {
        for (int i = 0; i < chunks.size(); i++) {
            TraceChunk c = chunks.get(i);
            if (!c.isEmpty()) {
                out.add(c);
                chunks.set(i, new TraceChunk(generation, i, capacityAfter(c.size())));
            }
        }
    }

    /**
     * Room for twice the points a run put in its last chunk: one slice at full speed fills
     * chunks whole, a slow or full-batch run sends a few points a slice, and a chunk far larger
     * than its points would only be garbage to collect.
     */
    private static int capacityAfter(int lastSize) {
        int capacity = FIRST_CHUNK;
        while (capacity < 2 * lastSize && capacity < TraceChunk.CAPACITY) {
            capacity *= 2;
        }
        return capacity;
    }

    EngineSnapshot snapshot() {
        List<Snapshot> snaps = new ArrayList<>(runs.size());
        List<Point> arrows = new ArrayList<>(runs.size());
        for (Run run : runs) {
            snaps.add(run.snapshot());
            boolean cheap = Math.min(run.hyperparameters().miniBatchSize(), run.data().size()) <= ARROW_LIMIT;
            arrows.add(run.state() == RunState.READY && (cheap || !playing) ? run.nextStepVector() : null);
        }
        Run first = runs.get(0);
        int m = Math.min(first.hyperparameters().miniBatchSize(), first.data().size());
        int[] next = m <= BATCH_COPY_LIMIT && first.state() == RunState.READY ? first.nextBatch() : new int[0];
        return new EngineSnapshot(generation, setup(), playing, stepsPerSecond, List.copyOf(snaps),
                java.util.Collections.unmodifiableList(arrows), next);
    }
}
