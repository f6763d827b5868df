package org.descentfx.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.data.DatasetException;
import org.descentfx.core.model.Model;
import org.descentfx.core.train.Checkpoint;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.OptimizerState;
import org.descentfx.core.train.RunState;
import org.descentfx.core.train.Point;
import org.descentfx.core.train.Snapshot;
import org.descentfx.engine.BranchPlan;
import org.descentfx.engine.EngineSnapshot;
import org.descentfx.core.train.UpdateRule;
import org.descentfx.engine.ReplayPlan;
import org.descentfx.engine.RunSpec;
import org.descentfx.engine.TraceChunk;
import org.descentfx.engine.TraceHistory;
import org.descentfx.engine.TrainingSetup;

/** Turns an experiment's state into a {@link Session} and a session back into a setup and replay plans. */
public final class SessionMapper {
    private SessionMapper() {
    }

    /**
     * What a session opens to: the setup, one replay plan per run, and the comparison switches.
     *
     * @param rates in a comparison of learning rates, each run's own η (null: the controls'); else null
     */
    public record Restored(TrainingSetup setup, List<ReplayPlan> plans, boolean compare, boolean stochastic,
                           List<UpdateRule> race, List<Double> raceLearningRates, List<Double> rates,
                           List<BranchPlan> branches, int currentBranch) {
        /** What a session of one branch opens to. */
        public Restored(TrainingSetup setup, List<ReplayPlan> plans, boolean compare, boolean stochastic,
                        List<UpdateRule> race, List<Double> raceLearningRates, List<Double> rates) {
            this(setup, plans, compare, stochastic, race, raceLearningRates, rates, List.of(), 0);
        }
    }

    /** The experiment that {@code s} shows, each run at the step it reached, with its branches: see below. */
    public static Session capture(EngineSnapshot s, boolean compare, boolean stochastic, List<TraceHistory> histories) {
        Session one = capture(s.setup(), compare, stochastic, histories, s.checkpoints());
        return SessionBranches.with(one, s.branchPlans(), s.branches());
    }

    /**
     * @param setup      the engine's setup (its η and m are the controls' current ones)
     * @param histories  one per run: its initial η and m and every change
     * @param states     one per run: its whole state now (its step is the steps taken)
     */
    public static Session capture(TrainingSetup setup, boolean compare, boolean stochastic,
                                  List<TraceHistory> histories, List<Checkpoint> states) {
        List<Long> steps = states.stream().map(Checkpoint::step).toList();
        List<Session.RunRecord> runs = new ArrayList<>();
        int n = setup.data().size();
        for (int i = 0; i < setup.runs().size(); i++) {
            TraceHistory h = histories.get(i);
            Hyperparameters initial = h.initialHyperparameters() != null ? h.initialHyperparameters()
                    : setup.runs().get(i).resolve(setup.hyperparameters(), n);
            List<Session.Change> changes = new ArrayList<>();
            for (TraceChunk.Change c : h.changes()) {
                if (c.step() <= steps.get(i) + 1) { // one past the last step: set while paused, not yet used
                    changes.add(new Session.Change(c.step(), c.hyperparameters().learningRate(),
                            c.hyperparameters().miniBatchSize(), c.examplesSeen()));
                }
            }
            runs.add(new Session.RunRecord(initial.learningRate(), initial.miniBatchSize(), changes, steps.get(i),
                    saved(states.get(i))));
        }
        return new Session(SessionFile.VERSION, setup.model().id(), dataSource(setup.data()), setup.start().w(),
                setup.start().b(), setup.seed(), compare, compare && stochastic, runs,
                new Session.OptimizerRecord(setup.optimizer().id(), setup.optimizer().constants()),
                setup.runs().stream().filter(r -> r.optimizer() != null)
                        .map(r -> new Session.Racer(r.optimizer().id(), r.optimizer().constants(), r.learningRate()))
                        .toList(),
                RunSpec.ownRatesOf(setup.runs()));
    }

    /**
     * A run's state as the file keeps it; none at the start (nothing to skip) and none once it
     * diverged (its numbers may not be finite, and it stops at once when replayed).
     */
    static Session.SavedState saved(Checkpoint c) {
        OptimizerState o = c.optimizer();
        boolean finite = Double.isFinite(o.first().w()) && Double.isFinite(o.first().b())
                && Double.isFinite(o.second().w()) && Double.isFinite(o.second().b());
        if (c.step() == 0 || c.state() != RunState.READY || !finite) {
            return null;
        }
        return new Session.SavedState(c.completedEpochs(), c.position(), c.examplesSeen(), c.point().w(), c.point().b(),
                c.used().learningRate(), c.used().miniBatchSize(), c.next().learningRate(), c.next().miniBatchSize(),
                c.generator(), c.order(), c.shufflesOwed(), c.lastFrom(), c.lastTo(), c.lastBatchOfEndedEpoch(),
                c.lastBatchCost(), o.steps(), new double[] {o.first().w(), o.first().b()},
                new double[] {o.second().w(), o.second().b()});
    }

