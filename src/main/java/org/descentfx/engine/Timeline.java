package org.descentfx.engine;

import java.util.Map;
import java.util.TreeMap;
import org.descentfx.core.train.Checkpoint;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Run;

/**
 * The past of one run, kept so that any earlier step can be rebuilt exactly: a checkpoint of the
 * run's whole state every K steps, and every change of η and m with the first step that used it.
 * Rebuilding step k resumes the nearest checkpoint at or before k and takes the steps from there
 * with the changes where they fell, so every number is the one the run computed. Memory stays
 * bounded: when more than {@code limit} checkpoints would be kept, every other one is dropped and
 * K doubles, so a rebuild replays fewer than 2·(steps / limit) steps however long the run.
 * Not thread-safe: the training thread owns it with its run.
 */
final class Timeline {
    private final int limit;
    private long every;
    private final TreeMap<Long, Checkpoint> checkpoints = new TreeMap<>();
    private final TreeMap<Long, Hyperparameters> changes = new TreeMap<>();
    /** The furthest step the run has taken on this path: a step back keeps the steps after it. */
    private long head;

    /** The past of {@code run} from where it is now; its current state is the first checkpoint. */
    Timeline(Run run, int limit, long every) {
        if (limit < 2 || every < 1) {
            throw new IllegalArgumentException("at least 2 checkpoints, every 1 or more steps");
        }
        this.limit = limit;
        this.every = every;
        checkpoints.put(run.step(), run.checkpoint());
        head = run.step();
    }

    /** A copy that goes on by itself: a new branch's past, up to where it forks, shared with the old one. */
    Timeline copy() {
        Timeline t = new Timeline(limit, every);
        t.checkpoints.putAll(checkpoints);
        t.changes.putAll(changes);
        t.head = head;
        return t;
    }

    private Timeline(int limit, long every) {
        this.limit = limit;
        this.every = every;
    }

    /** Checkpoints that a run over {@code n} examples may keep: about 64 MB of orders at most, 16 to 512. */
    static int limitFor(int n) {
        return (int) Math.max(16, Math.min(512, (64L << 20) / (4L * n)));
    }

    /** Called after each step of the run. */
    void stepped(Run run) {
        head = Math.max(head, run.step());
        if (run.step() % every == 0) {
            checkpoints.put(run.step(), run.checkpoint());
            if (checkpoints.size() > limit) {
                thin();
            }
        }
    }

    /** The run uses {@code h} from step {@code step} on (the step after its current one). */
    void changed(long step, Hyperparameters h) {
        changes.put(step, h);
    }

    /** The η and m first used at {@code step}, if they changed there; otherwise null. */
    Hyperparameters changeAt(long step) {
        return changes.get(step);
    }

    /** The changes of η and m first used after step {@code step}, by that first step; a copy. */
    java.util.SortedMap<Long, Hyperparameters> changesAfter(long step) {
        return new TreeMap<>(changes.tailMap(step, false));
    }

    /** The furthest step taken on this path; above the run's step after a step back. */
    long head() {
        return head;
    }

    /** The earliest step this timeline can rebuild. */
    long earliest() {
        return checkpoints.firstKey();
    }

    /** Steps between two checkpoints now. */
    long every() {
        return every;
    }

    int checkpoints() {
        return checkpoints.size();
    }

    /**
     * Puts {@code run} (of the same data, model, seed and rule) at step {@code k}, as it was right
     * after taking that step, with the η and m of that step (a change made afterwards is the
     * future). {@code k} below {@link #earliest()} rebuilds the earliest step.
     */
    void rebuild(Run run, long k) {
        Map.Entry<Long, Checkpoint> from = checkpoints.floorEntry(Math.max(k, earliest()));
        resume(run, from.getValue(), from.getKey() < k);
        replayWhile(run, () -> run.step() < k, r -> { });
    }

    /**
     * Walks {@code run} along this path from step {@code from} to step {@code to}, showing
     * {@code each} every state on the way, the one at {@code from} first: how a branch that is not
     * the current one is drawn.
     */
    void walk(Run run, long from, long to, java.util.function.Consumer<Run> each) {
        rebuild(run, from);
        each.accept(run);
        Hyperparameters h = changes.get(run.step() + 1);
        if (h != null && run.step() < to) {
            run.setHyperparameters(h);
        }
        replayWhile(run, () -> run.step() < to, each);
    }

    /**
     * Puts {@code run} at the start of epoch {@code epoch} (right after the last step of the one
     * before; step 0 for the first), as it was then. An epoch that began before
     * {@link #earliest()} rebuilds the earliest step.
     */
    void rebuildEpochStart(Run run, long epoch) {
        Map.Entry<Long, Checkpoint> from = checkpoints.firstEntry();
        for (Map.Entry<Long, Checkpoint> e : checkpoints.descendingMap().entrySet()) {
            Checkpoint c = e.getValue();
            if (c.completedEpochs() < epoch || (c.completedEpochs() == epoch && c.position() == 0)) {
                from = e;
                break;
            }
        }
        resume(run, from.getValue(), from.getValue().completedEpochs() < epoch);
        replayWhile(run, () -> run.completedEpochs() < epoch && run.step() < head, r -> { });
    }

    /**
     * Puts {@code run} at its first step that has seen {@code examples} examples or more (the
     * furthest step if none has), as it was then: how the other runs of a comparison follow the
     * first one on the shared axis.
     */
    void rebuildToExamples(Run run, long examples) {
        Map.Entry<Long, Checkpoint> from = checkpoints.firstEntry();
        for (Map.Entry<Long, Checkpoint> e : checkpoints.descendingMap().entrySet()) {
            if (e.getValue().examplesSeen() <= examples) {
                from = e;
                break;
            }
        }
        resume(run, from.getValue(), from.getValue().examplesSeen() < examples && from.getKey() < head);
        replayWhile(run, () -> run.examplesSeen() < examples && run.step() < head, r -> { });
    }

    /** Resumes a checkpoint; if the run will step from there, with the η and m its next step had. */
    private void resume(Run run, Checkpoint c, boolean willStep) {
        run.resume(c);
        Hyperparameters h = changes.get(c.step() + 1);
        if (willStep && h != null) {
            run.setHyperparameters(h); // set after the checkpoint was taken, before its next step
        }
    }

    /** Steps the run while {@code more} holds, each step with the η and m recorded for it. */
    private void replayWhile(Run run, java.util.function.BooleanSupplier more, java.util.function.Consumer<Run> each) {
        while (more.getAsBoolean() && run.stepMiniBatch()) {
            each.accept(run);
            Hyperparameters h = more.getAsBoolean() ? changes.get(run.step() + 1) : null;
            if (h != null) {
                run.setHyperparameters(h);
            }
        }
    }

    /** Forgets everything after step {@code k}: the run goes on from there along another path. */
    void forgetAfter(long k) {
        checkpoints.tailMap(k, false).clear();
        changes.tailMap(k, false).clear();
        head = Math.min(head, k);
    }

    private void thin() {
        long first = checkpoints.firstKey();
        every *= 2;
        checkpoints.keySet().removeIf(step -> step != first && step % every != 0);
    }
}
