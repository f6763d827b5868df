package org.descentfx.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Run;
import org.descentfx.core.train.UpdateRule;
import org.junit.jupiter.api.Test;

/** A race of optimizers: each run is exactly the run its rule makes alone, from the same start on the same shuffles. */
class OptimizerRaceTest {
    private static final List<UpdateRule> RACERS = List.of(UpdateRule.SGD, UpdateRule.of(UpdateRule.Kind.MOMENTUM),
            UpdateRule.of(UpdateRule.Kind.ADAM));

    @Test
    void eachRacerIsItsRuleAloneBitForBitAndARestoreBringsThemBack() throws Exception {
        // given
        Dataset data = TestData.noisyLine(31);
        TrainingSetup setup = TestData.setup(data, LinearNeuron.INSTANCE, 0.01, 4, RunSpec.race(RACERS, List.of()));
        EngineSnapshot raced;
        List<TraceHistory> traces = new ArrayList<>();
        try (EngineHarness h = new EngineHarness(setup)) {
            // when
            h.stepEpoch();
            h.engine().setHyperparameters(new Hyperparameters(0.02, 6));
            raced = h.stepEpoch();
            RACERS.forEach(r -> traces.add(new TraceHistory()));
            h.drainTrace().forEach(c -> traces.get(c.run()).append(c));
        }

        // then
        for (int i = 0; i < RACERS.size(); i++) {
            Run alone = new Run(data, LinearNeuron.INSTANCE, TestData.START, new Hyperparameters(0.01, 4), TestData.SEED,
                    RACERS.get(i));
            alone.stepEpoch();
            alone.setHyperparameters(new Hyperparameters(0.02, 6));
            alone.stepEpoch();
            assertThat(raced.runs().get(i).point()).as(RACERS.get(i).id()).isEqualTo(alone.point());
            assertThat(raced.runs().get(i).optimizer()).isEqualTo(alone.optimizerState());
        }
        assertThat(raced.runs().get(0).point()).isNotEqualTo(raced.runs().get(1).point());

        // and when: restored from the plans in a fresh engine
        List<ReplayPlan> plans = new ArrayList<>();
        for (int i = 0; i < RACERS.size(); i++) {
            plans.add(Replay.planOf(traces.get(i), null, raced.runs().get(i).step()));
        }
        try (EngineHarness h = new EngineHarness(TestData.single(data, 0.5, 2))) {
            h.engine().restore(setup.withHyperparameters(new Hyperparameters(0.02, 6)), plans);
            EngineSnapshot restored = h.await("the replay", s -> s.runs().size() == 3
                    && s.runs().get(2).step() == raced.runs().get(2).step());

            // then
            assertThat(restored.runs()).isEqualTo(raced.runs());
        }
    }

    @Test
    void aRaceHoldsOneToFourRulesEachWithItsOwnEtaIfGiven() {
        List<RunSpec> race = RunSpec.race(RACERS, java.util.Arrays.asList(null, 0.5, null));
        assertThat(race.get(1).resolve(new Hyperparameters(0.01, 3), 10)).isEqualTo(new Hyperparameters(0.5, 3));
        assertThat(race.get(0).resolve(new Hyperparameters(0.01, 3), 10)).isEqualTo(new Hyperparameters(0.01, 3));
        assertThat(race.get(2).label()).isEqualTo("Adam");
        assertThat(RunSpec.race(List.of(UpdateRule.of(UpdateRule.Kind.ADAM).with(UpdateRule.Constant.BETA2, 0.99)),
                List.of()).get(0).label()).as("a constant off its default is named").isEqualTo("Adam (β₂ = 0.99)");
        assertThatThrownBy(() -> RunSpec.race(List.of(), List.of())).hasMessageContaining("1 to 4");
    }
}
