package org.descentfx.engine;

import java.util.ArrayList;
import java.util.List;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Run;
import org.descentfx.core.train.RunState;

/**
 * Rebuilds a saved tree of branches by exact replay: the first branch's runs from the start with
 * their initial η and m, each other branch's from its parent's state at its fork step, every step
 * with the η and m its recipe says. The runs are deterministic, so every state is the one the
 * engine computed before the session was saved. Runs on the training thread.
 */
final class BranchReplay {
    private BranchReplay() {
    }

    /** Per branch of {@code tree} (a parent before its children), per run, the timeline of its path. */
    static List<List<Timeline>> build(TrainingSetup setup, List<ReplayPlan> plans, List<BranchPlan> tree) {
        List<List<Timeline>> built = new ArrayList<>(tree.size());
        for (BranchPlan branch : tree) {
            if (branch.parent() >= built.size() || branch.legs().size() != plans.size()) {
                throw new IllegalArgumentException("a branch forks off a later one, or has not one part per run");
            }
            List<Timeline> lines = new ArrayList<>(plans.size());
            for (int i = 0; i < plans.size(); i++) {
                Timeline parent = branch.parent() < 0 ? null : built.get(branch.parent()).get(i);
                lines.add(replay(setup, i, plans.get(i).initial(), parent, branch.legs().get(i)));
            }
            built.add(lines);
        }
        return built;
    }

    private static Timeline replay(TrainingSetup setup, int i, Hyperparameters initial, Timeline parent,
                                   BranchPlan.Leg leg) {
        Run run = new Run(setup.data(), setup.model(), setup.start(), initial, setup.seed(), setup.optimizerOf(i));
        Timeline t;
        if (parent == null) {
            t = new Timeline(run, Timeline.limitFor(setup.data().size()), Lockstep.TIMELINE_EVERY);
        } else {
            if (leg.forkStep() > parent.head()) {
                throw new IllegalArgumentException("a branch forks at step " + leg.forkStep()
                        + ", after the last step of the branch it forks off (" + parent.head() + ")");
            }
            t = parent.copy();
            t.forgetAfter(leg.forkStep());
            t.rebuild(run, leg.forkStep());
        }
        while (run.step() < leg.head() && run.state() == RunState.READY) {
            change(run, t, leg);
            run.stepMiniBatch();
            t.stepped(run);
        }
        change(run, t, leg); // set after the last step: the next one uses it
        return t;
    }

    private static void change(Run run, Timeline t, BranchPlan.Leg leg) {
        Hyperparameters h = leg.changes().get(run.step() + 1);
        if (h != null) {
            run.setHyperparameters(h);
            t.changed(run.step() + 1, h);
        }
    }
}
