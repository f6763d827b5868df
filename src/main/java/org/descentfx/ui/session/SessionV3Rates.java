package org.descentfx.ui.session;

import java.util.List;

/**
 * A session file of version 3 with its optional field {@code rates} (a comparison of learning rates).
 * Read as strictly as the whole record, then taken as a {@link Session} of one branch.
 */
record SessionV3Rates(int version, String model, Session.DataSource data, double startW, double startB, long seed,
                      boolean compare, boolean stochastic, List<Session.RunRecord> runs,
                      Session.OptimizerRecord optimizer, List<Session.Racer> race, List<Double> rates) {

    /** The same session in the current record (nulls kept, for {@link SessionCheck} to name them). */
    Session toSession() {
        return new Session(version, model, data, startW, startB, seed, compare, stochastic, runs, optimizer, race, rates);
    }
}
