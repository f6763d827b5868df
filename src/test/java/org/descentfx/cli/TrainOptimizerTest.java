package org.descentfx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.descentfx.core.train.ReferenceRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code train --optimizer}: every rule's CSV, replayed from its logged mini-batches by
 * {@link ReferenceRules} (no production code, the data read with plain Java), agrees row by row
 * to a relative 1e-12; sgd is today's output byte for byte; a constant the rule does not use is refused.
 */
class TrainOptimizerTest {
    private static final double RELATIVE = 1e-12;

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("sgd", new String[] {}, new double[] {0.9, 0.9, 0.9, 0.999, 1e-8}),
                Arguments.of("momentum", new String[] {"--momentum", "0.8"}, new double[] {0.8, 0.9, 0.9, 0.999, 1e-8}),
                Arguments.of("nesterov", new String[] {}, new double[] {0.9, 0.9, 0.9, 0.999, 1e-8}),
                Arguments.of("adagrad", new String[] {"--epsilon", "1e-6"}, new double[] {0.9, 0.9, 0.9, 0.999, 1e-6}),
                Arguments.of("rmsprop", new String[] {"--decay", "0.95"}, new double[] {0.9, 0.95, 0.9, 0.999, 1e-8}),
                Arguments.of("adam", new String[] {"--beta1", "0.8", "--beta2", "0.99"},
                        new double[] {0.9, 0.9, 0.8, 0.99, 1e-8}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void everyRowMatchesTheReferenceReplayOfItsMiniBatches(String rule, String[] constants, double[] c)
            throws IOException {
        // given
        double[][] xy = readPlainCsv(Path.of("assets/data/noisy-line.csv"));
        List<String> args = new ArrayList<>(List.of("--optimizer", rule, "--lr", "0.02", "--batch", "7",
                "--epochs", "5", "--seed", "3", "--start", "-1,2", "--log-batches"));
        args.addAll(List.of(constants));

        // when
        Cli cli = Cli.train(args.toArray(String[]::new));

        // then
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        List<CsvTrace.Row> rows = CsvTrace.parse(cli.out()).rows();
        assertThat(rows).hasSizeGreaterThan(30);
        ReferenceRules reference = new ReferenceRules(rule, c[0], c[1], c[2], c[3], c[4]);
        double[] v = {-1, 2};
        for (CsvTrace.Row row : rows.subList(1, rows.size())) {
            int[] batch = row.batch();
            assertClose(row.batchCost(), batchCost(xy, batch, v), "batch_cost of row " + row.step());
            v = reference.step(v, 0.02, (w, b) -> meanGradient(xy, batch, w, b));
            assertClose(row.w(), v[0], "w of row " + row.step());
            assertClose(row.b(), v[1], "b of row " + row.step());
        }
    }

    @Test
    void sgdChosenByNameIsTheDefaultByteForByte() {
        // when
        Cli plain = Cli.train("--lr", "0.03", "--batch", "4", "--epochs", "3", "--log-batches");
        Cli named = Cli.train("--optimizer", "sgd", "--lr", "0.03", "--batch", "4", "--epochs", "3", "--log-batches");

        // then
        assertThat(plain.exitCode()).isZero();
        assertThat(named.out()).isEqualTo(plain.out());
    }

    @Test
    void momentumIsNotPlainSgd() {
        // when
        Cli sgd = Cli.train("--epochs", "2");
        Cli momentum = Cli.train("--optimizer", "momentum", "--epochs", "2");

        // then
        assertThat(momentum.exitCode()).isZero();
        assertThat(momentum.out()).isNotEqualTo(sgd.out());
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of(new String[] {"--momentum", "0.5"},
                        "--momentum is not used by --optimizer sgd (it has no constants beyond --lr)"),
                Arguments.of(new String[] {"--optimizer", "adam", "--decay", "0.5", "--momentum", "0.1"},
                        "--momentum and --decay are not used by --optimizer adam (it uses --beta1, --beta2, --epsilon)"),
                Arguments.of(new String[] {"--optimizer", "momentum", "--epsilon", "1e-6"},
                        "--epsilon is not used by --optimizer momentum (it uses --momentum)"),
                Arguments.of(new String[] {"--optimizer", "momentum", "--momentum", "1"},
                        "'--momentum': μ must be at least 0 and below 1, not '1'"),
                Arguments.of(new String[] {"--optimizer", "adam", "--epsilon", "0"},
                        "'--epsilon': ε must be a positive finite number, not '0'"),
                Arguments.of(new String[] {"--optimizer", "adam", "--beta2", "x"}, "'--beta2': 'x' is not a number"),
                Arguments.of(new String[] {"--optimizer", "lion"},
                        "'--optimizer': unknown optimizer 'lion': use sgd, momentum, nesterov, adagrad, rmsprop, adam"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("refused")
    void aConstantTheRuleDoesNotUseOrABadValueIsOneLineAndExitTwo(String[] options, String expected) {
        // when
        Cli cli = Cli.train(options);

        // then
        assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.errLines().get(0)).startsWith("descentfx: ").contains(expected);
        assertThat(cli.errLines().get(1)).startsWith("Usage: descentfx train");
    }

    /** (1/m) Σ_{j∈X} (ŷ − y)·(x, 1) for ŷ = w·x + b. */
    private static double[] meanGradient(double[][] xy, int[] batch, double w, double b) {
        double gw = 0;
        double gb = 0;
        for (int j : batch) {
            double delta = w * xy[0][j] + b - xy[1][j];
            gw += delta * xy[0][j];
            gb += delta;
        }
        return new double[] {gw / batch.length, gb / batch.length};
    }

    /** C_X = 1/(2m) Σ_{j∈X} (y − ŷ)² at v: before the step, for Nesterov too. */
    private static double batchCost(double[][] xy, int[] batch, double[] v) {
        double sse = 0;
        for (int j : batch) {
            double e = xy[1][j] - (v[0] * xy[0][j] + v[1]);
            sse += e * e;
        }
        return sse / (2.0 * batch.length);
    }

    private static void assertClose(double actual, double expected, String what) {
        double tolerance = RELATIVE * Math.max(Math.abs(expected), Math.abs(actual));
        assertThat(Math.abs(actual - expected)).as("%s: %s against %s", what, actual, expected)
                .isLessThanOrEqualTo(tolerance);
    }

    private static double[][] readPlainCsv(Path file) throws IOException {
        List<double[]> pairs = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#") || s.equals("x,y")) {
                continue;
            }
            String[] f = s.split(",");
            pairs.add(new double[] {Double.parseDouble(f[0].strip()), Double.parseDouble(f[1].strip())});
        }
        double[][] xy = new double[2][pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            xy[0][i] = pairs.get(i)[0];
            xy[1][i] = pairs.get(i)[1];
        }
        return xy;
    }
}
