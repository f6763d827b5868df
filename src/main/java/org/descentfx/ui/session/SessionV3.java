package org.descentfx.ui.session;

import java.util.List;

/**
 * A session file of version 3 without the optional field {@code rates} (every file written before the
 * window compared learning rates, and every later one without such a comparison). Read as strictly as
 * the whole record, then taken as a {@link Session} with no comparison of learning rates, one branch.
 */
record SessionV3(int version, String model, Session.DataSource data, double startW, double startB, long seed,
                 boolean compare, boolean stochastic, List<Session.RunRecord> runs,
                 Session.OptimizerRecord optimizer, List<Session.Racer> race) {

    /** The same session in the current record (nulls kept, for {@link SessionCheck} to name them). */
    Session toSession() {
        return new Session(version, model, data, startW, startB, seed, compare, stochastic, runs, optimizer, race);
    }
}
