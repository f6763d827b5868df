package org.descentfx.ui.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.OptimizerState;
import org.descentfx.core.train.Point;
import org.descentfx.core.train.RunState;
import org.descentfx.core.train.Snapshot;
import org.descentfx.engine.EngineSnapshot;
import org.descentfx.engine.RunSpec;
import org.descentfx.engine.TrainingSetup;
import org.junit.jupiter.api.Test;

/** The banner's sentence is a function of the snapshot alone: which run, which step, which η. */
class DivergenceMessageTest {
    private static final Dataset DATA = Dataset.of("d", new double[] {1, 2, 3}, new double[] {2, 4, 6});

    @Test
    void isEmptyWhileEveryRunIsFine() {
        // given
        EngineSnapshot s = snapshot(List.of(RunSpec.single()), fine(0.02), fine(0.02));

        // then
        assertThat(DivergenceMessage.of(s)).isEmpty();
    }

    @Test
    void aSingleRunSaysDivergedWithItsStepAndItsEta() {
        // given
        EngineSnapshot s = snapshot(List.of(RunSpec.single()), diverged(0.12, 17));

        // then
        assertThat(DivergenceMessage.of(s)).isEqualTo(
                "Diverged at step 17: η = 0.12 is too large for this valley — lower η and press Reset (R).");
    }

    @Test
    void inAComparisonItNamesTheFirstRunThatDiverged() {
        // given
        EngineSnapshot s = snapshot(RunSpec.lineup(true, true), fine(0.5), diverged(0.5, 4), diverged(0.5, 2));

        // then
        assertThat(DivergenceMessage.of(s)).isEqualTo("The full batch descent diverged at step 4: η = 0.5"
                + " is too large for this valley — lower η and press Reset (R).");
    }

    private static Snapshot fine(double eta) {
        return new Snapshot(3, 1, 3, 3, new Point(1, 0), 0.5, 0.4, new Hyperparameters(eta, 1), RunState.READY, -1,
                OptimizerState.NONE);
    }

    private static Snapshot diverged(double eta, long step) {
        return new Snapshot(step, 1, 3, step, new Point(1e9, 1e9), Double.NaN, Double.POSITIVE_INFINITY,
                new Hyperparameters(eta, 1), RunState.DIVERGED, step, OptimizerState.NONE);
    }

    private static EngineSnapshot snapshot(List<RunSpec> specs, Snapshot... runs) {
        List<Snapshot> list = List.of(runs).subList(0, specs.size());
        List<Point> next = new ArrayList<>();
        list.forEach(r -> next.add(null));
        TrainingSetup setup = new TrainingSetup(DATA, LinearNeuron.INSTANCE, Point.ORIGIN, 1,
                new Hyperparameters(list.get(0).hyperparameters().learningRate(), 1), specs);
        return new EngineSnapshot(7, setup, false, 30, list, next, new int[0], List.of(), null);
    }
}
