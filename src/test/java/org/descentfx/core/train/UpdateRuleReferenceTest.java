package org.descentfx.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.data.DatasetGenerator;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.model.Model;
import org.descentfx.core.model.SigmoidNeuron;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule over several epochs of shuffled mini-batches, η and m changed part-way, against
 * {@link ReferenceRules} fed the same mini-batches: w and b agree to a relative 1e-12 at every step,
 * so the state carries across epochs and changes as the rules say.
 */
class UpdateRuleReferenceTest {

    static Stream<Arguments> cases() {
        Dataset line = new DatasetGenerator(23, -1, 2, 1.7, -0.6, 0.15, 5).line("line");
        Dataset soft = new DatasetGenerator(23, -3, 3, 1.5, 0.5, 0.05, 6).sigmoid("soft step");
        return Stream.of(UpdateRule.Kind.values()).flatMap(k -> Stream.of(
                Arguments.of(k, LinearNeuron.INSTANCE, line, 0.02),
                Arguments.of(k, SigmoidNeuron.INSTANCE, soft, 0.5)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("cases")
    void everyStepAgreesWithTheReference(UpdateRule.Kind kind, Model model, Dataset data, double eta) {
        // given: non-default constants, so a rule that ignored them would fail
        UpdateRule rule = UpdateRule.of(kind).with(UpdateRule.Constant.MOMENTUM, 0.8)
                .with(UpdateRule.Constant.DECAY, 0.95).with(UpdateRule.Constant.BETA1, 0.85)
                .with(UpdateRule.Constant.BETA2, 0.99).with(UpdateRule.Constant.EPSILON, 1e-6);
        ReferenceRules reference = new ReferenceRules(kind.id(), 0.8, 0.95, 0.85, 0.99, 1e-6);
        Run run = new Run(data, model, new Point(-0.5, 0.7), new Hyperparameters(eta, 5), 9, rule);
        double[] v = {-0.5, 0.7};

        for (int k = 1; k <= 40; k++) {
            if (k == 12) {
                run.setHyperparameters(new Hyperparameters(eta * 3, 4));
            } else if (k == 25) {
                run.setHyperparameters(new Hyperparameters(eta / 2, 7));
            }
            double learningRate = run.hyperparameters().learningRate();

            // when
            run.stepMiniBatch();
            int[] batch = run.lastBatch();
            v = reference.step(v, learningRate, (w, b) -> mean(model, data, batch, w, b));

            // then
            assertRelative(run.w(), v[0], kind + " w after step " + k);
            assertRelative(run.b(), v[1], kind + " b after step " + k);
        }
        if (kind == UpdateRule.Kind.MOMENTUM || kind == UpdateRule.Kind.NESTEROV) {
            assertRelative(run.optimizerState().first().w(), reference.velocity()[0], "u_w");
            assertRelative(run.optimizerState().first().b(), reference.velocity()[1], "u_b");
        }
    }

    /** (1/m) Σ_{j∈X} ∇C_xj at (w, b), by the reference's own chain rule. */
    static double[] mean(Model model, Dataset data, int[] batch, double w, double b) {
        double gw = 0;
        double gb = 0;
        for (int j : batch) {
            double[] g = ReferenceDescent.exampleGradient(model, w, b, data.x(j), data.y(j));
            gw += g[0];
            gb += g[1];
        }
        return new double[] {gw / batch.length, gb / batch.length};
    }

    private static void assertRelative(double actual, double expected, String what) {
        assertThat(Math.abs(actual - expected)).as("%s: %s against %s", what, actual, expected)
                .isLessThanOrEqualTo(1e-12 * Math.max(Math.abs(expected), 1e-300));
    }
}
