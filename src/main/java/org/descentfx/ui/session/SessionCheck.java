package org.descentfx.ui.session;

import java.util.List;
import org.descentfx.engine.RunSpec;

/**
 * The rules a session must follow before anything is replayed; each broken rule is one message
 * that names the file and the field ({@code runs[1].changes[0].step}).
 */
final class SessionCheck {
    /**
     * The most steps a run without a saved state (version 1) may ask to be replayed: at the engine's
     * pace of some tens of millions of steps a second, a few minutes in the background.
     */
    static final long MAX_REPLAY_STEPS = 10_000_000_000L;

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
        checkOptimizer(file, "optimizer", s.optimizer());
        require(file, "race", s.race() != null && s.race().size() <= RunSpec.MAX_RACERS,
                "a race has 1 to " + RunSpec.MAX_RACERS + " optimizers, or none");
        require(file, "compare", s.race().isEmpty() || !s.compare(),
                "a race of optimizers and the comparison of batch sizes cannot both be on");
        for (int i = 0; i < s.race().size(); i++) {
            Session.Racer racer = s.race().get(i);
            require(file, "race[" + i + "]", racer != null, "a runner of the race is empty (null)");
            checkOptimizer(file, "race[" + i + "]", racer.optimizer());
            Double eta = racer.learningRate();
            require(file, "race[" + i + "].learningRate", eta == null || (eta > 0 && Double.isFinite(eta)),
                    "a learning rate η of " + eta + " is not a positive number");
        }
        checkRates(file, s);
        int expected = !s.race().isEmpty() ? s.race().size() : s.rates() != null ? s.rates().size()
                : s.compare() ? (s.stochastic() ? 3 : 2) : 1;
        require(file, "runs", s.runs().size() == expected, "the comparison setting needs " + expected
                + " runs, the file has " + s.runs().size());
        for (int i = 0; i < s.runs().size(); i++) {
            checkRun(file, "runs[" + i + "]", s.runs().get(i));
        }
        SessionBranchCheck.check(file, s);
    }

    /** A comparison of learning rates: 2 to 4 runs, each η positive or null (the controls'), no other comparison. */
    private static void checkRates(String file, Session s) throws SessionException {
        if (s.rates() == null) {
            return;
        }
        require(file, "rates", s.rates().size() >= RunSpec.MIN_RATES && s.rates().size() <= RunSpec.MAX_RACERS,
                "a comparison of learning rates has " + RunSpec.MIN_RATES + " to " + RunSpec.MAX_RACERS + " runs, not "
                        + s.rates().size());
        require(file, "rates", s.race().isEmpty() && !s.compare(),
                "a comparison of learning rates cannot be on with another comparison");
        for (int i = 0; i < s.rates().size(); i++) {
            Double eta = s.rates().get(i);
            require(file, "rates[" + i + "]", eta == null || (eta > 0 && Double.isFinite(eta)),
                    "a learning rate η of " + eta + " is not a positive number");
        }
    }

    private static void checkOptimizer(String file, String field, Session.OptimizerRecord o) throws SessionException {
        require(file, field, o != null && o.rule() != null, "there is no update rule");
        try {
            SessionMapper.rule(o);
        } catch (IllegalArgumentException e) {
            throw new SessionException(file + ", field " + field + ": the update rule cannot be used: " + e.getMessage());
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
            require(file, at + ".examplesSeen", c.examplesSeen() == null || c.examplesSeen() >= 0,
                    "the examples seen are negative");
            previous = c.step();
        }
        if (r.state() == null) {
            require(file, field + ".step", r.step() <= MAX_REPLAY_STEPS, "the run has " + r.step()
                    + " steps and no saved state; replaying more than " + MAX_REPLAY_STEPS
                    + " steps would take hours, so DescentFX does not open it");
        } else {
            checkState(file, field + ".state", r.state());
        }
    }

    /** What can be checked of a saved state before the data is loaded; {@link SessionMapper} checks the rest. */
    private static void checkState(String file, String field, Session.SavedState t) throws SessionException {
        require(file, field + ".w", Double.isFinite(t.w()), "w is not a finite number");
        require(file, field + ".b", Double.isFinite(t.b()), "b is not a finite number");
        require(file, field + ".lastBatchCost", Double.isFinite(t.lastBatchCost()), "C_X is not a finite number");
        requireHyperparameters(file, field, t.learningRate(), t.miniBatchSize());
        require(file, field + ".nextLearningRate", t.nextLearningRate() > 0 && Double.isFinite(t.nextLearningRate()),
                "a learning rate η of " + t.nextLearningRate() + " is not a positive number");
        require(file, field + ".nextMiniBatchSize", t.nextMiniBatchSize() >= 1,
                "a mini-batch size m of " + t.nextMiniBatchSize() + " is less than 1");
        require(file, field + ".order", t.order() != null, "the order of the examples is missing (null)");
        require(file, field + ".lastBatchOfEndedEpoch", t.lastBatchOfEndedEpoch() != null,
                "the ended epoch's last mini-batch is missing (null)");
        pair(file, field + ".optimizerFirst", t.optimizerFirst());
        pair(file, field + ".optimizerSecond", t.optimizerSecond());
    }

    private static void pair(String file, String field, double[] values) throws SessionException {
        require(file, field, values != null && values.length == 2, "the optimizer's accumulator is not a pair (w, b)");
        finite(file, field, values);
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
