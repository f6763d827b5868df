package org.descentfx.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.descentfx.core.cost.QuadraticCost;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.model.Model;
import org.descentfx.core.model.SigmoidNeuron;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** One descent: mini-batch steps of Eq. (8)–(9) over seeded epochs, hyperparameter changes, divergence, reset. */
class RunTest {
    private static final Point START = new Point(-0.5, 0.25);
    private static final long SEED = 2024;

    static Stream<Model> models() {
        return Stream.of(LinearNeuron.INSTANCE, SigmoidNeuron.INSTANCE);
    }

    @Nested
    class FullBatch {

        /** The hand computation is spelled out in {@link SgdTest#handComputedSteps()}. */
        static Stream<Arguments> handComputedSteps() {
            return SgdTest.handComputedSteps();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("handComputedSteps")
        void fullBatchFromTheOriginTakesTheHandComputedStep(Model model, double expectedW, double expectedB) {
            // given: {(1, 3), (2, 5)}, η = 0.1, m = n = 2, from (0, 0)
            Dataset data = Dataset.of("t", new double[] {1, 2}, new double[] {3, 5});
            Run run = new Run(data, model, Point.ORIGIN, new Hyperparameters(0.1, 2), SEED);

            // when
            run.stepMiniBatch();

            // then
            assertThat(run.point()).isEqualTo(new Point(expectedW, expectedB));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.descentfx.core.train.RunTest#models")
        void fullBatchIsOneStepPerEpoch(Model model) {
            // given
            Run run = run(model, noisyLine(12, 1), 0.1, 12);

            // when
            boolean ready = run.stepMiniBatch();

            // then
            assertThat(ready).isTrue();
            assertThat(run.step()).isEqualTo(1);
            assertThat(run.completedEpochs()).isEqualTo(1);
            assertThat(run.positionInEpoch()).isZero();
            assertThat(run.stepEpoch()).isEqualTo(1);
            assertThat(run.completedEpochs()).isEqualTo(2);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.descentfx.core.train.RunTest#models")
        void fullBatchIsGradientDescentOnTheWholeCost(Model model) {
            // given
            Dataset data = noisyLine(15, 2);
            Run run = run(model, data, 0.3, 15);
            Point expected = START;

            for (int k = 1; k <= 20; k++) {
                // when
                run.stepMiniBatch();

                // then: one step of Eq. (5)–(6) with the full gradient, one epoch per step
                expected = ReferenceDescent.gradientDescentStep(model, data, expected, 0.3);
                assertClose(run.point(), expected, 1e-12, "step " + k);
                assertThat(run.completedEpochs()).isEqualTo(k);
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.descentfx.core.train.RunTest#models")
        void miniBatchLargerThanNIsFullBatch(Model model) {
            // given
            Dataset data = noisyLine(10, 3);
            Run exact = run(model, data, 0.2, 10);
            Run larger = run(model, data, 0.2, 25);

            for (int k = 0; k < 5; k++) {
                // when
                exact.stepMiniBatch();
                larger.stepMiniBatch();

                // then
                assertThat(larger.point()).isEqualTo(exact.point());
                assertThat(larger.lastBatch()).hasSize(10);
                assertThat(larger.completedEpochs()).isEqualTo(k + 1);
                assertThat(larger.examplesSeen()).isEqualTo(10L * (k + 1));
            }
        }
    }

    @Nested
    class Epochs {

        @ParameterizedTest(name = "n = {0}, m = {1}")
        @CsvSource({"23, 5", "20, 4", "37, 10", "7, 1", "5, 9"})
        void everyExampleAppearsExactlyOncePerEpoch(int n, int m) {
            // given
            Run run = run(LinearNeuron.INSTANCE, noisyLine(n, 4), 0.01, m);

            // when
            List<List<Integer>> epochs = epochOrders(run, 4);

            // then
            for (List<Integer> epoch : epochs) {
                assertThat(epoch).containsExactlyInAnyOrderElementsOf(range(n));
            }
        }

        @ParameterizedTest(name = "n = {0}, m = {1}: {2} steps")
        @CsvSource({"23, 5, 5", "20, 4, 5", "37, 10, 4", "7, 1, 7", "20, 20, 1", "20, 21, 1", "1, 1, 1"})
        void stepEpochTakesCeilingOfNOverMSteps(int n, int m, int steps) {
            // given
            Run run = run(LinearNeuron.INSTANCE, noisyLine(n, 5), 0.01, m);

            // when
            int first = run.stepEpoch();
            int second = run.stepEpoch();

            // then
            assertThat(first).isEqualTo(steps);
            assertThat(second).isEqualTo(steps);
            assertThat(run.step()).isEqualTo(2L * steps);
            assertThat(run.completedEpochs()).isEqualTo(2);
            assertThat(run.positionInEpoch()).isZero();
        }

        @Test
        void stepEpochFromTheMiddleFinishesTheCurrentEpoch() {
            // given
            Run run = run(LinearNeuron.INSTANCE, noisyLine(23, 5), 0.01, 5);
            run.stepMiniBatch();
            run.stepMiniBatch();

            // when
            int taken = run.stepEpoch();

            // then: positions 10..22 are left, in slices of 5, 5, 3
            assertThat(taken).isEqualTo(3);
            assertThat(run.completedEpochs()).isEqualTo(1);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.descentfx.core.train.RunTest#models")
        void shortLastBatchIsAveragedOverItsOwnSize(Model model) {
            // given: n = 23, m = 5, so the fifth step takes the last 3 examples
            Dataset data = noisyLine(23, 6);
            Run run = run(model, data, 0.5, 5);
            for (int k = 0; k < 4; k++) {
                run.stepMiniBatch();
            }
            Point before = run.point();

            // when
            run.stepMiniBatch();

            // then: w_next = w − η/|X| Σ ∂C_x/∂w with |X| = 3
            int[] batch = run.lastBatch();
            assertThat(batch).hasSize(3);
            assertThat(run.completedEpochs()).isEqualTo(1);
            assertClose(run.point(), ReferenceDescent.miniBatchStep(model, data, before, batch, 0.5), 1e-12, "");
            assertThat(run.lastBatchCost())
                    .isCloseTo(QuadraticCost.batchCost(model, data, batch, before.w(), before.b()), within(1e-12));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.descentfx.core.train.RunTest#models")
        void sameSeedGivesTheSameTrajectoryBitForBit(Model model) {
            // given
            Dataset data = noisyLine(37, 7);
            Run first = new Run(data, model, START, new Hyperparameters(0.2, 6), 77);
            Run second = new Run(data, model, START, new Hyperparameters(0.2, 6), 77);

            // when
            List<Point> a = trajectory(first, 20);
            List<Point> b = trajectory(second, 20);

            // then
            assertThat(a).isEqualTo(b);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.descentfx.core.train.RunTest#models")
        void anotherSeedGivesAnotherTrajectory(Model model) {
            // given
            Dataset data = noisyLine(37, 7);
            Run first = new Run(data, model, START, new Hyperparameters(0.2, 6), 77);
            Run second = new Run(data, model, START, new Hyperparameters(0.2, 6), 78);

            // when
            List<Point> a = trajectory(first, 20);
            List<Point> b = trajectory(second, 20);

            // then
            assertThat(a).isNotEqualTo(b);
            assertThat(a.get(0)).isNotEqualTo(b.get(0));
        }

        @Test
        void epochOrderDoesNotDependOnTheMiniBatchSize() {
            // given
            Dataset data = noisyLine(20, 8);
            Run single = run(LinearNeuron.INSTANCE, data, 0.01, 1);
            Run seven = run(LinearNeuron.INSTANCE, data, 0.01, 7);

            // when
            List<List<Integer>> bySingle = epochOrders(single, 3);
            List<List<Integer>> bySeven = epochOrders(seven, 3);

            // then: the same permutation in every epoch, and a new one each epoch
            assertThat(bySeven).isEqualTo(bySingle);
            assertThat(bySingle.get(0)).isNotEqualTo(bySingle.get(1));
        }
    }

    @Nested
    class Reference {

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.descentfx.core.train.RunTest#models")
        void everyStepIsEquationsEightAndNineOnItsOwnBatch(Model model) {
            // given: n = 37, m = 10, so each epoch is 10, 10, 10, 7
            Dataset data = noisyLine(37, 9);
            Run run = run(model, data, 0.4, 10);
            Point expected = START;

            // when / then: replay the batches the run reports through Eq. (8)–(9)
            while (run.completedEpochs() < 3) {
                run.stepMiniBatch();
                expected = ReferenceDescent.miniBatchStep(model, data, expected, run.lastBatch(), 0.4);
                assertClose(run.point(), expected, 1e-12, "step " + run.step());
            }
            assertThat(run.step()).isEqualTo(12);
            assertThat(run.examplesSeen()).isEqualTo(3 * 37);
        }
    }

    @Nested
    class HyperparameterChanges {

        @Test
        void newMiniBatchSizeSlicesTheRestOfTheEpoch() {
            // given: m = 4 on n = 20, two steps taken, so positions 0..7 are used
            Dataset data = noisyLine(20, 10);
            Run run = run(LinearNeuron.INSTANCE, data, 0.01, 4);
            List<Integer> order = epochOrders(run(LinearNeuron.INSTANCE, data, 0.01, 1), 1).get(0);
            List<Integer> seen = new ArrayList<>();
            for (int k = 0; k < 2; k++) {
                run.stepMiniBatch();
                seen.addAll(boxed(run.lastBatch()));
            }

            // when
            run.setHyperparameters(new Hyperparameters(0.01, 5));
            run.stepMiniBatch();

            // then: positions 8..12 of the same epoch order
            assertThat(run.lastBatch()).hasSize(5);
            assertThat(boxed(run.lastBatch())).isEqualTo(order.subList(8, 13));
            assertThat(run.positionInEpoch()).isEqualTo(13);
            seen.addAll(boxed(run.lastBatch()));
            List<Integer> sizes = new ArrayList<>();
            while (run.completedEpochs() == 0) {
                run.stepMiniBatch();
                sizes.add(run.lastBatch().length);
                seen.addAll(boxed(run.lastBatch()));
            }
            assertThat(sizes).containsExactly(5, 2);
            assertThat(seen).isEqualTo(order);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.descentfx.core.train.RunTest#models")
        void newLearningRateSetsTheSizeOfTheNextStep(Model model) {
            // given
            Dataset data = noisyLine(20, 11);
            Run run = run(model, data, 0.05, 4);
            run.stepMiniBatch();
            run.stepMiniBatch();
            Point before = run.point();

            // when
            run.setHyperparameters(new Hyperparameters(0.8, 4));
            run.stepMiniBatch();

            // then
            Point expected = ReferenceDescent.miniBatchStep(model, data, before, run.lastBatch(), 0.8);
            assertClose(run.point(), expected, 1e-12, "");
            assertThat(run.snapshot().hyperparameters().learningRate()).isEqualTo(0.8);
        }

        @Test
        void aChangeWaitsForTheNextStep() {
            // given
            Run run = run(LinearNeuron.INSTANCE, noisyLine(20, 12), 0.05, 4);
            run.stepMiniBatch();
            Snapshot before = run.snapshot();
            int[] batchBefore = run.lastBatch();

            // when
            run.setHyperparameters(new Hyperparameters(0.9, 3));

            // then
            assertThat(run.snapshot()).isEqualTo(before);
            assertThat(run.lastBatch()).isEqualTo(batchBefore);
            assertThat(run.hyperparameters()).isEqualTo(new Hyperparameters(0.9, 3));
            assertThat(run.nextBatch()).hasSize(3);
        }
    }

    @Nested
    class Preview {

        @Test
        void nextBatchIsTheBatchTheNextStepUses() {
            // given: batches of 5, 5, 5, 5, 3 per epoch, and a change of m part-way
            Run run = run(LinearNeuron.INSTANCE, noisyLine(23, 13), 0.01, 5);

            for (int k = 1; k <= 15; k++) {
                if (k == 8) {
                    run.setHyperparameters(new Hyperparameters(0.01, 4));
                }
                int[] lastBefore = run.lastBatch();

                // when
                int[] predicted = run.nextBatch();

                // then: looking ahead changes nothing, not even across an epoch boundary
                assertThat(run.lastBatch()).as("last batch after looking ahead, step %d", k).isEqualTo(lastBefore);
                run.stepMiniBatch();
                assertThat(run.lastBatch()).as("step %d", k).isEqualTo(predicted);
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.descentfx.core.train.RunTest#models")
        void nextStepVectorIsTheDisplacementOfTheNextStep(Model model) {
            // given: batches of 5 over 23 examples, then η and m change part-way
            Run run = run(model, noisyLine(23, 14), 0.3, 5);

            for (int k = 1; k <= 12; k++) {
                if (k == 7) {
                    run.setHyperparameters(new Hyperparameters(0.1, 4));
                }
                Point before = run.point();

                // when
                Point arrow = run.nextStepVector();

                // then
                run.stepMiniBatch();
                Point moved = new Point(run.w() - before.w(), run.b() - before.b());
                assertClose(moved, arrow, 1e-12, "step " + k);
            }
        }
    }

    @Nested
    class Divergence {

        @Test
        void tooLargeALearningRateDivergesAndRecordsTheStep() {
            // given
            Run run = run(LinearNeuron.INSTANCE, noisyLine(30, 15), 10, 5);

            // when
            int steps = 0;
            while (run.stepMiniBatch() && steps < 200) {
                steps++;
            }

            // then
            assertThat(run.state()).isEqualTo(RunState.DIVERGED);
            assertThat(run.divergedAtStep()).isEqualTo(run.step()).isLessThanOrEqualTo(200);
            assertThat(run.snapshot().diverged()).isTrue();
            assertThat(run.snapshot().divergedAtStep()).isEqualTo(run.step());
        }

        @Test
        void aDivergedRunTakesNoFurtherSteps() {
            // given
            Run run = diverged();
            Snapshot before = run.snapshot();
            int[] lastBefore = run.lastBatch();

            // when
            boolean stepped = run.stepMiniBatch();
            int epochSteps = run.stepEpoch();

            // then
            assertThat(stepped).isFalse();
            assertThat(epochSteps).isZero();
            assertThat(run.snapshot()).isEqualTo(before);
            assertThat(run.lastBatch()).isEqualTo(lastBefore);
        }

        @Test
        void resetRecoversFromDivergenceToTheStart() {
            // given
            Run run = diverged();

            // when
            run.reset();

            // then
            assertThat(run.state()).isEqualTo(RunState.READY);
            assertThat(run.divergedAtStep()).isEqualTo(-1);
            assertThat(run.step()).isZero();
            assertThat(run.point()).isEqualTo(START);
            assertThat(run.stepMiniBatch()).isTrue();
        }

        @Test
        void stepEpochCountsTheStepThatDiverged() {
            // given: m = 1 and η = 10 leave the valley long before 40 steps
            Run run = run(LinearNeuron.INSTANCE, noisyLine(40, 16), 10, 1);

            // when
            int taken = run.stepEpoch();

            // then
            assertThat(run.state()).isEqualTo(RunState.DIVERGED);
            assertThat(run.completedEpochs()).isZero();
            assertThat((long) taken).isEqualTo(run.step()).isEqualTo(run.divergedAtStep());
        }

        static Stream<Arguments> hugeLearningRates() {
            return models().flatMap(model -> Stream.of(1e300, 1e306, 1e307, Double.MAX_VALUE)
                    .map(eta -> Arguments.of(model, eta)));
        }

        @ParameterizedTest(name = "{0}, η = {1}")
        @MethodSource("hugeLearningRates")
        void hugeLearningRateThrowsNothingAndNeverLeavesAReadyRunWithoutACost(Model model, double eta) {
            // given
            Run run = run(model, noisyLine(40, 17), eta, 5);

            // when / then
            assertThatCode(() -> {
                for (int k = 0; k < 30; k++) {
                    run.stepMiniBatch();
                    Snapshot s = run.snapshot();
                    run.nextBatch();
                    run.nextStepVector();
                    if (s.state() == RunState.READY) {
                        assertThat(s.point().isFinite()).as("point at step %d", s.step()).isTrue();
                        assertThat(s.cost()).as("C at step %d", s.step()).isLessThanOrEqualTo(Run.DIVERGENCE_COST);
                    } else {
                        assertThat(s.divergedAtStep()).isBetween(1L, s.step());
                    }
                }
                run.stepEpoch();
            }).doesNotThrowAnyException();
        }

        private Run diverged() {
            Run run = run(LinearNeuron.INSTANCE, noisyLine(30, 15), 10, 5);
            for (int k = 0; k < 200 && run.stepMiniBatch(); k++) {
                // stepping until the state says so
            }
            assertThat(run.state()).as("precondition").isEqualTo(RunState.DIVERGED);
            return run;
        }
    }

    @Nested
    class StartAndReset {

        @Test
        void resetRestoresStepZeroAndTheSameFirstBatch() {
            // given
            Run run = run(LinearNeuron.INSTANCE, noisyLine(23, 18), 0.1, 5);
            int[] firstBatch = run.nextBatch();
            run.stepMiniBatch();
            Point firstPoint = run.point();
            for (int k = 0; k < 7; k++) {
                run.stepMiniBatch();
            }

            // when
            run.reset();

            // then
            assertThat(run.point()).isEqualTo(START);
            assertThat(run.step()).isZero();
            assertThat(run.completedEpochs()).isZero();
            assertThat(run.epochOfLastStep()).isZero();
            assertThat(run.positionInEpoch()).isZero();
            assertThat(run.examplesSeen()).isZero();
            assertThat(run.lastBatch()).isEmpty();
            assertThat(run.lastBatchCost()).isNaN();
            assertThat(run.nextBatch()).isEqualTo(firstBatch);
            run.stepMiniBatch();
            assertThat(run.lastBatch()).isEqualTo(firstBatch);
            assertThat(run.point()).isEqualTo(firstPoint);
        }

        @Test
        void resetKeepsTheLatestHyperparameters() {
            // given
            Run run = run(LinearNeuron.INSTANCE, noisyLine(23, 19), 0.1, 5);
            run.stepMiniBatch();
            run.setHyperparameters(new Hyperparameters(0.02, 3));

            // when
            run.reset();

            // then
            assertThat(run.hyperparameters()).isEqualTo(new Hyperparameters(0.02, 3));
            assertThat(run.snapshot().hyperparameters()).isEqualTo(new Hyperparameters(0.02, 3));
            assertThat(run.nextBatch()).hasSize(3);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.descentfx.core.train.RunTest#models")
        void setStartMovesTheStartAndResets(Model model) {
            // given
            Dataset data = noisyLine(23, 20);
            Run run = run(model, data, 0.1, 5);
            for (int k = 0; k < 6; k++) {
                run.stepMiniBatch();
            }
            Point elsewhere = new Point(1.5, -2.0);

            // when
            run.setStart(elsewhere);

            // then: as if it had been built there
            assertThat(run.start()).isEqualTo(elsewhere);
            assertThat(run.point()).isEqualTo(elsewhere);
            assertThat(run.step()).isZero();
            Run fresh = new Run(data, model, elsewhere, new Hyperparameters(0.1, 5), SEED);
            assertThat(trajectory(run, 8)).isEqualTo(trajectory(fresh, 8));
        }

        @Test
        void rejectsAStartThatIsNotFinite() {
            // given
            Dataset data = noisyLine(5, 21);
            Run run = run(LinearNeuron.INSTANCE, data, 0.1, 2);
            run.stepMiniBatch();
            Point now = run.point();

            // when / then
            assertThatThrownBy(() -> new Run(data, LinearNeuron.INSTANCE, new Point(Double.NaN, 0),
                    new Hyperparameters(0.1, 2), SEED))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the start point must be finite, not (NaN, 0.0)");
            assertThatThrownBy(() -> run.setStart(new Point(0, Double.POSITIVE_INFINITY)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(run.start()).isEqualTo(START);
            assertThat(run.point()).isEqualTo(now);
        }
    }

    @Nested
    class Snapshots {

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.descentfx.core.train.RunTest#models")
        void atTheStartNothingHasBeenSeen(Model model) {
            // given
            Dataset data = noisyLine(23, 22);

            // when
            Snapshot s = run(model, data, 0.1, 5).snapshot();

            // then
            assertThat(s.step()).isZero();
            assertThat(s.epoch()).isZero();
            assertThat(s.positionInEpoch()).isZero();
            assertThat(s.examplesSeen()).isZero();
            assertThat(s.point()).isEqualTo(START);
            assertThat(s.batchCost()).isNaN();
            assertThat(s.cost()).isCloseTo(QuadraticCost.cost(model, data, START.w(), START.b()), within(1e-12));
            assertThat(s.hyperparameters()).isEqualTo(new Hyperparameters(0.1, 5));
            assertThat(s.state()).isEqualTo(RunState.READY);
            assertThat(s.divergedAtStep()).isEqualTo(-1);
        }

        @Test
        void epochIsTheOneBasedEpochOfTheLastStep() {
            // given: n = 23, m = 5: epoch 1 is steps 1..5 (the fifth takes 3), epoch 2 starts at step 6
            Run run = run(LinearNeuron.INSTANCE, noisyLine(23, 23), 0.01, 5);
            long[][] expected = {
                // step, epoch, position in epoch, examples seen
                {1, 1, 5, 5},
                {2, 1, 10, 10},
                {3, 1, 15, 15},
                {4, 1, 20, 20},
                {5, 1, 0, 23},
                {6, 2, 5, 28},
                {7, 2, 10, 33},
            };

            for (long[] row : expected) {
                // when
                run.stepMiniBatch();
                Snapshot s = run.snapshot();

                // then
                assertThat(new long[] {s.step(), s.epoch(), s.positionInEpoch(), s.examplesSeen()})
                        .as("after step %d", row[0])
                        .containsExactly(row);
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.descentfx.core.train.RunTest#models")
        void batchCostIsMeasuredWhereTheGradientWasTakenAndCostWhereTheStepLanded(Model model) {
            // given
            Dataset data = noisyLine(23, 24);
            Run run = run(model, data, 0.3, 5);
            run.stepMiniBatch();
            Point before = run.point();

            // when
            run.stepMiniBatch();
            Snapshot s = run.snapshot();

            // then
            double batchCost = QuadraticCost.batchCost(model, data, run.lastBatch(), before.w(), before.b());
            double cost = QuadraticCost.cost(model, data, s.point().w(), s.point().b());
            assertThat(s.batchCost()).isCloseTo(batchCost, within(1e-12 * batchCost));
            assertThat(s.cost()).isCloseTo(cost, within(1e-12 * cost));
            assertThat(s.point()).isEqualTo(run.point());
        }
    }

    private static Run run(Model model, Dataset data, double eta, int m) {
        return new Run(data, model, START, new Hyperparameters(eta, m), SEED);
    }

    /** y = 0.8x + 0.3 + noise, x uniform in [−2, 2]. */
    private static Dataset noisyLine(int n, long seed) {
        Random random = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 4 * random.nextDouble() - 2;
            y[i] = 0.8 * x[i] + 0.3 + 0.2 * random.nextGaussian();
        }
        return Dataset.of("t", x, y);
    }

    /** The batches of each epoch, concatenated in the order the run took them. */
    private static List<List<Integer>> epochOrders(Run run, int epochs) {
        List<List<Integer>> out = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        while (run.completedEpochs() < epochs) {
            long epoch = run.completedEpochs();
            run.stepMiniBatch();
            current.addAll(boxed(run.lastBatch()));
            if (run.completedEpochs() > epoch) {
                out.add(current);
                current = new ArrayList<>();
            }
        }
        return out;
    }

    private static List<Point> trajectory(Run run, int steps) {
        List<Point> points = new ArrayList<>();
        for (int k = 0; k < steps; k++) {
            run.stepMiniBatch();
            points.add(run.point());
        }
        return points;
    }

    private static List<Integer> range(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    private static List<Integer> boxed(int[] indices) {
        return Arrays.stream(indices).boxed().toList();
    }

    private static void assertClose(Point actual, Point expected, double relative, String where) {
        assertThat(actual.w()).as("w %s", where).isCloseTo(expected.w(), within(relative * Math.abs(expected.w())));
        assertThat(actual.b()).as("b %s", where).isCloseTo(expected.b(), within(relative * Math.abs(expected.b())));
    }
}
