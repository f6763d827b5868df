package org.descentfx.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.stream.Stream;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.data.DatasetGenerator;
import org.descentfx.core.model.LinearNeuron;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * A run resumed from a checkpoint takes, bit for bit, the steps the run it was taken from takes:
 * for every rule, mid-epoch and at epoch ends, after full-batch epochs whose shuffles are owed,
 * with η and m changed on the way.
 */
class RunCheckpointTest {
    private static final Dataset DATA = new DatasetGenerator(17, -1, 2, 1.7, -0.6, 0.15, 5).line("line");

    private static UpdateRule rule(UpdateRule.Kind kind) {
        return UpdateRule.of(kind).with(UpdateRule.Constant.MOMENTUM, 0.8).with(UpdateRule.Constant.EPSILON, 1e-6);
    }

    private static Run run(UpdateRule rule, int m) {
        return new Run(DATA, LinearNeuron.INSTANCE, new Point(-0.5, 0.7), new Hyperparameters(0.02, m), 9, rule);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(UpdateRule.Kind.class)
    void aResumedRunTakesTheSameStepsAsTheOriginal(UpdateRule.Kind kind) {
        // given: a run with η and m changed several times, checkpointed at many steps
        Random random = new Random(kind.ordinal());
        Run original = run(rule(kind), 3);
        for (int k = 0; k < 120; k++) {
            if (random.nextInt(10) == 0) {
                original.setHyperparameters(new Hyperparameters(0.005 + random.nextDouble() * 0.03,
                        1 + random.nextInt(DATA.size() + 2)));
            }
            Checkpoint saved = original.checkpoint();
            Run resumed = run(rule(kind), 1);
            resumed.resume(saved);

            // when: both take the next step
            assertThat(resumed.nextBatch()).containsExactly(original.nextBatch());
            assertThat(resumed.nextStepVector()).isEqualTo(original.nextStepVector());
            original.stepMiniBatch();
            resumed.stepMiniBatch();

            // then: the very same state
            assertThat(resumed.checkpoint()).usingRecursiveComparison().isEqualTo(original.checkpoint());
            assertThat(resumed.lastBatch()).containsExactly(original.lastBatch());
            assertThat(resumed.snapshot()).isEqualTo(original.snapshot());
        }
    }

    @Test
    void owedShufflesOfFullBatchEpochsStayOwedAndComeOutTheSame() {
        // given: full-batch epochs (their shuffles deferred), checkpointed, then small batches
        Run original = run(UpdateRule.SGD, DATA.size());
        for (int e = 0; e < 5; e++) {
            original.stepEpoch();
        }
        Checkpoint saved = original.checkpoint();
        assertThat(saved.shufflesOwed()).isGreaterThan(1);
        Run resumed = run(UpdateRule.SGD, 2);
        resumed.resume(saved);

        // when
        original.setHyperparameters(new Hyperparameters(0.02, 2));
        resumed.setHyperparameters(new Hyperparameters(0.02, 2));
        assertThat(resumed.lastBatch()).containsExactly(original.lastBatch());
        for (int k = 0; k < 50; k++) {
            original.stepMiniBatch();
            resumed.stepMiniBatch();
            assertThat(resumed.lastBatch()).containsExactly(original.lastBatch());
        }

        // then
        assertThat(resumed.checkpoint()).usingRecursiveComparison().isEqualTo(original.checkpoint());
    }

    @Test
    void resumingCostsNoStepsWhateverTheStepCount() {
        // given: a state a billion steps on (from a run at step 7, its counts moved on by hand)
        Run original = run(UpdateRule.SGD, 4);
        for (int k = 0; k < 7; k++) {
            original.stepMiniBatch();
        }
        Checkpoint c = original.checkpoint();
        Checkpoint far = new Checkpoint(1_000_000_007L, 235_294_119L, c.position(), 4_000_000_028L, c.point(),
                c.used(), c.next(), c.generator(), c.order(), c.shufflesOwed(), c.lastFrom(), c.lastTo(),
                c.lastBatchOfEndedEpoch(), c.lastBatchCost(), c.state(), c.divergedAtStep(), c.optimizer());
        Run resumed = run(UpdateRule.SGD, 1);

        // when
        resumed.resume(far);

        // then: there at once, and the next step is the original's next step
        assertThat(resumed.step()).isEqualTo(1_000_000_007L);
        resumed.stepMiniBatch();
        original.stepMiniBatch();
        assertThat(resumed.point()).isEqualTo(original.point());
        assertThat(resumed.step()).isEqualTo(1_000_000_008L);
    }

    static Stream<String> brokenFields() {
        return Stream.of("order", "position", "generator", "lastTo", "counts");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFields")
    void aCheckpointThatDoesNotFitItsDataIsRefused(String field) {
        Run original = run(UpdateRule.SGD, 4);
        original.stepMiniBatch();
        Checkpoint c = original.checkpoint();
        int[] order = c.order().clone();
        if (field.equals("order")) {
            order[0] = order[1];
        }
        int position = field.equals("position") ? DATA.size() : c.position();
        long generator = field.equals("generator") ? 1L << 50 : c.generator();
        int lastTo = field.equals("lastTo") ? DATA.size() + 1 : c.lastTo();
        long step = field.equals("counts") ? -1 : c.step();
        Run other = run(UpdateRule.SGD, 4);
        assertThatThrownBy(() -> other.resume(new Checkpoint(step, c.completedEpochs(), position, c.examplesSeen(),
                c.point(), c.used(), c.next(), generator, order, c.shufflesOwed(), c.lastFrom(), lastTo,
                c.lastBatchOfEndedEpoch(), c.lastBatchCost(), c.state(), c.divergedAtStep(), c.optimizer())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(other.step()).as("a refused state changes nothing").isZero();
    }
}
