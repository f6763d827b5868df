package org.descentfx.engine;

import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.concurrent.locks.LockSupport;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Point;

/**
 * The training thread and its commands. One background thread owns every {@code Run}; other
 * threads only send commands and read what it publishes.
 *
 * <p>Thread rules. Every public method is safe to call from any thread and returns at once:
 * commands are queued and carried out by the training thread in order, between mini-batches.
 * η and m from {@link #setHyperparameters} are read once per mini-batch. Snapshots go out
 * through {@code handoff} with at most one hand-off pending at any time, newest wins; points go
 * into a queue that the consumer empties with {@link #drainTrace} (the FX thread, once a frame).
 * While a hand-off has waited longer than {@link #BEHIND_NANOS} (the window is falling behind:
 * its thread or its renderer is short of CPU), the training thread pauses between time slices
 * until it is taken, at most {@link #GIVE_WAY_NANOS} at a time, and takes no slice at all while
 * more than {@link #QUEUE_LIMIT} points wait: "as fast as possible" must not starve the window it
 * is shown in, and the points in flight stay bounded however long the window is held up.
 */
public final class TrainingEngine implements AutoCloseable {
    /** Two frames at 60 Hz: a hand-off older than this means the window is behind. */
    static final long BEHIND_NANOS = TimeUnit.MILLISECONDS.toNanos(33);
    /** The longest pause given to a window that is behind, before the next time slice. */
    static final long GIVE_WAY_NANOS = TimeUnit.MILLISECONDS.toNanos(16);
    /** Points that may wait for a window that is behind: about 50 MB. */
    static final long QUEUE_LIMIT = 1 << 20;

    private final Executor handoff;
    private final Consumer<EngineSnapshot> sink;
    private final AtomicReference<EngineSnapshot> pending = new AtomicReference<>();
    private final AtomicReference<Hyperparameters> requested;
    private final Queue<Consumer<Lockstep>> commands = new ConcurrentLinkedQueue<>();
    private final TraceQueue trace = new TraceQueue();
    private final ChunkSpares spares = new ChunkSpares();
    private final AtomicLong primaryStep;
    /** The furthest step of the first run's path, as of the newest snapshot. */
    private final AtomicLong head = new AtomicLong();
    /** The step asked for by {@link #goTo}, or -1 when none waits: a slider's drag sends many, the newest wins. */
    /** The newest {@link #goTo(long, boolean)} not yet carried out: twice its step, plus 1 if kept; −1 if none. */
    private final AtomicLong goToStep = new AtomicLong(-1);
    private final Thread thread;
    private volatile boolean closed;
    /** When the pending hand-off was queued; the training thread's own. */
    private long handedOffAt;

    /**
     * Starts the training thread, paused, with the runs of {@code setup}.
     *
     * @param handoff runs the delivery of snapshots; {@code Platform::runLater} in the app, a list in tests
     * @param sink    receives snapshots, on whatever thread {@code handoff} runs them
     */
    public TrainingEngine(TrainingSetup setup, Executor handoff, Consumer<EngineSnapshot> sink) {
        this.handoff = Objects.requireNonNull(handoff);
        this.sink = Objects.requireNonNull(sink);
        this.requested = new AtomicReference<>(setup.hyperparameters());
        Lockstep lockstep = new Lockstep(setup, trace, spares);
        this.primaryStep = lockstep.primaryStep();
        this.thread = new Thread(() -> loop(lockstep), "descentfx-training");
        thread.setDaemon(true);
        thread.start();
    }

    /** Replaces data, model, start, seed and runs; the runs restart, paused state kept. */
    public void configure(TrainingSetup setup) {
        requested.set(setup.hyperparameters());
        submit(l -> l.configure(setup));
    }

    /**
     * Replaces the runs like {@link #configure} and brings each to the end of its plan (η and m
     * changes at the steps they first applied to, up to its step count), paused. A plan with its end
     * state resumes there at once; the path from the start is replayed in the background, a time
     * slice at a time between commands, its progress in each snapshot ({@link EngineSnapshot#restore()}).
     * A run without an end state is stepped there the same way and takes no other step meanwhile.
     */
    public void restore(TrainingSetup setup, List<ReplayPlan> plans) {
        restore(setup, plans, List.of(), 0);
    }

    /**
     * As {@link #restore(TrainingSetup, List)}, with the tree of branches {@code branches} (empty: one
     * branch) rebuilt by exact replay of each branch's recipe before the runs go on; the runs are on
     * branch {@code current}, an index into {@code branches}.
     */
    public void restore(TrainingSetup setup, List<ReplayPlan> plans, List<BranchPlan> branches, int current) {
        List<ReplayPlan> copy = List.copyOf(plans);
        List<BranchPlan> tree = List.copyOf(branches);
        requested.set(setup.hyperparameters());
        submit(l -> {
            l.setPlaying(false);
            l.restore(setup, copy, tree, current);
        });
    }

