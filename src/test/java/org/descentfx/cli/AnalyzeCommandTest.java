package org.descentfx.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.descentfx.core.cost.QuadraticCost;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.model.Model;
import org.descentfx.core.model.SigmoidNeuron;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code analyze}: the valley's floor and curvature, checked against the direct sum of Eq. (1). */
class AnalyzeCommandTest {

    @ParameterizedTest
    @ValueSource(strings = {"noisy-line", "centred-line"})
    void linearNeuronsFloorAndLimitsAgreeWithTheDirectSum(String name) throws Exception {
        // given
        Dataset data = BuiltInDatasets.load(name);

        // when
        Cli cli = Cli.run("analyze", "--model", "linear", "--data", name);
        Map<String, String> keys = keys(cli);

        // then: the floor has ∇C = 0 by central differences of C, and C there is cost_star
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        assertThat(keys.keySet()).containsExactly("n", "model", "w_star", "b_star", "cost_star", "lambda_min",
                "lambda_max", "condition_number", "eta_oscillates", "eta_diverges");
        double w = number(keys, "w_star");
        double b = number(keys, "b_star");
        double h = 1e-5;
        Model lin = LinearNeuron.INSTANCE;
        assertThat((c(lin, data, w + h, b) - c(lin, data, w - h, b)) / (2 * h)).isCloseTo(0, within(1e-7));
        assertThat((c(lin, data, w, b + h) - c(lin, data, w, b - h)) / (2 * h)).isCloseTo(0, within(1e-7));
        assertThat(number(keys, "cost_star")).isEqualTo(c(lin, data, w, b));

        // and: λ from the characteristic polynomial of the finite-difference Hessian
        double[] fd = fdHessian(lin, data, w, b);
        double half = 0.5 * (fd[0] + fd[2]);
        double root = Math.sqrt(half * half - (fd[0] * fd[2] - fd[1] * fd[1]));
        assertThat(number(keys, "lambda_max")).isCloseTo(half + root, within(1e-4 * (half + root)));
        assertThat(number(keys, "lambda_min")).isCloseTo(half - root, within(1e-3 * (half - root)));
        assertThat(number(keys, "eta_diverges")).isEqualTo(2 / number(keys, "lambda_max"));
        assertThat(number(keys, "eta_oscillates")).isEqualTo(1 / number(keys, "lambda_max"));
        assertThat(number(keys, "condition_number"))
                .isCloseTo(number(keys, "lambda_max") / number(keys, "lambda_min"), within(1e-9));
    }

    @Test
    void sigmoidNeuronsMinimaHaveAVanishingGradient() throws Exception {
        // given
        Dataset data = BuiltInDatasets.load("sigmoid-steps");

        // when
        Cli cli = Cli.run("analyze", "--model", "sigmoid", "--data", "sigmoid-steps");

        // then
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        List<String> minima = cli.outLines().stream().filter(l -> l.startsWith("minimum: ")).toList();
        assertThat(minima).isNotEmpty();
        for (String line : minima) {
            String[] f = line.substring("minimum: ".length()).split(" ");
            double w = Double.parseDouble(f[0]);
            double b = Double.parseDouble(f[1]);
            double[] g = QuadraticCost.gradient(SigmoidNeuron.INSTANCE, data, w, b);
            assertThat(Math.hypot(g[0], g[1])).isLessThanOrEqualTo(1e-9);
            assertThat(Double.parseDouble(f[2])).isEqualTo(c(SigmoidNeuron.INSTANCE, data, w, b));
            double[] fd = fdHessian(SigmoidNeuron.INSTANCE, data, w, b);
            assertThat(fd[0]).isPositive();
            assertThat(fd[0] * fd[2] - fd[1] * fd[1]).isPositive();
        }
    }

    @Test
    void twoValleysPrintsItsPresetsAndBothMinimaAroundItsPresetStart() throws Exception {
        // given
        Dataset data = BuiltInDatasets.load("two-valleys");

        // when: no --start, so the window is framed around the set's preset start
        Cli cli = Cli.run("analyze", "--data", "two-valleys", "--model", "sigmoid");
        Cli bare = Cli.run("analyze", "--data", "two-valleys");

        // then
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        assertThat(cli.outLines()).containsSubsequence("n: 5", "model: sigmoid", "preset_model: sigmoid",
                "preset_start: -0.6,-1.3", "preset_lr: 0.8", "preset_batch: 1", "preset_epochs: 200");
        List<double[]> minima = cli.outLines().stream().filter(l -> l.startsWith("minimum: "))
                .map(l -> java.util.Arrays.stream(l.substring(9).split(" ")).mapToDouble(Double::parseDouble).toArray())
                .toList();
        assertThat(minima).hasSize(2);
        assertThat(minima.get(0)[2]).isLessThan(minima.get(1)[2]);
        for (double[] m : minima) {
            double[] g = QuadraticCost.gradient(SigmoidNeuron.INSTANCE, data, m[0], m[1]);
            assertThat(Math.hypot(g[0], g[1])).isLessThanOrEqualTo(1e-9);
        }
        assertThat(bare.out()).as("the preset model is used without --model").isEqualTo(cli.out());
        assertThat(Cli.run("analyze", "--data", "noisy-line").outLines()).noneMatch(l -> l.startsWith("preset_"));
    }

    @Test
    void exitCodesAreTrainsOnes() {
        // when
        Cli missing = Cli.run("analyze", "--data", "no-such-set");
        Cli badModel = Cli.run("analyze", "--model", "cubic");

        // then
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_DATA);
        assertThat(missing.err()).contains("no-such-set");
        assertThat(badModel.exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    private static Map<String, String> keys(Cli cli) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : cli.outLines()) {
            int colon = line.indexOf(": ");
            out.put(line.substring(0, colon), line.substring(colon + 2));
        }
        return out;
    }

    private static double number(Map<String, String> keys, String key) {
        return Double.parseDouble(keys.get(key));
    }

    private static double[] fdHessian(Model model, Dataset data, double w, double b) {
        double h = 1e-4;
        double ww = (c(model, data, w + h, b) - 2 * c(model, data, w, b) + c(model, data, w - h, b)) / (h * h);
        double bb = (c(model, data, w, b + h) - 2 * c(model, data, w, b) + c(model, data, w, b - h)) / (h * h);
        double wb = (c(model, data, w + h, b + h) - c(model, data, w + h, b - h) - c(model, data, w - h, b + h)
                + c(model, data, w - h, b - h)) / (4 * h * h);
        return new double[] {ww, wb, bb};
    }

    private static double c(Model model, Dataset data, double w, double b) {
        return QuadraticCost.cost(model, data, w, b);
    }
}