    /** The checkpoint of a checked saved state after {@code step} steps; IllegalArgumentException where it is inconsistent. */
    private static Checkpoint checkpoint(long step, Session.SavedState t, int n) {
        if (t.order().length != n) {
            throw new IllegalArgumentException("a saved state orders " + t.order().length + " examples, the data has " + n);
        }
        Checkpoint c = new Checkpoint(step, t.completedEpochs(), t.position(), t.examplesSeen(), new Point(t.w(), t.b()),
                new Hyperparameters(t.learningRate(), t.miniBatchSize()),
                new Hyperparameters(t.nextLearningRate(), t.nextMiniBatchSize()), t.generator(), t.order(),
                t.shufflesOwed(), t.lastFrom(), t.lastTo(), t.lastBatchOfEndedEpoch(), t.lastBatchCost(), RunState.READY,
                -1, new OptimizerState(t.optimizerSteps(), new Point(t.optimizerFirst()[0], t.optimizerFirst()[1]),
                new Point(t.optimizerSecond()[0], t.optimizerSecond()[1])));
        c.requireConsistentArrays();
        return c;
    }

    private static Session.DataSource dataSource(Dataset data) {
        if (BuiltInDatasets.names().contains(data.name())) {
            try {
                if (BuiltInDatasets.load(data.name()).equals(data)) {
                    return new Session.DataSource(data.name(), data.name(), null, null);
                }
            } catch (DatasetException e) {
                // not loadable as built-in: embed the values below
            }
        }
        return new Session.DataSource(null, data.name(), data.xs(), data.ys());
    }

    /** The setup and plans of a checked session (see {@link SessionFile#read}). */
    public static Restored restore(Session s) throws SessionException {
        return restore("the session", s);
    }

    /**
     * The setup and plans of a checked session read from {@code file}; what cannot be restored is
     * refused with a message that names the file.
     */
    public static Restored restore(String file, Session s) throws SessionException {
        try {
            return restoreChecked(s);
        } catch (DatasetException | IllegalArgumentException e) {
            throw new SessionException(file + ": the session cannot be restored: " + e.getMessage(), e);
        }
    }

    private static Restored restoreChecked(Session s) throws DatasetException {
        Dataset data = s.data().builtIn() != null ? BuiltInDatasets.load(s.data().builtIn())
                : Dataset.of(s.data().name() == null ? "session data" : s.data().name(), s.data().x(), s.data().y());
        List<UpdateRule> race = s.race().stream().map(r -> rule(r.optimizer())).toList();
        List<Double> ownRates = new ArrayList<>();
        s.race().forEach(r -> ownRates.add(r.learningRate()));
        List<RunSpec> specs = !race.isEmpty() ? RunSpec.race(race, ownRates)
                : s.rates() != null ? RunSpec.rates(s.rates()) : RunSpec.lineup(s.compare(), s.stochastic());
        List<ReplayPlan> plans = new ArrayList<>();
        for (Session.RunRecord r : s.runs()) {
            List<TraceChunk.Change> changes = new ArrayList<>();
            for (Session.Change c : r.changes()) {
                changes.add(new TraceChunk.Change(c.step(), c.examplesSeen() == null ? 0 : c.examplesSeen(),
                        new Hyperparameters(c.learningRate(), c.miniBatchSize())));
            }
            Checkpoint end = r.state() == null ? null : checkpoint(r.step(), r.state(), data.size());
            plans.add(new ReplayPlan(new Hyperparameters(r.learningRate(), r.miniBatchSize()), changes, r.step(), end));
        }
        TrainingSetup setup = new TrainingSetup(data, Model.byId(s.model()), new Point(s.startW(), s.startB()),
                s.seed(), lastOf(s.runs().get(0)), specs, rule(s.optimizer()));
        return new Restored(setup, plans, s.compare(), s.stochastic(), race, ownRates,
                s.rates() == null ? null : RunSpec.ownRatesOf(specs), SessionBranches.plans(s), s.currentBranch());
    }

    /** The rule a session names, its constants checked; an unknown rule or constant is an IllegalArgumentException. */
    static UpdateRule rule(Session.OptimizerRecord o) {
        return UpdateRule.parse(o.rule(), o.constants() == null ? Map.of() : o.constants());
    }

    /** The controls' η and m when the session was saved: the first run's last ones. */
    private static Hyperparameters lastOf(Session.RunRecord r) {
        if (r.changes().isEmpty()) {
            return new Hyperparameters(r.learningRate(), r.miniBatchSize());
        }
        Session.Change c = r.changes().get(r.changes().size() - 1);
        return new Hyperparameters(c.learningRate(), c.miniBatchSize());
    }
}