    /** Stops replaying a restored session's path; a run not yet at its saved step stays where it got to. */
    public void cancelRestore() {
        submit(Lockstep::cancelRebuild);
    }

    public void play() {
        submit(l -> l.setPlaying(true));
    }

    public void pause() {
        submit(l -> l.setPlaying(false));
    }

    /** Pauses, then takes one mini-batch on every run. */
    public void stepMiniBatch() {
        submit(l -> {
            l.setPlaying(false);
            // Read η and m here, not only before the queue: one set just before this command must count.
            l.applyHyperparameters(requested.get());
            l.stepEach();
        });
    }

    /** Pauses, then takes every run to the end of its current epoch. */
    public void stepEpoch() {
        submit(l -> {
            l.setPlaying(false);
            l.applyHyperparameters(requested.get());
            l.stepEpochEach();
        });
    }

    /**
     * Pauses and takes every run back one mini-batch, to exactly the state after the step before
     * (rebuilt from its nearest checkpoint). The steps after it are kept: while η and m from
     * {@link #setHyperparameters} stay what they were, a step forward takes the kept step again
     * (with the η and m it had); once they change, the kept steps are forgotten and the runs go on
     * with the new values.
     */
    public void stepBack() {
        submit(l -> {
            l.setPlaying(false);
            l.stepBack();
        });
    }

    /**
     * Pauses and takes every run back to the start of its epoch under way (the step after the last
     * step of the epoch before), or of the epoch before when it stands at a boundary; the steps
     * after it are kept as after {@link #stepBack}.
     */
    public void stepBackEpoch() {
        submit(l -> {
            l.setPlaying(false);
            l.epochBack();
        });
    }

    /**
     * Pauses and puts the first run at {@code step} of its path, between its earliest kept step and
     * {@link #head()}, the others at the same examples seen; the steps after it stay kept, as after
     * {@link #stepBack}. Requests that arrive faster than they are carried out coalesce: the newest wins.
     */
    public void goTo(long step) {
        goTo(step, false);
    }

    /**
     * As {@link #goTo(long)}. With {@code kept}, a step ahead of the runs' is reached by rebuilding
     * it, not by taking the kept steps again: for a consumer that kept the points its trace had
     * before it went back, and takes them from there when a chunk says
     * {@link TraceChunk#jumpedAlongKept()}. The newest request wins, with its {@code kept}.
     */
    public void goTo(long step, boolean kept) {
        long request = Math.max(0, Math.min(step, Long.MAX_VALUE / 2)) * 2 + (kept ? 1 : 0);
        if (goToStep.getAndSet(request) < 0) {
            submit(l -> {
                l.setPlaying(false);
                long newest = goToStep.getAndSet(-1);
                l.goTo(newest / 2, (newest & 1) == 1);
            });
        }
    }

    /**
     * Pauses and starts a new branch at every run's current step: the steps after it stay as the
     * old branch (listed in {@link EngineSnapshot#branches()}, drawn as its ghost), the runs go on
     * from here with the controls' η and m. Continuing after {@link #goTo} a past step, or a new η
     * or m there, forks the same way by itself.
     */
    public void fork() {
        submit(l -> {
            l.setPlaying(false);
            l.fork();
        });
    }

    /**
     * Pauses and puts the runs at the head of branch {@code id}, exactly as they were there; its η
     * and m become the ones the runs go on with (the snapshot's setup carries them).
     */
    public void switchBranch(int id) {
        submit(l -> {
            l.setPlaying(false);
            l.switchBranch(id);
            requested.set(l.setup().hyperparameters()); // until the controls show the branch's values
        });
    }

    /** Names branch {@code id} {@code name} (blank names are ignored). */
    public void renameBranch(int id, String name) {
        submit(l -> l.renameBranch(id, name));
    }

    /** Forgets branch {@code id}; the current branch is never deleted. */
    public void deleteBranch(int id) {
        submit(l -> l.deleteBranch(id));
    }

    /** The furthest step the first run's path has reached (above its step after a step back); any thread. */
    public long head() {
        return head.get();
    }

    /** Pauses and puts every run back at the start. */
    public void reset() {
        submit(l -> {
            l.setPlaying(false);
            l.restart();
        });
    }

    /** Moves the common start point; the runs restart there, paused. */
    public void setStart(Point start) {
        submit(l -> {
            l.setPlaying(false);
            l.configure(l.setup().withStart(start));
        });
    }

    public void setSeed(long seed) {
        submit(l -> l.configure(l.setup().withSeed(seed)));
    }

