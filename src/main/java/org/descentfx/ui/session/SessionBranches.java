package org.descentfx.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.engine.Branch;
import org.descentfx.engine.BranchPlan;

/**
 * The tree of branches in a session (version 4): the engine's recipes as the file keeps them, and
 * back. A past of one branch keeps none, so it opens at once from the runs' saved states as before.
 */
final class SessionBranches {
    private SessionBranches() {
    }

    /** {@code one} with the branches of {@code plans} ({@code branches} in the same order says which is current). */
    static Session with(Session one, List<BranchPlan> plans, List<Branch> branches) {
        if (plans.size() < 2 || plans.size() != branches.size()) {
            return one;
        }
        List<Session.BranchRecord> records = new ArrayList<>(plans.size());
        int current = 0;
        for (int k = 0; k < plans.size(); k++) {
            BranchPlan p = plans.get(k);
            List<Session.BranchLeg> legs = new ArrayList<>(p.legs().size());
            for (BranchPlan.Leg leg : p.legs()) {
                List<Session.BranchChange> changes = new ArrayList<>(leg.changes().size());
                leg.changes().forEach((step, h) -> changes.add(
                        new Session.BranchChange(step, h.learningRate(), h.miniBatchSize())));
                legs.add(new Session.BranchLeg(leg.forkStep(), leg.head(), changes));
            }
            records.add(new Session.BranchRecord(p.name(), p.parent(), p.controls().learningRate(),
                    p.controls().miniBatchSize(), legs));
            if (branches.get(k).current()) {
                current = k;
            }
        }
        return new Session(one.version(), one.model(), one.data(), one.startW(), one.startB(), one.seed(),
                one.compare(), one.stochastic(), one.runs(), one.optimizer(), one.race(), one.rates(),
                List.copyOf(records), current);
    }

    /** The recipes of a checked session's branches (see {@link SessionCheck}), for the engine to replay. */
    static List<BranchPlan> plans(Session s) {
        List<BranchPlan> out = new ArrayList<>(s.branches().size());
        for (Session.BranchRecord r : s.branches()) {
            List<BranchPlan.Leg> legs = new ArrayList<>(r.runs().size());
            for (Session.BranchLeg leg : r.runs()) {
                legs.add(new BranchPlan.Leg(leg.forkStep(), leg.head(), changes(leg)));
            }
            out.add(new BranchPlan(r.name(), r.parent(), legs, new Hyperparameters(r.learningRate(), r.miniBatchSize())));
        }
        return List.copyOf(out);
    }

    static SortedMap<Long, Hyperparameters> changes(Session.BranchLeg leg) {
        SortedMap<Long, Hyperparameters> changes = new TreeMap<>();
        for (Session.BranchChange c : leg.changes()) {
            changes.put(c.step(), new Hyperparameters(c.learningRate(), c.miniBatchSize()));
        }
        return changes;
    }

    /**
     * Run {@code run}'s every change of η and m on branch {@code k}, by first step: its ancestors'
     * up to where each forks off, then its own.
     */
    static SortedMap<Long, Hyperparameters> history(Session s, int k, int run) {
        Session.BranchRecord r = s.branches().get(k);
        Session.BranchLeg leg = r.runs().get(run);
        SortedMap<Long, Hyperparameters> all = r.parent() < 0 ? new TreeMap<>()
                : new TreeMap<>(history(s, r.parent(), run).headMap(leg.forkStep() + 1));
        all.putAll(changes(leg));
        return all;
    }
}
