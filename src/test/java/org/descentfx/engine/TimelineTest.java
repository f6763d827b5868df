package org.descentfx.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.train.Checkpoint;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Run;
import org.descentfx.core.train.UpdateRule;
import org.junit.jupiter.api.Test;

/**
 * Any earlier step of a run is rebuilt bit for bit from its timeline, in a run of 10^5 steps with
 * η and m changed several times; the steps after a fork are those of a fresh run started from that
 * state with the new settings; the checkpoints stay bounded.
 */
class TimelineTest {
    private static final Dataset DATA = TestData.noisyLine(37);
    private static final int STEPS = 100_000;

    private static Run run(Hyperparameters h) {
        return new Run(DATA, LinearNeuron.INSTANCE, TestData.START, h, TestData.SEED,
                UpdateRule.of(UpdateRule.Kind.MOMENTUM).with(UpdateRule.Constant.MOMENTUM, 0.5));
    }

    @Test
    void everyStepAskedForIsTheUninterruptedRunsStateBitForBit() {
        // given: an uninterrupted run with η and m changed at random steps, its states kept at random steps
        Random random = new Random(11);
        Run original = run(new Hyperparameters(0.002, 5));
        Timeline timeline = new Timeline(original, 64, 256);
        Map<Long, Checkpoint> truth = new HashMap<>();
        while (original.step() < STEPS) {
            if (random.nextInt(9000) == 0) {
                Hyperparameters h = new Hyperparameters(0.0005 + 0.003 * random.nextDouble(), 1 + random.nextInt(40));
                original.setHyperparameters(h);
                timeline.changed(original.step() + 1, h);
            }
            original.stepMiniBatch();
            timeline.stepped(original);
            if (random.nextInt(2000) == 0) {
                truth.put(original.step(), original.checkpoint());
            }
        }
        assertThat(truth).hasSizeGreaterThan(20);
        assertThat(timeline.checkpoints()).isLessThanOrEqualTo(64);

        // when / then
        for (Map.Entry<Long, Checkpoint> e : truth.entrySet()) {
            Run rebuilt = run(new Hyperparameters(0.1, 1));
            timeline.rebuild(rebuilt, e.getKey());
            assertThat(rebuilt.checkpoint()).as("step %d", e.getKey()).usingRecursiveComparison()
                    .isEqualTo(e.getValue());
        }
    }

    @Test
    void theStepsAfterAForkAreThoseOfAFreshRunFromThatState() {
        // given
        Run original = run(new Hyperparameters(0.002, 5));
        Timeline timeline = new Timeline(original, 16, 64);
        Checkpoint atFork = null;
        for (int k = 0; k < 5000; k++) {
            original.stepMiniBatch();
            timeline.stepped(original);
            if (original.step() == 1234) {
                atFork = original.checkpoint();
            }
        }

        // when: back to step 1234, forked with η = 0.004 and m = 3, 500 steps on
        Hyperparameters changed = new Hyperparameters(0.004, 3);
        Run forked = run(new Hyperparameters(0.1, 1));
        timeline.rebuild(forked, 1234);
        timeline.forgetAfter(1234);
        forked.setHyperparameters(changed);
        Run fresh = run(new Hyperparameters(0.1, 1));
        fresh.resume(atFork);
        fresh.setHyperparameters(changed);
        for (int k = 0; k < 500; k++) {
            forked.stepMiniBatch();
            fresh.stepMiniBatch();
        }

        // then
        assertThat(forked.checkpoint()).usingRecursiveComparison().isEqualTo(fresh.checkpoint());
    }
}
