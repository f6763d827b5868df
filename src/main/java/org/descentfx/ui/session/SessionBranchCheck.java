package org.descentfx.ui.session;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.engine.BranchPlan;

/**
 * The rules a session's tree of branches must follow before anything is replayed; each broken rule
 * is one message that names the file and the field ({@code branches[1].runs[0].forkStep}).
 */
final class SessionBranchCheck {
    private SessionBranchCheck() {
    }

    static void check(String file, Session s) throws SessionException {
        List<Session.BranchRecord> branches = s.branches();
        require(file, "branches", branches != null, "the list of branches is missing (null)");
        require(file, "branches", branches.size() <= BranchPlan.MAX,
                "a session holds at most " + BranchPlan.MAX + " branches, not " + branches.size());
        require(file, "currentBranch", branches.isEmpty() ? s.currentBranch() == 0
                        : s.currentBranch() >= 0 && s.currentBranch() < branches.size(),
                branches.isEmpty() ? "there are no branches, so the current one is 0"
                        : "there is no branch " + s.currentBranch() + " (there are " + branches.size() + ")");
        long replay = 0;
        for (int k = 0; k < branches.size(); k++) {
            replay += checkBranch(file, s, k);
        }
        require(file, "branches", replay <= SessionCheck.MAX_REPLAY_STEPS, "the branches have " + replay
                + " steps to replay; more than " + SessionCheck.MAX_REPLAY_STEPS
                + " would take hours, so DescentFX does not open it");
        if (!branches.isEmpty()) {
            checkCurrent(file, s);
        }
    }

    /** Returns the steps the branch adds to the replay. */
    private static long checkBranch(String file, Session s, int k) throws SessionException {
        String at = "branches[" + k + "]";
        Session.BranchRecord b = s.branches().get(k);
        require(file, at, b != null, "a branch is empty (null)");
        require(file, at + ".name", b.name() != null && !b.name().isBlank(), "a branch has no name");
        require(file, at + ".parent", k == 0 ? b.parent() == -1 : b.parent() >= 0 && b.parent() < k,
                k == 0 ? "the first branch forks off none (−1), not " + b.parent()
                        : "a branch forks off an earlier one (0 to " + (k - 1) + "), not " + b.parent());
        require(file, at + ".learningRate", b.learningRate() > 0 && Double.isFinite(b.learningRate()),
                "a learning rate η of " + b.learningRate() + " is not a positive number");
        require(file, at + ".miniBatchSize", b.miniBatchSize() >= 1,
                "a mini-batch size m of " + b.miniBatchSize() + " is less than 1");
        require(file, at + ".runs", b.runs() != null && b.runs().size() == s.runs().size(),
                "a branch has one part per run (" + s.runs().size() + "), not "
                        + (b.runs() == null ? "none" : b.runs().size()));
        long steps = 0;
        for (int i = 0; i < b.runs().size(); i++) {
            steps += checkLeg(file, at + ".runs[" + i + "]", s, b, i);
        }
        return steps;
    }

    private static long checkLeg(String file, String at, Session s, Session.BranchRecord b, int run)
            throws SessionException {
        Session.BranchLeg leg = b.runs().get(run);
        require(file, at, leg != null, "a branch's run is empty (null)");
        if (b.parent() < 0) {
            require(file, at + ".forkStep", leg.forkStep() == 0, "the first branch starts at step 0, not "
                    + leg.forkStep());
        } else {
            long parentHead = s.branches().get(b.parent()).runs().get(run).head();
            require(file, at + ".forkStep", leg.forkStep() >= 0 && leg.forkStep() <= parentHead,
                    "the branch forks at step " + leg.forkStep() + ", but the branch it forks off goes from 0 to step "
                            + parentHead);
        }
        require(file, at + ".head", leg.head() >= leg.forkStep(), "the branch ends at step " + leg.head()
                + ", before its fork step " + leg.forkStep());
        require(file, at + ".changes", leg.changes() != null, "the list of changes of η and m is missing (null)");
        long previous = leg.forkStep();
        for (int j = 0; j < leg.changes().size(); j++) {
            Session.BranchChange c = leg.changes().get(j);
            String field = at + ".changes[" + j + "]";
            require(file, field, c != null, "a change of η and m is empty (null)");
            require(file, field + ".step", c.step() > previous && c.step() <= leg.head() + 1,
                    "the changes of η and m come after the fork step, in step order, by one past the head ("
                            + (leg.head() + 1) + "); this one is at step " + c.step());
            require(file, field + ".learningRate", c.learningRate() > 0 && Double.isFinite(c.learningRate()),
                    "a learning rate η of " + c.learningRate() + " is not a positive number");
            require(file, field + ".miniBatchSize", c.miniBatchSize() >= 1,
                    "a mini-batch size m of " + c.miniBatchSize() + " is less than 1");
            previous = c.step();
        }
        return leg.head() - leg.forkStep();
    }

    /** The runs are on the current branch: their steps lie on it, their changes are its changes. */
    private static void checkCurrent(String file, Session s) throws SessionException {
        int k = s.currentBranch();
        for (int i = 0; i < s.runs().size(); i++) {
            Session.RunRecord r = s.runs().get(i);
            String at = "branches[" + k + "].runs[" + i + "]";
            long head = s.branches().get(k).runs().get(i).head();
            require(file, at + ".head", r.step() <= head, "the current branch ends at step " + head
                    + ", before runs[" + i + "] (step " + r.step() + ")");
            SortedMap<Long, Hyperparameters> branch = SessionBranches.history(s, k, i).headMap(r.step() + 1);
            SortedMap<Long, Hyperparameters> run = new TreeMap<>();
            for (Session.Change c : r.changes()) {
                if (c.step() <= r.step()) {
                    run.put(c.step(), new Hyperparameters(c.learningRate(), c.miniBatchSize()));
                }
            }
            require(file, at + ".changes", branch.equals(run), "the current branch's changes of η and m up to step "
                    + r.step() + " are not those of runs[" + i + "]");
        }
    }

    private static void require(String file, String field, boolean ok, String problem) throws SessionException {
        if (!ok) {
            throw new SessionException(file + ", field " + field + ": " + problem);
        }
    }
}