    /** η and m for the next mini-batch; the newest value wins if several arrive between two. */
    public void setHyperparameters(Hyperparameters hyperparameters) {
        requested.set(Objects.requireNonNull(hyperparameters));
        LockSupport.unpark(thread);
    }

    /** Steps per second of the first run; {@code Double.POSITIVE_INFINITY} for as fast as possible. */
    public void setSpeed(double stepsPerSecond) {
        if (!(stepsPerSecond > 0)) {
            throw new IllegalArgumentException("speed must be positive, not " + stepsPerSecond);
        }
        submit(l -> l.setSpeed(stepsPerSecond));
    }

    /**
     * The step the first run has reached, without waiting for a snapshot: for a steps-per-second
     * readout or a measurement. Safe from any thread; it may trail the training thread by a step,
     * and it goes back to 0 when the runs restart.
     */
    public long primaryStep() {
        return primaryStep.get();
    }

    /** Hands every queued chunk of points to {@code consumer}, oldest first. Call from the consumer's thread. */
    public void drainTrace(Consumer<TraceChunk> consumer) {
        TraceChunk chunk;
        while ((chunk = trace.poll()) != null) {
            consumer.accept(chunk);
        }
    }

    /**
     * Gives back a drained chunk the caller has finished reading, so the training thread can fill
     * it again instead of allocating one. The caller must not read it afterwards. Any thread;
     * optional (a chunk never given back is left to the collector).
     */
    public void recycle(TraceChunk chunk) {
        spares.offer(chunk);
    }

    /** Points queued and not yet drained, for tests. */
    long queuedPoints() {
        return trace.points();
    }

    /** Stops the training thread; returns at once. The thread ends within one mini-batch loop. */
    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(thread);
    }

    /** For tests and shutdown hooks off the FX thread: waits until the training thread has ended. */
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        thread.join(Math.max(1, unit.toMillis(timeout)));
        return !thread.isAlive();
    }

    public boolean isAlive() {
        return thread.isAlive();
    }

    private void submit(Consumer<Lockstep> command) {
        commands.add(command);
        LockSupport.unpark(thread);
    }

    private void loop(Lockstep lockstep) {
        // The start point goes out now, not with the first command: path and chart begin at step 0.
        lockstep.flushTrace();
        publish(lockstep);
        try {
            while (!closed) {
                boolean changed = runCommands(lockstep);
                boolean hold = windowBehind() && trace.points() > QUEUE_LIMIT;
                BooleanSupplier interrupt = () -> closed || !commands.isEmpty();
                boolean stepped = lockstep.isPlaying() && !hold && lockstep.advance(requested, interrupt);
                boolean replayed = !closed && lockstep.rebuild(interrupt);
                if (changed || stepped || replayed) {
                    lockstep.flushTrace();
                    publish(lockstep);
                }
                if (!closed && commands.isEmpty() && !lockstep.rebuilding()) {
                    LockSupport.parkNanos(this, lockstep.isPlaying() ? pauseNanos(lockstep) : TimeUnit.MILLISECONDS.toNanos(50));
                }
            }
        } catch (RuntimeException | Error e) {
            // Nothing may escape silently: report and keep the last picture on screen.
            System.err.println("DescentFX training stopped: " + e);
            e.printStackTrace();
        }
    }

    private boolean runCommands(Lockstep lockstep) {
        boolean any = lockstep.applyHyperparameters(requested.get());
        Consumer<Lockstep> command;
        while ((command = commands.poll()) != null) {
            try {
                command.accept(lockstep);
            } catch (RuntimeException e) {
                // A bad command (say, a start point that is not finite) must not end the thread.
                System.err.println("DescentFX: command ignored: " + e.getMessage());
            }
            any = true;
        }
        return any;
    }

    /** The pace's pause, or longer while the window is behind (it ends early when the window catches up). */
    private long pauseNanos(Lockstep lockstep) {
        long pause = lockstep.pauseNanos();
        return windowBehind() ? Math.max(pause, GIVE_WAY_NANOS) : pause;
    }

    /** Whether the last hand-off has waited too long to be taken. */
    private boolean windowBehind() {
        return pending.get() != null && System.nanoTime() - handedOffAt > BEHIND_NANOS;
    }

    /** The coalescing hand-off: at most one delivery queued, and it carries the newest snapshot. */
    private void publish(Lockstep lockstep) {
        head.set(lockstep.head());
        if (pending.getAndSet(lockstep.snapshot()) == null) {
            handedOffAt = System.nanoTime();
            handoff.execute(() -> {
                EngineSnapshot newest = pending.getAndSet(null);
                LockSupport.unpark(thread); // in case it gave way to the window
                if (newest != null) {
                    sink.accept(newest);
                }
            });
        }
    }
}
