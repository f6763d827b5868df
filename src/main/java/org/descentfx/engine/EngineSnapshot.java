package org.descentfx.engine;

import java.util.List;
import org.descentfx.core.train.Checkpoint;
import org.descentfx.core.train.Point;
import org.descentfx.core.train.Snapshot;

/**
 * The engine's state as the views need it, immutable. Published through a coalescing hand-off:
 * a consumer sees the newest one, not every one.
 *
 * @param generation   increases whenever the runs restart (new setup, reset, new start, new seed);
 *                     trace chunks of an older generation are stale
 * @param setup        the setup the runs were made from (its η and m are the controls' current ones)
 * @param playing      whether the engine is stepping on its own
 * @param stepsPerSecond the pace, {@code Double.POSITIVE_INFINITY} for as fast as possible
 * @param runs         one snapshot per run, in the order of {@code setup.runs()}
 * @param nextSteps    per run, the next step's move −(η/m) Σ ∇C_Xj, or null where not computed
 * @param nextBatch    the indices of the first run's next mini-batch (empty when too large to copy)
 * @param checkpoints  per run its whole state (to save it and resume it exactly); arrays shared
 *                     between snapshots of one epoch, never written
 * @param restore      how far the replay of a restored session has got, or null if this generation
 *                     was not restored
 * @param branches     the branches of the runs' past, the current one among them (empty before the first)
 * @param branchPlans  the same branches as a session saves them, in the same order (empty before the first)
 */
public record EngineSnapshot(long generation, TrainingSetup setup, boolean playing, double stepsPerSecond,
                             List<Snapshot> runs, List<Point> nextSteps, int[] nextBatch, List<Checkpoint> checkpoints,
                             RestoreProgress restore, List<Branch> branches, List<BranchPlan> branchPlans) {

    public EngineSnapshot {
        branches = branches == null ? List.of() : branches;
        branchPlans = branchPlans == null ? List.of() : branchPlans;
    }

    /** A snapshot whose branches carry no plans. */
    public EngineSnapshot(long generation, TrainingSetup setup, boolean playing, double stepsPerSecond,
                          List<Snapshot> runs, List<Point> nextSteps, int[] nextBatch, List<Checkpoint> checkpoints,
                          RestoreProgress restore, List<Branch> branches) {
        this(generation, setup, playing, stepsPerSecond, runs, nextSteps, nextBatch, checkpoints, restore, branches,
                List.of());
    }

    /** A snapshot of runs with one branch, none listed. */
    public EngineSnapshot(long generation, TrainingSetup setup, boolean playing, double stepsPerSecond,
                          List<Snapshot> runs, List<Point> nextSteps, int[] nextBatch, List<Checkpoint> checkpoints,
                          RestoreProgress restore) {
        this(generation, setup, playing, stepsPerSecond, runs, nextSteps, nextBatch, checkpoints, restore, List.of(),
                List.of());
    }

    /** The branch the runs are on, or null when none is listed. */
    public Branch currentBranch() {
        return branches.stream().filter(Branch::current).findFirst().orElse(null);
    }

    /** The branches the runs are not on whose ghost has a path to draw (two points or more), in order. */
    public List<Branch> ghosts() {
        return branches.stream().filter(b -> !b.current() && b.ghost() != null && b.ghost().size() >= 2).toList();
    }

    /** Whether restored runs are still being replayed to their saved steps (they cannot be stepped meanwhile). */
    public boolean catchingUp() {
        return restore != null && restore.catchingUp();
    }

    /** The first run, the one the controls' m drives. */
    public Snapshot primary() {
        return runs.get(0);
    }

    public boolean anyDiverged() {
        return runs.stream().anyMatch(Snapshot::diverged);
    }
}
