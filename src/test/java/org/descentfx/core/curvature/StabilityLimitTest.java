package org.descentfx.core.curvature;

import static org.assertj.core.api.Assertions.assertThat;

import org.descentfx.core.cost.QuadraticCost;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.model.SigmoidNeuron;
import org.descentfx.core.surface.Minimum;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Point;
import org.descentfx.core.train.Run;
import org.descentfx.core.train.RunState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** η < 2/λmax against what full-batch runs really do. */
class StabilityLimitTest {
    private static final Point START = new Point(0, 0);
    /** Few: at |1 − ηλmax| = 0.1 the steep component reaches rounding noise after about 15 steps. */
    private static final int STEPS = 6;

    @ParameterizedTest
    @ValueSource(strings = {"noisy-line", "centred-line"})
    void fullBatchConvergesJustBelowTwoOverLambdaMaxAndDivergesJustAbove(String name) throws Exception {
        // given
        Dataset data = BuiltInDatasets.load(name);
        StabilityLimit limit = StabilityLimit.of(LinearNeuron.INSTANCE, data, START);
        double floor = floorCost(data);

        // when
        Run below = fullBatch(data, 0.99 * limit.etaDiverges());
        Run above = fullBatch(data, 1.01 * limit.etaDiverges());
        for (int k = 0; k < 20_000 && above.state() == RunState.READY; k++) {
            above.stepMiniBatch();
        }
        for (int k = 0; k < 20_000; k++) {
            below.stepMiniBatch();
        }

        // then
        assertThat(above.state()).isEqualTo(RunState.DIVERGED);
        assertThat(below.state()).isEqualTo(RunState.READY);
        assertThat(below.cost() - floor).isLessThan(1e-9 * QuadraticCost.cost(LinearNeuron.INSTANCE, data, 0, 0));
    }

    @Test
    void aboveOneOverLambdaMaxTheStepsCrossTheValleyAndBelowTheyDoNot() throws Exception {
        // given: the error's component along the steep axis, e·s, keeps or flips its sign each step
        Dataset data = BuiltInDatasets.load("noisy-line");
        StabilityLimit limit = StabilityLimit.of(LinearNeuron.INSTANCE, data, START);

        // when
        int flipsBelow = steepSignFlips(data, 0.9 * limit.etaOscillates(), limit);
        int flipsAbove = steepSignFlips(data, 1.1 * limit.etaOscillates(), limit);

        // then
        assertThat(flipsBelow).isZero();
        assertThat(flipsAbove).isEqualTo(STEPS);
        assertThat(limit.zoneOf(0.9 * limit.etaOscillates())).isEqualTo(StabilityLimit.Zone.SMOOTH);
        assertThat(limit.zoneOf(1.1 * limit.etaOscillates())).isEqualTo(StabilityLimit.Zone.OSCILLATING);
        assertThat(limit.zoneOf(1.01 * limit.etaDiverges())).isEqualTo(StabilityLimit.Zone.DIVERGING);
    }

    @Test
    void sigmoidLimitIsLocalAndLinearIsNot() throws Exception {
        // given
        Dataset steps = BuiltInDatasets.load("sigmoid-steps");

        // when
        StabilityLimit sigmoid = StabilityLimit.of(SigmoidNeuron.INSTANCE, steps, new Point(1.5, -0.5));
        StabilityLimit linear = StabilityLimit.of(LinearNeuron.INSTANCE, steps, START);

        // then
        assertThat(sigmoid.local()).isTrue();
        assertThat(linear.local()).isFalse();
        assertThat(sigmoid.etaDiverges()).isPositive();
    }

    private static int steepSignFlips(Dataset data, double eta, StabilityLimit limit) {
        Point star = Minimum.of(LinearNeuron.INSTANCE, data, START);
        Point s = limit.hessian().steepAxis();
        Run run = fullBatch(data, eta);
        double previous = along(run.point(), star, s);
        int flips = 0;
        for (int k = 0; k < STEPS; k++) {
            run.stepMiniBatch();
            double now = along(run.point(), star, s);
            if (Math.signum(now) != Math.signum(previous)) {
                flips++;
            }
            previous = now;
        }
        return flips;
    }

    private static double along(Point p, Point star, Point axis) {
        return (p.w() - star.w()) * axis.w() + (p.b() - star.b()) * axis.b();
    }

    private static double floorCost(Dataset data) {
        Point star = Minimum.of(LinearNeuron.INSTANCE, data, START);
        return QuadraticCost.cost(LinearNeuron.INSTANCE, data, star.w(), star.b());
    }

    private static Run fullBatch(Dataset data, double eta) {
        return new Run(data, LinearNeuron.INSTANCE, START, new Hyperparameters(eta, data.size()), 1);
    }
}
