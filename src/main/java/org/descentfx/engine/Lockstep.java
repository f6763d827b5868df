package org.descentfx.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.descentfx.core.cost.QuadraticCost;
import org.descentfx.core.train.Checkpoint;
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
    /** Up to this n the sigmoid neuron's C for a snapshot costs a few percent of a time slice. */
    private static final int SNAPSHOT_COST_LIMIT = 10_000;
    private static final long SNAPSHOT_COST_SHARE_DIVISOR = 25;
    private static final int FIRST_CHUNK = 64;
    /** Steps between a run's checkpoints at first; doubles as the run grows ({@link Timeline}). */
    static final long TIMELINE_EVERY = 256;

    private final TraceQueue out;
    private final ChunkSpares spares;
    private final List<Run> runs = new ArrayList<>();
    private final List<TraceChunk> chunks = new ArrayList<>();
    /** Per run, its past: checkpoints and changes to rebuild any earlier step ({@link #stepBack}). */
    private final List<Timeline> timelines = new ArrayList<>();
    /** Whether runs restored without a saved state still need their timelines started once they are there. */
    private boolean timelinesAfterCatchUp;
    /** Whether the controls' η and m must be applied again though unchanged: a run went back to an older state. */
    private boolean reapply;
    /**
     * The controls' η and m when the runs went back, while the steps after are kept: as long as the
     * controls still say this, a step forward replays the kept step (with the η and m it had); once
     * they say something else, the kept steps are forgotten and the run goes on with the new values.
     * Null when every run is at the furthest step it took.
     */
    private Hyperparameters held;
    /** The branches the runs' past has forked into; the runs are on its current one. */
    private BranchTree branches;
    /** Set when the learner scrubbed into the past: going on from there (→, an epoch, Play) forks. */
    private boolean forkOnContinue;
    private final AtomicLong primaryStep = new AtomicLong();
    private TrainingSetup setup;
    /** The replay of restored runs, until the next restart; null when the runs were not restored. */
    private PathRebuild rebuild;
    /** The plans the runs were restored from, until the next restart; null when they were not restored. */
    private List<ReplayPlan> restoredPlans;
    private Hyperparameters applied;
    private long generation;
    private boolean playing;
    private double stepsPerSecond = 30;
    private long paceStartNanos;
    private long paceStartExamples;
    /** Per run (their m differ), from {@link CostStrides}: while playing, and during a whole epoch. */
    private long snapshotCostDue;
    private int[] playingCostStride;
    private int[] epochCostStride;

    Lockstep(TrainingSetup setup, TraceQueue out) {
        this(setup, out, new ChunkSpares());
    }

    Lockstep(TrainingSetup setup, TraceQueue out, ChunkSpares spares) {
        this.out = out;
        this.spares = spares;
        configure(setup);
    }

    void configure(TrainingSetup newSetup) {
        // Build every run before replacing any: a setup that fails (a start that is not finite)
        // leaves the old runs in place instead of none.
        Hyperparameters h = newSetup.hyperparameters();
        int n = newSetup.data().size();
        List<Run> fresh = new ArrayList<>(newSetup.runs().size());
        for (RunSpec spec : newSetup.runs()) {
            fresh.add(new Run(newSetup.data(), newSetup.model(), newSetup.start(), spec.resolve(h, n), newSetup.seed(),
                    spec.optimizerIn(newSetup.optimizer())));
        }
        setup = newSetup;
        applied = h;
        runs.clear();
        runs.addAll(fresh);
        restart();
    }

    private void updateCostStrides() {
        int n = setup.data().size();
        playingCostStride = new int[runs.size()];
        epochCostStride = new int[runs.size()];
        for (int i = 0; i < runs.size(); i++) {
            int m = runs.get(i).hyperparameters().miniBatchSize();
            playingCostStride[i] = CostStrides.playing(setup.model(), n, m, stepsPerSecond);
            epochCostStride[i] = CostStrides.epoch(setup.model(), n, m);
        }
    }

    void restart() {
        generation++;
        held = null;
        rebuild = null;
        restoredPlans = null;
        chunks.clear();
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            run.reset();
            TraceChunk chunk = new TraceChunk(generation, i, FIRST_CHUNK);
            chunk.setInitial(run.hyperparameters());
            chunk.add(0, 0, run.w(), run.b(), Double.NaN, run.cost());
            chunks.add(chunk);
        }
        primaryStep.lazySet(0);
        startTimelines();
        updateCostStrides();
        repace();
    }

    /**
     * Each run's past starts at its current state, one branch; after a restore it knows every change
     * of η and m since the start (so a branch saved again has its whole recipe).
     */
    private void startTimelines() {
        timelines.clear();
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            Timeline t = new Timeline(run, Timeline.limitFor(run.data().size()), TIMELINE_EVERY);
            if (restoredPlans != null) {
                restoredPlans.get(i).changes().forEach(c -> t.changed(c.step(), c.hyperparameters()));
            }
            timelines.add(t);
        }
        branches = new BranchTree(applied, runs.size());
        forkOnContinue = false;
    }

    /**
     * Starts a new branch at every run's current step; the steps after it stay, as the branch that
     * was current, with its ghost. The new branch goes on with the controls' η and m. Returns
     * whether it forked (not while a restored path is replayed, nor with {@link BranchTree#MAX} branches).
     */
    boolean fork() {
        Hyperparameters controls = held != null ? held : applied;
        boolean forked = fork(controls);
        if (forked) {
            applyHyperparameters(controls); // the next step uses what the controls show
        }
        return forked;
    }

    private boolean fork(Hyperparameters next) {
        forkOnContinue = false;
        if (rebuilding() || runs.isEmpty() || !branches.hasRoom()) {
            return false;
        }
        long[] at = new long[runs.size()];
        List<Timeline> fresh = new ArrayList<>(runs.size());
        for (int i = 0; i < runs.size(); i++) {
            at[i] = runs.get(i).step();
            Timeline t = timelines.get(i).copy();
            t.forgetAfter(at[i]);
            Run run = runs.get(i);
            if (!run.hyperparameters().equals(run.checkpoint().used())) {
                // the kept step's η and m, given back on the way here: the new branch's next step uses them
                t.changed(at[i] + 1, run.hyperparameters());
            }
            fresh.add(t);
        }
        branches.fork(timelines, held != null ? held : applied, at, next);
        timelines.clear();
        timelines.addAll(fresh);
        if (held != null) {
            held = null;
            reapply = true; // the new branch goes on with the controls' values, recorded where they differ
        }
        refreshGhosts();
        return true;
    }

    /**
     * Puts the runs at the head of branch {@code id}, exactly as they were there: back along the
     * current branch to the last step the two share, then forward along the other's kept steps
     * (so the trace has them). Its η and m become the controls' ({@link #setup()}).
     */
    void switchBranch(int id) {
        if (rebuilding() || runs.isEmpty() || !branches.has(id) || id == branches.current()) {
            return;
        }
        flushTrace();
        long[] shared = branches.shared(branches.current(), id, runs.size());
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            Timeline t = timelines.get(i);
            t.rebuild(run, Math.max(t.earliest(), Math.min(run.step(), shared[i])));
            TraceChunk chunk = chunk(i);
            chunk.setRewoundTo(run.step());
            chunk.add(run.step(), run.examplesSeen(), run.w(), run.b(), run.lastBatchCost(), run.cost());
        }
        branches.leave(timelines, held != null ? held : applied);
        Hyperparameters controls = branches.controls(id);
        List<Timeline> theirs = branches.enter(id);
        timelines.clear();
        timelines.addAll(theirs);
        applied = controls;
        held = controls;
        forkOnContinue = false;
        for (int i = 0; i < runs.size(); i++) {
            replayChange(i);
            while (runs.get(i).step() < timelines.get(i).head() && stepAndRecord(i, epochCostStride[i])) {
                // the kept steps, each with the η and m it had
            }
        }
        releaseIfAtHeads();
        primaryStep.lazySet(runs.get(0).step());
        refreshGhosts();
        updateCostStrides();
        repace();
    }

    void renameBranch(int id, String name) {
        branches.rename(id, name);
    }

    /** Forgets branch {@code id}, its timelines and ghost; never the current one. */
    void deleteBranch(int id) {
        if (branches.delete(id)) {
            refreshGhosts();
        }
    }

    private void refreshGhosts() {
        branches.refreshGhosts(() -> new Run(setup.data(), setup.model(), setup.start(), runs.get(0).hyperparameters(),
                setup.seed(), setup.optimizerOf(0)), runs.size());
    }

    /** Going on from a step the learner scrubbed to forks there first. */
    private void continueHere() {
        if (forkOnContinue) {
            fork();
        }
    }

    /**
     * Takes every run back one step (one mini-batch), exactly as it was after that step; the path
     * after it is dropped from the trace, the steps after it are kept in the timeline to be taken
     * again ({@link #held}). Not while a restored session's path is being replayed.
     */
    void stepBack() {
        forkOnContinue = false;
        if (runs.isEmpty()) {
            return;
        }
        Run lead = runs.get(Math.max(0, pacer()));
        rewindLevel(lead, (timeline, run) -> timeline.rebuild(run, Math.max(timeline.earliest(), run.step() - 1)));
    }

    /**
     * Rebuilds {@code lead} by {@code how} and every other run at the first step that has seen as
     * many examples as the lead then has: the comparison stays on its fair axis, so ← undoes → and
     * a scrub shows all runs at one number of examples seen.
     */
    private void rewindLevel(Run lead, java.util.function.BiConsumer<Timeline, Run> how) {
        rewindLevel(lead, false, how);
    }

    /** As {@link #rewindLevel(Run, java.util.function.BiConsumer)}; {@code jump}: forward, see {@link #goTo(long, boolean)}. */
    private void rewindLevel(Run lead, boolean jump, java.util.function.BiConsumer<Timeline, Run> how) {
        long[] examples = {lead.examplesSeen()};
        int first = runs.indexOf(lead);
        rewindInOrder(first, jump, (timeline, run) -> {
            if (run == lead) {
                how.accept(timeline, run);
                examples[0] = run.examplesSeen();
            } else {
                timeline.rebuildToExamples(run, examples[0]);
            }
        });
    }

    /** Takes every run back to the start of its epoch under way, or of the one before when at a boundary. */
    void epochBack() {
        forkOnContinue = false;
        rewind((timeline, run) -> timeline.rebuildEpochStart(run,
                run.positionInEpoch() > 0 ? run.completedEpochs() : Math.max(0, run.completedEpochs() - 1)));
    }

    /**
     * Puts the first run at step {@code step} of its path (clamped to what its timeline holds) and
     * the others at the same number of examples seen: back by rebuilding, forward by taking the kept
     * steps again, so the trace has them. The steps after it stay kept.
     */
    void goTo(long step) {
        goTo(step, false);
    }

    /**
     * As {@link #goTo(long)}; with {@code kept}, forward too by rebuilding from the nearest
     * checkpoint rather than taking the kept steps again: the trace then says it jumped
     * ({@link TraceChunk#jumpedAlongKept()}) and brings only the point reached, for a consumer that
     * kept the points it had before it went back. A step of a run of 10^6 is then shown as fast going
     * forward as going back.
     */
    void goTo(long step, boolean kept) {
        if (rebuilding() || runs.isEmpty()) {
            return;
        }
        Timeline first = timelines.get(0);
        long k = Math.max(first.earliest(), Math.min(step, first.head()));
        boolean jump = kept && k > runs.get(0).step();
        if (k < runs.get(0).step() || jump) {
            rewindLevel(runs.get(0), jump, (timeline, run) -> timeline.rebuild(run, k));
            forkOnContinue = runs.get(0).step() < first.head();
            return;
        }
        while (runs.get(0).step() < k && runs.get(0).state() == RunState.READY) {
            int i = laggingRun();
            if (i < 0 || !stepAndRecord(i, playingCostStride[i]) && i == 0) {
                break;
            }
        }
        forkOnContinue = held != null;
    }

    /** The furthest step of the first run's path: where a timeline of it ends. */
    long head() {
        return timelines.isEmpty() ? 0 : timelines.get(0).head();
    }

    /** Puts every run back where {@code how} rebuilds it from its timeline; the steps after it are kept. */
    private void rewind(java.util.function.BiConsumer<Timeline, Run> how) {
        rewindInOrder(0, false, how);
    }

    /** As {@link #rewind}, run {@code first} before the others (they may follow where it went). */
    private void rewindInOrder(int first, boolean jump, java.util.function.BiConsumer<Timeline, Run> how) {
        if (rebuilding()) {
            return;
        }
        flushTrace();
        held = applied; // until the controls change, a step forward takes the kept step again
        for (int j = 0; j < runs.size(); j++) {
            int i = j == 0 ? first : j <= first ? j - 1 : j;
            Run run = runs.get(i);
            long before = run.step();
            if (before == timelines.get(i).earliest() && !jump) {
                continue;
            }
            how.accept(timelines.get(i), run);
            long k = run.step();
            TraceChunk chunk = chunk(i);
            if (jump) {
                chunk.setJumpedTo(k);
            } else {
                chunk.setRewoundTo(k);
            }
            chunk.add(run.step(), run.examplesSeen(), run.w(), run.b(), run.lastBatchCost(), run.cost());
            replayChange(i);
        }
        releaseIfAtHeads();
        primaryStep.lazySet(runs.get(0).step());
        updateCostStrides();
        repace();
    }

    /** While the kept steps are replayed: gives run {@code i} the η and m its next kept step had, if they changed there. */
    private void replayChange(int i) {
        Run run = runs.get(i);
        Timeline timeline = timelines.get(i);
        if (held == null || run.step() >= timeline.head()) {
            return;
        }
        Hyperparameters h = timeline.changeAt(run.step() + 1);
        if (h != null && !h.equals(run.hyperparameters())) {
            run.setHyperparameters(h);
            chunk(i).addChange(new TraceChunk.Change(run.step() + 1, run.examplesSeen(), h));
            updateCostStrides();
        }
    }

    /** Once every run is back at the furthest step it took, the controls' η and m drive the next step again. */
    private void releaseIfAtHeads() {
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).state() == RunState.READY && runs.get(i).step() < timelines.get(i).head()) {
                return;
            }
        }
        if (held != null) {
            held = null;
            reapply = true; // recorded as a change only where they differ from the run's
        }
        forkOnContinue = false;
    }

    /** With no room for a branch, the controls changed in the past forget the steps kept after it. */
    private void forgetKeptSteps() {
        held = null;
        reapply = true;
        for (int i = 0; i < runs.size(); i++) {
            timelines.get(i).forgetAfter(runs.get(i).step());
        }
    }

    /** The step the first run has reached, for any thread to read; written once per step without a fence. */
    AtomicLong primaryStep() {
        return primaryStep;
    }

    TrainingSetup setup() {
        return setup.withHyperparameters(applied);
    }

    boolean isPlaying() {
        return playing;
    }

    void setPlaying(boolean on) {
        if (on && !playing) {
            continueHere();
            repace();
        }
        playing = on && runs.stream().anyMatch(r -> r.state() == RunState.READY);
    }

    void setSpeed(double s) {
        stepsPerSecond = s;
        updateCostStrides();
        repace();
    }

    private void repace() {
        paceStartNanos = System.nanoTime();
        paceStartExamples = minExamples();
    }

    /** Applies new η and m from the controls, once per mini-batch boundary. Returns whether they changed. */
    boolean applyHyperparameters(Hyperparameters h) {
        if (held != null) {
            if (h == held || h.equals(held)) {
                return false; // nothing changed: the kept steps are replayed as they were
            }
            if (!fork(h)) {
                forgetKeptSteps(); // no room for another branch: the new values go on along this one
            }
        }
        // the same record nearly always: read before every step at full speed
        if (!reapply && (h == applied || h.equals(applied))) {
            return false;
        }
        reapply = false;
        applied = h;
        int n = setup.data().size();
        int pacedBy = runs.get(0).hyperparameters().miniBatchSize();
        if (runs.size() != timelines.size()) {
            startTimelines();
        }
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            Hyperparameters mine = setup.runs().get(i).resolve(h, n);
            if (!mine.equals(run.hyperparameters())) {
                run.setHyperparameters(mine);
                chunk(i).addChange(new TraceChunk.Change(run.step() + 1, run.examplesSeen(), mine));
                timelines.get(i).changed(run.step() + 1, mine);
            }
        }
        updateCostStrides();
        if (runs.get(0).hyperparameters().miniBatchSize() != pacedBy) {
            repace(); // the pace counts examples: a new m changes how many make a step
        }
        return true;
    }

    /**
     * Rebuilds the runs of {@code newSetup} at their saved states: a run whose plan has its end
     * state resumes there at once; one without is replayed to it. Either way the path from the
     * start is replayed in time slices ({@link #rebuild}), never all at once: a session of any
     * length opens at once, and the memory is that of one bounded history per run.
     */
    void restore(TrainingSetup newSetup, List<ReplayPlan> plans) {
        if (plans.size() != newSetup.runs().size()) {
            throw new IllegalArgumentException("one plan per run: " + newSetup.runs().size() + " runs, " + plans.size() + " plans");
        }
        for (ReplayPlan plan : plans) {
            if (plan.end() != null && plan.end().size() != newSetup.data().size()) {
                throw new IllegalArgumentException("a saved state is of " + plan.end().size() + " examples, the data has "
                        + newSetup.data().size());
            }
        }
        configure(newSetup);
        List<Replay> replays = new ArrayList<>();
        List<Boolean> catchingUp = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            ReplayPlan plan = plans.get(i);
            TraceChunk chunk = new TraceChunk(generation, i, FIRST_CHUNK);
            chunk.setInitial(plan.initial());
            chunks.set(i, chunk);
            int index = i;
            if (plan.end() != null) {
                Run run = runs.get(i);
                run.resume(plan.end());
                plan.changes().forEach(chunk::addChange);
                replays.add(new Replay(setup.data(), setup.model(), setup.start(), setup.seed(), setup.optimizerOf(i), plan));
            } else {
                Replay replay = new Replay(setup.data(), setup.model(), setup.start(), setup.seed(), setup.optimizerOf(i),
                        plan, change -> chunk(index).addChange(change));
                runs.set(i, replay.run());
                replays.add(replay);
            }
            catchingUp.add(plan.end() == null);
            Run run = runs.get(i);
            chunk.add(run.step(), run.examplesSeen(), run.w(), run.b(), run.lastBatchCost(), run.cost());
        }
        applied = newSetup.hyperparameters();
        updateCostStrides();
        rebuild = new PathRebuild(replays, catchingUp, epochCostStride);
        restoredPlans = List.copyOf(plans);
        startTimelines();
        timelinesAfterCatchUp = catchingUp.contains(true);
        primaryStep.lazySet(runs.get(0).step());
        repace();
    }

    /**
     * As {@link #restore(TrainingSetup, List)}, with the tree of branches {@code tree} rebuilt by exact
     * replay of each branch's recipe, a parent before its children; the runs are on branch
     * {@code current}, whose heads may lie past the runs' saved steps (kept steps, taken again by a
     * step forward while η and m stay).
     */
    void restore(TrainingSetup newSetup, List<ReplayPlan> plans, List<BranchPlan> tree, int current) {
        restore(newSetup, plans);
        if (tree.isEmpty()) {
            return;
        }
        List<List<Timeline>> built = BranchReplay.build(setup, plans, tree);
        timelines.clear();
        timelines.addAll(built.get(current));
        branches = BranchTree.rebuilt(tree, built, current);
        timelinesAfterCatchUp = false; // the current branch's past is whole already
        forkOnContinue = false;
        for (int i = 0; i < runs.size(); i++) {
            if (plans.get(i).steps() < timelines.get(i).head()) {
                held = applied; // until the controls change, a step forward takes the kept step again
            }
        }
        refreshGhosts();
    }

    /** Whether the path of restored runs is still being replayed. */
    boolean rebuilding() {
        return rebuild != null && !rebuild.finished();
    }

    /** Whether a restored run is being replayed to its saved step: it takes no other step meanwhile. */
    boolean catchingUp() {
        return rebuild != null && rebuild.catchingUp();
    }

    /** Replays restored paths for one time slice, or until {@code interrupt}; returns whether it stepped. */
    boolean rebuild(BooleanSupplier interrupt) {
        if (!rebuilding()) {
            return false;
        }
        boolean stepped = rebuild.work(System.nanoTime() + SLICE_NANOS, interrupt);
        primaryStep.lazySet(runs.get(0).step());
        if (!rebuild.catchingUp()) {
            repace(); // the pace starts when the runs are free to go
            if (timelinesAfterCatchUp) {
                timelinesAfterCatchUp = false;
                startTimelines(); // the replayed steps went past the timelines: their past starts here
            }
        }
        return stepped || rebuild.finished();
    }

    /** Stops replaying restored paths; a run being caught up stays at the step it reached. */
    void cancelRebuild() {
        if (rebuilding()) {
            rebuild.cancel();
            repace();
        }
    }

    /**
     * One step of the first run that can step (the pace setter), then the others by the rule of
     * play: each steps while it has seen fewer examples than the pace setter, so a press of → keeps
     * the comparison on a fair axis (full batch 1 step, m = 10 ten, m = 1 a hundred per n = 100).
     * The pace setter's step and each run's last step carry their C: a step by hand is never decimated.
     */
    void stepEach() {
        int pacer = pacer();
        if (catchingUp() || pacer < 0) {
            return;
        }
        continueHere();
        stepAndRecord(pacer, 1);
        catchUpTo(runs.get(pacer).examplesSeen(), pacer);
    }

    /**
     * Takes the pace setter to the end of the epoch under way, then every other run to the same
     * number of examples seen: epochs end at multiples of n for every m, so all stand level there.
     */
    void stepEpochEach() {
        int pacer = pacer();
        if (catchingUp() || pacer < 0) {
            return;
        }
        continueHere();
        long target = (runs.get(pacer).completedEpochs() + 1) * (long) setup.data().size();
        catchUpTo(target, -1);
    }

    /** Steps each READY run but {@code skip} while it has seen fewer than {@code target} examples. */
    private void catchUpTo(long target, int skip) {
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            while (i != skip && run.examplesSeen() < target) {
                boolean last = run.examplesSeen() + Math.min(run.hyperparameters().miniBatchSize(),
                        run.data().size() - run.positionInEpoch()) >= target;
                if (!stepAndRecord(i, last ? 1 : epochCostStride[i])) {
                    break;
                }
            }
        }
    }

    /** The first run that can still step, or −1: it sets the pace of a step by hand. */
    private int pacer() {
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).state() == RunState.READY) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Plays for one time slice: as many steps as the pace allows (all that fit in the slice at
     * full speed). Stops early when {@code interrupt} says a command is waiting.
     */
    boolean advance(AtomicReference<Hyperparameters> requested, BooleanSupplier interrupt) {
        if (catchingUp()) {
            return false;
        }
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
            stepAndRecord(i, playingCostStride[i]);
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

    /** One step of run i into the trace; C with it every {@code costStride} steps, and when the run stops. */
    private boolean stepAndRecord(int i, int costStride) {
        Run run = runs.get(i);
        if (run.state() != RunState.READY) {
            return false;
        }
        boolean ok = run.stepMiniBatch();
        timelines.get(i).stepped(run);
        record(i, ok, costStride);
        if (held != null) {
            replayChange(i);
            releaseIfAtHeads();
        }
        return ok;
    }

    /** Adds run {@code i}'s newest point to its chunk; the full C only every costStride steps. */
    private void record(int i, boolean ok, int costStride) {
        Run run = runs.get(i);
        long step = run.step();
        boolean measure = costStride == 1 || step % costStride == 0 || !ok;
        double cost = measure ? run.cost() : Double.NaN;
        chunk(i).add(step, run.examplesSeen(), run.w(), run.b(), run.lastBatchCost(), cost);
        if (i == 0) {
            primaryStep.lazySet(step);
        }
    }

    private TraceChunk chunk(int i) {
        TraceChunk c = chunks.get(i);
        if (c.isFull()) {
            out.add(c);
            c = spares.make(generation, i, Math.min(TraceChunk.CAPACITY, 2 * c.capacity()));
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
                chunks.set(i, spares.make(generation, i, capacityAfter(c.size())));
            }
        }
    }

    private static boolean cheapCost(Run run) {
        return QuadraticCost.isCheap(run.model()) || run.data().size() <= SNAPSHOT_COST_LIMIT;
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
        // Playing, a snapshot goes out every time slice, and an O(n) C for each would cost more than
        // the steps on large data: C is then measured for a snapshot at most a 25th of the time
        // (else it carries C only where the trace already measured it, or NaN: not measured).
        long now = System.nanoTime();
        boolean measureCost = !playing || now >= snapshotCostDue;
        List<Snapshot> snaps = new ArrayList<>(runs.size());
        List<Point> arrows = new ArrayList<>(runs.size());
        List<Checkpoint> checkpoints = new ArrayList<>(runs.size());
        for (Run run : runs) {
            checkpoints.add(run.checkpoint());
            snaps.add(run.snapshot(measureCost || cheapCost(run)));
            boolean cheap = Math.min(run.hyperparameters().miniBatchSize(), run.data().size()) <= ARROW_LIMIT;
            arrows.add(run.state() == RunState.READY && (cheap || !playing) ? run.nextStepVector() : null);
        }
        if (playing && measureCost) {
            snapshotCostDue = now + SNAPSHOT_COST_SHARE_DIVISOR * (System.nanoTime() - now);
        }
        Run first = runs.get(0);
        int m = Math.min(first.hyperparameters().miniBatchSize(), first.data().size());
        int[] next = m <= BATCH_COPY_LIMIT && first.state() == RunState.READY ? first.nextBatch() : new int[0];
        return new EngineSnapshot(generation, setup(), playing, stepsPerSecond, List.copyOf(snaps),
                java.util.Collections.unmodifiableList(arrows), next, List.copyOf(checkpoints),
                rebuild == null ? null : rebuild.progress(), branches.list(head()),
                branches.plans(timelines, held != null ? held : applied));
    }
}
