package org.descentfx.ui.session;

import java.util.List;

/**
 * The rules a session must follow before anything is replayed; each broken rule is one message
 * that names the file and the field ({@code runs[1].changes[0].step}).
 */
final class SessionCheck {
    private SessionCheck() {
    }

    static void check(String file, Session s, List<String> builtIns) throws SessionException {
        require(file, "model", s.model() != null && (s.model().equals("linear") || s.model().equals("sigmoid")),
                "the model must be \"linear\" or \"sigmoid\", not " + quote(s.model()));
        require(file, "data", s.data() != null, "there is no data");
        checkData(file, s.data(), builtIns);
        require(file, "startW", Double.isFinite(s.startW()), "the start point is not finite");
        require(file, "startB", Double.isFinite(s.startB()), "the start point is not finite");
        require(file, "runs", s.runs() != null && !s.runs().isEmpty(), "there are no runs");
        int expected = s.compare() ? (s.stochastic() ? 3 : 2) : 1;
        require(file, "runs", s.runs().size() == expected, "the comparison setting needs " + expected
                + " runs, the file has " + s.runs().size());
        for (int i = 0; i < s.runs().size(); i++) {
            checkRun(file, "runs[" + i + "]", s.runs().get(i));
        }
    }

    private static void checkData(String file, Session.DataSource d, List<String> builtIns) throws SessionException {
        if (d.builtIn() != null) {
            require(file, "data.builtIn", builtIns.contains(d.builtIn()), "the session names the built-in data set '"
                    + d.builtIn() + "', which this DescentFX does not have (it has " + String.join(", ", builtIns) + ")");
            return;
        }
        require(file, "data", d.x() != null && d.y() != null, "the data has neither a built-in name nor values");
        require(file, "data", d.x().length == d.y().length, "the data has " + d.x().length + " x values but "
                + d.y().length + " y values");
        require(file, "data", d.x().length > 0, "the data has no examples");
        finite(file, "data.x", d.x());
        finite(file, "data.y", d.y());
    }

    /** A value such as 1e400 is read as infinity: it overflowed. */
    private static void finite(String file, String field, double[] values) throws SessionException {
        for (int i = 0; i < values.length; i++) {
            require(file, field + "[" + i + "]", Double.isFinite(values[i]),
                    "the value is too large for a number (it overflows)");
        }
    }

    private static void checkRun(String file, String field, Session.RunRecord r) throws SessionException {
        require(file, field, r != null, "a run is empty (null)");
        requireHyperparameters(file, field, r.learningRate(), r.miniBatchSize());
        require(file, field + ".step", r.step() >= 0, "a run's step count is negative");
        require(file, field + ".changes", r.changes() != null, "the list of changes of η and m is missing (null)");
        long previous = 0;
        for (int i = 0; i < r.changes().size(); i++) {
            Session.Change c = r.changes().get(i);
            String at = field + ".changes[" + i + "]";
            require(file, at, c != null, "a change of η and m is empty (null)");
            require(file, at + ".step", c.step() >= 1 && c.step() >= previous,
                    "the changes of η and m are not in step order");
            requireHyperparameters(file, at, c.learningRate(), c.miniBatchSize());
            previous = c.step();
        }
    }

    private static void requireHyperparameters(String file, String field, double eta, int m) throws SessionException {
        require(file, field + ".learningRate", eta > 0 && Double.isFinite(eta),
                "a learning rate η of " + eta + " is not a positive number");
        require(file, field + ".miniBatchSize", m >= 1, "a mini-batch size m of " + m + " is less than 1");
    }

    private static void require(String file, String field, boolean ok, String problem) throws SessionException {
        if (!ok) {
            throw new SessionException(file + ", field " + field + ": " + problem);
        }
    }

    private static String quote(String s) {
        return s == null ? "nothing" : "\"" + s + "\"";
    }
}
