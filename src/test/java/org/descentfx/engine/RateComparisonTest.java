package org.descentfx.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.descentfx.core.cost.QuadraticCost;
import org.descentfx.core.curvature.StabilityLimit;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.surface.Minimum;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Run;
import org.descentfx.core.train.RunState;
import org.descentfx.core.train.Snapshot;
import org.junit.jupiter.api.Test;

/** A comparison of learning rates: each run is exactly the run its η makes alone, from the same start on the same shuffles. */
class RateComparisonTest {

    @Test
    void eachRunIsTheSingleRunWithItsEtaRowForRow() throws Exception {
        // given: η₁ the controls' 0.01, η₂ and η₃ their own
        Dataset data = TestData.noisyLine(31);
        List<Double> own = Arrays.asList(null, 0.0025, 0.04);
        TrainingSetup setup = TestData.setup(data, LinearNeuron.INSTANCE, 0.01, 4, RunSpec.rates(own));
        List<TraceHistory> traces = new ArrayList<>();
        try (EngineHarness h = new EngineHarness(setup)) {
            // when: two epochs, the controls' η and m changed between them
            h.stepEpoch();
            h.engine().setHyperparameters(new Hyperparameters(0.02, 6));
            h.stepEpoch();
            own.forEach(r -> traces.add(new TraceHistory()));
            h.drainTrace().forEach(c -> traces.get(c.run()).append(c));
        }

        // then: every row of every run is the row the run alone writes, as train does, bit for bit
        double[] firstEta = {0.01, 0.0025, 0.04};
        double[] secondEta = {0.02, 0.0025, 0.04};
        for (int i = 0; i < own.size(); i++) {
            Run alone = new Run(data, LinearNeuron.INSTANCE, TestData.START, new Hyperparameters(firstEta[i], 4),
                    TestData.SEED);
            List<double[]> rows = new ArrayList<>();
            rows.add(row(alone));
            while (alone.completedEpochs() < 1) {
                alone.stepMiniBatch();
                rows.add(row(alone));
            }
            alone.setHyperparameters(new Hyperparameters(secondEta[i], 6));
            while (alone.completedEpochs() < 2) {
                alone.stepMiniBatch();
                rows.add(row(alone));
            }
            TraceHistory t = traces.get(i);
            assertThat(t.size()).as("rows of η%d", i + 1).isEqualTo(rows.size());
            for (int k = 0; k < t.size(); k++) {
                double[] r = rows.get(k);
                assertThat(new double[] {t.step(k), t.w(k), t.b(k), k == 0 ? Double.NaN : t.batchCost(k), t.cost(k)})
                        .as("η%d, row %d", i + 1, k).isEqualTo(r);
            }
        }
        assertThat(traces.get(1).w(5)).isNotEqualTo(traces.get(2).w(5));
    }

    /** step, w, b, C_X, C: a row of train's CSV. */
    private static double[] row(Run r) {
        return new double[] {r.step(), r.w(), r.b(), r.step() == 0 ? Double.NaN : r.lastBatchCost(), r.cost()};
    }

    @Test
    void justBelowTwoOverLambdaMaxConvergesAndJustAboveDivergesInTheComparisonToo() throws Exception {
        for (String name : List.of("noisy-line", "centred-line")) {
            // given: full batch (m = n) at 0.99 and 1.01 times 2/λmax, beside the controls' small η
            Dataset data = BuiltInDatasets.load(name);
            double limit = StabilityLimit.of(LinearNeuron.INSTANCE, data, TestData.START).etaDiverges();
            TrainingSetup setup = TestData.setup(data, LinearNeuron.INSTANCE, 0.001, data.size(),
                    RunSpec.rates(Arrays.asList(null, 0.99 * limit, 1.01 * limit)));
            double floor = QuadraticCost.cost(LinearNeuron.INSTANCE, data,
                    Minimum.of(LinearNeuron.INSTANCE, data, TestData.START).w(),
                    Minimum.of(LinearNeuron.INSTANCE, data, TestData.START).b());
            double start = QuadraticCost.cost(LinearNeuron.INSTANCE, data, TestData.START.w(), TestData.START.b());
            EngineSnapshot end;
            try (EngineHarness h = new EngineHarness(setup)) {
                // when
                h.engine().setSpeed(Double.POSITIVE_INFINITY);
                end = h.playUntil("20,000 epochs", s -> s.runs().get(1).step() >= 20_000);
            }

            // then
            Snapshot below = end.runs().get(1);
            Snapshot above = end.runs().get(2);
            assertThat(above.state()).as(name).isEqualTo(RunState.DIVERGED);
            assertThat(below.state()).as(name).isEqualTo(RunState.READY);
            assertThat(below.cost() - floor).as(name).isLessThan(1e-9 * start);
        }
    }

    @Test
    void aComparisonHoldsTwoToFourRatesNamedInOrderEachWithItsOwnEtaOrTheControls() {
        List<RunSpec> rates = RunSpec.rates(Arrays.asList(null, 0.005, 0.09));
        assertThat(rates).extracting(RunSpec::label).containsExactly("η₁", "η₂", "η₃");
        assertThat(rates).extracting(RunSpec::ratePlace).containsExactly(1, 2, 3);
        assertThat(rates.get(0).resolve(new Hyperparameters(0.02, 3), 10)).isEqualTo(new Hyperparameters(0.02, 3));
        assertThat(rates.get(2).resolve(new Hyperparameters(0.02, 3), 10)).isEqualTo(new Hyperparameters(0.09, 3));
        assertThat(RunSpec.ownRatesOf(rates)).containsExactly(null, 0.005, 0.09);
        assertThat(RunSpec.ownRatesOf(RunSpec.lineup(true, true))).isNull();
        assertThatThrownBy(() -> RunSpec.rates(List.of(0.1))).hasMessageContaining("2 to 4");
        assertThatThrownBy(() -> RunSpec.rates(List.of(0.1, -1.0))).hasMessageContaining("not a positive number");
    }
}
