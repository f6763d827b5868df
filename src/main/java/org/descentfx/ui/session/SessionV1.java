package org.descentfx.ui.session;

import java.util.ArrayList;
import java.util.List;

/**
 * A session file of version 1, as it was written: runs with their history and step count but no
 * saved state, changes without the examples seen. Read as strictly as the current version (every
 * field present, none unknown), then taken as a {@link Session} whose runs are replayed.
 */
record SessionV1(int version, String model, Session.DataSource data, double startW, double startB, long seed,
                 boolean compare, boolean stochastic, List<RunRecord> runs) {

    record RunRecord(double learningRate, int miniBatchSize, List<Change> changes, long step) {
    }

    record Change(long step, double learningRate, int miniBatchSize) {
    }

    /** The same session in the current record (nulls kept, for {@link SessionCheck} to name them). */
    Session toSession() {
        List<Session.RunRecord> out = null;
        if (runs != null) {
            out = new ArrayList<>();
            for (RunRecord r : runs) {
                out.add(r == null ? null : new Session.RunRecord(r.learningRate(), r.miniBatchSize(), changes(r.changes()),
                        r.step()));
            }
        }
        return new Session(version, model, data, startW, startB, seed, compare, stochastic, out);
    }

    private static List<Session.Change> changes(List<Change> changes) {
        if (changes == null) {
            return null;
        }
        List<Session.Change> out = new ArrayList<>();
        for (Change c : changes) {
            out.add(c == null ? null : new Session.Change(c.step(), c.learningRate(), c.miniBatchSize()));
        }
        return out;
    }
}
