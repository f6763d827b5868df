package org.descentfx.ui.session;

import java.util.List;

/**
 * A session file of version 4 without the optional field {@code rates} (no comparison of learning
 * rates): every field of {@link Session} but that one, its branches included.
 */
record SessionV4(int version, String model, Session.DataSource data, double startW, double startB, long seed,
                 boolean compare, boolean stochastic, List<Session.RunRecord> runs,
                 Session.OptimizerRecord optimizer, List<Session.Racer> race,
                 List<Session.BranchRecord> branches, int currentBranch) {

    /** The same session in the current record (nulls kept, for {@link SessionCheck} to name them). */
    Session toSession() {
        return new Session(version, model, data, startW, startB, seed, compare, stochastic, runs, optimizer, race, null,
                branches, currentBranch);
    }
}
