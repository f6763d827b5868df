package org.descentfx.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.descentfx.core.cost.QuadraticCost;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.model.Model;
import org.descentfx.core.model.SigmoidNeuron;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Point;
import org.descentfx.core.train.Run;
import org.junit.jupiter.api.Test;

/** ∇C·Δv and ΔC along a path, against finite differences of the direct sum of Eq. (1). */
class FirstOrderCheckTest {

    @Test
    void eachStepsPredictedAndActualChangeAreThoseOfItsTwoEnds() throws Exception {
        // given: 40 SGD steps of the sigmoid neuron, m = 5
        Dataset data = BuiltInDatasets.load("sigmoid-steps");
        TraceHistory h = path(SigmoidNeuron.INSTANCE, data, new Point(0.5, -0.5), new Hyperparameters(2, 5), 40);

        // when
        FirstOrderCheck.Series s = new FirstOrderCheck().update(SigmoidNeuron.INSTANCE, data, h);

        // then: one entry per step, each from its own two points
        assertThat(s.size()).isEqualTo(40);
        for (int k = 0; k < s.size(); k++) {
            int i = k + 1;
            assertThat(s.steps()[k]).isEqualTo(h.step(i));
            double eps = 1e-6;
            double gw = (c(data, h.w(i - 1) + eps, h.b(i - 1)) - c(data, h.w(i - 1) - eps, h.b(i - 1))) / (2 * eps);
            double gb = (c(data, h.w(i - 1), h.b(i - 1) + eps) - c(data, h.w(i - 1), h.b(i - 1) - eps)) / (2 * eps);
            double expected = gw * (h.w(i) - h.w(i - 1)) + gb * (h.b(i) - h.b(i - 1));
            assertThat(s.predicted()[k]).isCloseTo(expected, within(1e-7 * Math.max(1e-3, Math.abs(expected))));
            assertThat(s.actual()[k]).isEqualTo(c(data, h.w(i), h.b(i)) - c(data, h.w(i - 1), h.b(i - 1)));
            assertThat(s.raised(k)).isEqualTo(c(data, h.w(i), h.b(i)) > c(data, h.w(i - 1), h.b(i - 1)));
        }
    }

    @Test
    void ratioTendsToOneAsEtaShrinksAlongAFullBatchPath() throws Exception {
        // given
        Dataset data = BuiltInDatasets.load("noisy-line");
        double[] misses = new double[3];
        double[] etas = {0.05, 0.005, 0.0005};

        for (int k = 0; k < etas.length; k++) {
            // when
            TraceHistory h = path(LinearNeuron.INSTANCE, data, new Point(-1, -3),
                    new Hyperparameters(etas[k], data.size()), 10);
            FirstOrderCheck.Series s = new FirstOrderCheck().update(LinearNeuron.INSTANCE, data, h);
            misses[k] = Math.abs(s.actual()[0] / s.predicted()[0] - 1);
        }

        // then: the miss of Eq. (3) shrinks about tenfold with η
        assertThat(misses[1]).isLessThan(misses[0] / 5);
        assertThat(misses[2]).isLessThan(misses[1] / 5);
    }

    @Test
    void aLargeDataSetIsCheckedAFewStepsPerCallNewestFirstAndEachStepOnce() {
        // given: n large enough that the budget holds fewer steps than the path has
        int n = (int) (FirstOrderCheck.EXAMPLE_BUDGET / 30);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i % 7;
            y[i] = 2 * x[i] + 1;
        }
        Dataset data = Dataset.of("big", x, y);
        TraceHistory h = path(LinearNeuron.INSTANCE, data, Point.ORIGIN, new Hyperparameters(0.01, 50), 25);
        FirstOrderCheck check = new FirstOrderCheck();

        // when
        FirstOrderCheck.Series first = check.update(LinearNeuron.INSTANCE, data, h);
        FirstOrderCheck.Series second = check.update(LinearNeuron.INSTANCE, data, h);
        FirstOrderCheck.Series third = check.update(LinearNeuron.INSTANCE, data, h);

        // then: 10 steps per call, the newest first, and what was done is kept
        assertThat(first.size()).isEqualTo(10);
        assertThat(first.steps()[9]).isEqualTo(25);
        assertThat(second.size()).isEqualTo(20);
        assertThat(third.size()).isEqualTo(25);
        assertThat(third.steps()[0]).isEqualTo(1);
    }

    private static TraceHistory path(Model model, Dataset data, Point start, Hyperparameters hp, int steps) {
        Run run = new Run(data, model, start, hp, 1);
        TraceHistory h = new TraceHistory();
        h.append(0, 0, start.w(), start.b(), Double.NaN, c(model, data, start.w(), start.b()));
        for (int k = 1; k <= steps; k++) {
            run.stepMiniBatch();
            Point p = run.point();
            h.append(run.step(), run.examplesSeen(), p.w(), p.b(), Double.NaN, c(model, data, p.w(), p.b()));
        }
        return h;
    }

    private static double c(Dataset data, double w, double b) {
        return c(SigmoidNeuron.INSTANCE, data, w, b);
    }

    private static double c(Model model, Dataset data, double w, double b) {
        return QuadraticCost.cost(model, data, w, b);
    }
}
