package org.descentfx.ui.session;

import java.util.List;

/**
 * A session file of version 2, as it was written: every run's history and whole state, but no
 * update rule (the window knew only plain SGD then). Read as strictly as the current version,
 * then taken as a {@link Session} whose runs follow plain SGD, no race.
 */
record SessionV2(int version, String model, Session.DataSource data, double startW, double startB, long seed,
                 boolean compare, boolean stochastic, List<Session.RunRecord> runs) {

    /** The same session in the current record (nulls kept, for {@link SessionCheck} to name them). */
    Session toSession() {
        return new Session(version, model, data, startW, startB, seed, compare, stochastic, runs);
    }
}
