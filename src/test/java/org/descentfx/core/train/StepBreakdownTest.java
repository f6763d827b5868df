package org.descentfx.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.model.Model;
import org.descentfx.core.model.SigmoidNeuron;
import org.junit.jupiter.api.Test;

/** One step of Eq. (8)–(9) taken apart, and the first-order check of Eq. (3). */
class StepBreakdownTest {

    @Test
    void sumsArePerExampleGradientsAndTheMoveIsEtaOverMTimesTheSums() throws Exception {
        // given: two examples by hand, ŷ = w·x + b at (1, 0): x = 2, y = 1 → ŷ − y = 1; x = −1, y = 0 → −1
        Dataset data = Dataset.of("two", new double[] {2, -1}, new double[] {1, 0});
        Point v = new Point(1, 0);

        // when
        StepBreakdown step = StepBreakdown.of(LinearNeuron.INSTANCE, data, v, new int[] {0, 1}, 0.5, new Sgd());

        // then: ∂C/∂w = (ŷ − y)x = 2 and 1, ∂C/∂b = 1 and −1; w′ = 1 − (0.5/2)·3, b′ = 0 − 0.25·0
        assertThat(step.dw()).containsExactly(2, 1);
        assertThat(step.db()).containsExactly(1, -1);
        assertThat(step.sumW()).isEqualTo(3);
        assertThat(step.sumB()).isEqualTo(0);
        assertThat(step.scale()).isEqualTo(0.25);
        assertThat(step.to()).isEqualTo(new Point(0.25, 0));
        assertThat(step.fullBatch(2)).isTrue();
    }

    @Test
    void ratioOfActualToPredictedChangeTendsToOneAsEtaShrinks() throws Exception {
        // given
        Dataset data = BuiltInDatasets.load("sigmoid-steps");
        int[] all = IntStream.range(0, data.size()).toArray();
        Point v = new Point(0.3, 0.4);
        Model model = SigmoidNeuron.INSTANCE;

        // when
        double[] misses = new double[4];
        double eta = 1;
        for (int k = 0; k < misses.length; k++, eta /= 10) {
            misses[k] = Math.abs(StepBreakdown.of(model, data, v, all, eta, new Sgd()).ratio() - 1);
        }

        // then: the miss is the second-order term, so it shrinks about tenfold with η
        for (int k = 1; k < misses.length; k++) {
            assertThat(misses[k]).isLessThan(misses[k - 1] / 5);
        }
        assertThat(misses[3]).isLessThan(1e-3);
    }

    @Test
    void aMiniBatchStepCanRaiseTheCostThatEquationThreePredictsToRise() throws Exception {
        // given: one example whose gradient points away from the others' (the noisy line, far from its floor)
        Dataset data = BuiltInDatasets.load("noisy-line");
        Point v = new Point(2, 1.2);

        // when: the single-example steps over all n examples
        long raised = IntStream.range(0, data.size())
                .mapToObj(j -> StepBreakdown.of(LinearNeuron.INSTANCE, data, v, new int[] {j}, 0.001, new Sgd()))
                .filter(StepBreakdown::raisedCost)
                .peek(s -> assertThat(s.predictedChange()).isPositive())
                .count();

        // then: some raise C, and each that does was predicted to by ∇C·Δv > 0 (η small: Eq. (3) holds)
        assertThat(raised).isPositive();
        StepBreakdown full = StepBreakdown.of(LinearNeuron.INSTANCE, data, v,
                IntStream.range(0, data.size()).toArray(), 0.001, new Sgd());
        assertThat(full.raisedCost()).isFalse();
        assertThat(full.ratio()).isCloseTo(1, within(0.05));
    }
}
