package org.descentfx.ui.session;

import java.util.List;

/** The rules a session must follow before anything is replayed; each broken rule is one message. */
final class SessionCheck {
    private SessionCheck() {
    }

    static void check(String file, Session s, List<String> builtIns) throws SessionException {
        require(file, s.model() != null && (s.model().equals("linear") || s.model().equals("sigmoid")),
                "the model must be \"linear\" or \"sigmoid\", not " + quote(s.model()));
        require(file, s.data() != null, "there is no data");
        Session.DataSource d = s.data();
        if (d.builtIn() != null) {
            require(file, builtIns.contains(d.builtIn()), "the session names the built-in data set '" + d.builtIn()
                    + "', which this DescentFX does not have (it has " + String.join(", ", builtIns) + ")");
        } else {
            require(file, d.x() != null && d.y() != null, "the data has neither a built-in name nor values");
            require(file, d.x().length == d.y().length, "the data has " + d.x().length + " x values but "
                    + d.y().length + " y values");
            require(file, d.x().length > 0, "the data has no examples");
        }
        require(file, Double.isFinite(s.startW()) && Double.isFinite(s.startB()), "the start point is not finite");
        require(file, s.runs() != null && !s.runs().isEmpty(), "there are no runs");
        int expected = s.compare() ? (s.stochastic() ? 3 : 2) : 1;
        require(file, s.runs().size() == expected, "the comparison setting needs " + expected + " runs, the file has "
                + s.runs().size());
        for (Session.RunRecord r : s.runs()) {
            checkRun(file, r);
        }
    }

    private static void checkRun(String file, Session.RunRecord r) throws SessionException {
        require(file, r != null, "a run is empty");
        requireHyperparameters(file, r.learningRate(), r.miniBatchSize());
        require(file, r.step() >= 0, "a run's step count is negative");
        long previous = 0;
        for (Session.Change c : r.changes() == null ? List.<Session.Change>of() : r.changes()) {
            require(file, c.step() >= 1 && c.step() >= previous, "the changes of η and m are not in step order");
            requireHyperparameters(file, c.learningRate(), c.miniBatchSize());
            previous = c.step();
        }
    }

    private static void requireHyperparameters(String file, double eta, int m) throws SessionException {
        require(file, eta > 0 && Double.isFinite(eta), "a learning rate η of " + eta + " is not a positive number");
        require(file, m >= 1, "a mini-batch size m of " + m + " is less than 1");
    }

    private static void require(String file, boolean ok, String problem) throws SessionException {
        if (!ok) {
            throw new SessionException(file + ": " + problem);
        }
    }

    private static String quote(String s) {
        return s == null ? "nothing" : "\"" + s + "\"";
    }
}
