package org.descentfx.engine;

import java.util.Objects;

/**
 * One branch of a run's tree of pasts: where it forked off its parent and how far it went.
 * Published in each {@link EngineSnapshot}; immutable.
 *
 * @param id        unique within the runs of one generation; the first branch is 0
 * @param name      the learner's name for it, at first what changed there ("η = 0.02 from step 40")
 * @param forkStep  the first run's step it forked at (0 for the first branch)
 * @param parent    the branch it forked off, or −1 for the first branch
 * @param head      the furthest step of the first run on it
 * @param current   whether the runs are on it now
 * @param ghost     the first run's path on it from where it leaves the current branch, or null for the current one
 */
public record Branch(int id, String name, long forkStep, int parent, long head, boolean current, GhostPath ghost) {
    /** The most branches a run's past keeps: a fork beyond them is refused. */
    public static final int MAX = BranchTree.MAX;

    public Branch {
        Objects.requireNonNull(name);
    }
}
