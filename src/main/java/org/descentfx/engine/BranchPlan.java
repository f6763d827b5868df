package org.descentfx.engine;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.descentfx.core.train.Hyperparameters;

/**
 * A branch as a saved session keeps it: the recipe that rebuilds it by exact replay, not its
 * states. Its runs start where its parent's were at their fork steps (the first branch: at the
 * start, with the runs' initial η and m) and take the steps up to their heads with the changes of
 * η and m recorded here. Immutable.
 *
 * @param name     the learner's name for it
 * @param parent   the index of the branch it forked off in the list that holds it (an earlier one),
 *                 or −1 for the first branch
 * @param legs     one per run, in the order of the setup's runs
 * @param controls the η and m the controls go on with on this branch
 */
public record BranchPlan(String name, int parent, List<Leg> legs, Hyperparameters controls) {
    /** The most branches a tree holds. */
    public static final int MAX = BranchTree.MAX;

    public BranchPlan {
        legs = List.copyOf(legs);
    }

    /**
     * The plan that replays run {@code run} of branch {@code branch} of {@code tree} from the start
     * to its head: {@code initial} first, then the changes of η and m of each branch on the way
     * from the first branch to this one, each up to the step where the next forks off it (a change
     * first used after that step is the parent's future, not this branch's).
     */
    public static ReplayPlan replayPlan(List<BranchPlan> tree, int branch, int run, Hyperparameters initial) {
        java.util.ArrayDeque<Leg> way = new java.util.ArrayDeque<>();
        for (int b = branch; b >= 0; b = tree.get(b).parent()) {
            way.addFirst(tree.get(b).legs().get(run));
        }
        List<TraceChunk.Change> changes = new java.util.ArrayList<>();
        Leg[] legs = way.toArray(Leg[]::new);
        for (int i = 0; i < legs.length; i++) {
            long until = i + 1 < legs.length ? legs[i + 1].forkStep() : legs[i].head();
            for (var c : legs[i].changes().headMap(until + 1).entrySet()) {
                changes.add(new TraceChunk.Change(c.getKey(), 0, c.getValue()));
            }
        }
        return new ReplayPlan(initial, changes, legs[legs.length - 1].head());
    }

    /**
     * One run's part of a branch.
     *
     * @param forkStep the step it forked at (0 on the first branch)
     * @param head     the furthest step it took
     * @param changes  the η and m it took up after its fork step, by the first step that used each
     *                 (one at {@code head + 1} was set after its last step)
     */
    public record Leg(long forkStep, long head, SortedMap<Long, Hyperparameters> changes) {
        public Leg {
            if (forkStep < 0 || head < forkStep) {
                throw new IllegalArgumentException("a branch forks at a step ≥ 0 and goes on from there, not "
                        + forkStep + " … " + head);
            }
            changes = Collections.unmodifiableSortedMap(new TreeMap<>(changes));
            if (!changes.isEmpty() && (changes.firstKey() <= forkStep || changes.lastKey() > head + 1)) {
                throw new IllegalArgumentException("a branch's changes of η and m fall after its fork step "
                        + forkStep + " and by step " + (head + 1));
            }
        }
    }
}
