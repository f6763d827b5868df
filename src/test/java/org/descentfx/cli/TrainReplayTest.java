package org.descentfx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the logged mini-batches of {@code train --log-batches} with a second, independent
 * implementation of Eq. (1) and Eq. (8)–(9), written here from the text and reading the data
 * file with plain Java, and checks every row's w, b, batch_cost and cost to relative 1e-9.
 */
class TrainReplayTest {
    private static final double RELATIVE = 1e-9;

    @TempDir
    static Path dir;

    static Stream<Arguments> runs() throws IOException {
        Path lineCsv = writeCsv("n37-line.csv", i -> 3 * x(i) - 1 + 0.3 * Math.sin(7 * i));
        Path stepCsv = writeCsv("n37-step.csv", i -> x(i) > 0.4 ? 0.9 : 0.1);
        return Stream.of(
                Arguments.of("linear", Path.of("assets/data/noisy-line.csv"), "noisy-line", "0.01", "10", "0,0"),
                Arguments.of("sigmoid", Path.of("assets/data/sigmoid-steps.csv"), "sigmoid-steps", "2", "7", "0.5,1"),
                Arguments.of("linear", lineCsv, lineCsv.toString(), "0.05", "5", "-1,2"),
                Arguments.of("sigmoid", stepCsv, stepCsv.toString(), "1.5", "5", "0,0"));
    }

    @ParameterizedTest(name = "{0} on {2}, η = {3}, m = {4}")
    @MethodSource("runs")
    void everyRowMatchesAnIndependentReplayOfEquations8And9(String model, Path file, String data, String eta,
                                                            String m, String start) throws IOException {
        // given
        double[][] xy = readPlainCsv(file);
        double learningRate = Double.parseDouble(eta);

        // when
        Cli cli = Cli.train("--model", model, "--data", data, "--lr", eta, "--batch", m, "--epochs", "6",
                "--seed", "11", "--start", start, "--log-batches");

        // then
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        List<CsvTrace.Row> rows = CsvTrace.parse(cli.out()).rows();
        int n = xy[0].length;
        int batch = Integer.parseInt(m);
        assertThat(rows).hasSize(1 + 6 * ((n + batch - 1) / batch));
        String[] wb = start.split(",");
        double w = Double.parseDouble(wb[0]);
        double b = Double.parseDouble(wb[1]);
        assertThat(rows.get(0).w()).isEqualTo(w);
        assertThat(rows.get(0).b()).isEqualTo(b);
        assertClose(rows.get(0).cost(), cost(model, xy, w, b), "cost of row 0");
        for (CsvTrace.Row row : rows.subList(1, rows.size())) {
            // Eq. (8)-(9): both sums at the same point (w, b), then both parameters move
            double gw = 0;
            double gb = 0;
            double sse = 0;
            for (int j : row.batch()) {
                double x = xy[0][j];
                double a = output(model, w, b, x);
                double error = a - xy[1][j];
                double delta = model.equals("sigmoid") ? error * a * (1 - a) : error;
                gw += delta * x;
                gb += delta;
                sse += error * error;
            }
            int size = row.batch().length;
            double batchCost = sse / (2.0 * size);
            w = w - learningRate / size * gw;
            b = b - learningRate / size * gb;
            String where = "row " + row.step();
            assertClose(row.w(), w, "w of " + where);
            assertClose(row.b(), b, "b of " + where);
            assertClose(row.batchCost(), batchCost, "batch_cost of " + where);
            assertClose(row.cost(), cost(model, xy, w, b), "cost of " + where);
        }
    }

    @ParameterizedTest(name = "{0} on {2}, m = {4}")
    @MethodSource("runs")
    void batchesAreConsecutiveSlicesOfSizeMWithAShortLastOne(String model, Path file, String data, String eta,
                                                            String m, String start) throws IOException {
        // given
        int n = readPlainCsv(file)[0].length;
        int size = Integer.parseInt(m);

        // when
        Cli cli = Cli.train("--model", model, "--data", data, "--lr", eta, "--batch", m, "--epochs", "3",
                "--seed", "5", "--start", start, "--log-batches");

        // then
        CsvTrace trace = CsvTrace.parse(cli.out());
        for (long epoch = 1; epoch <= 3; epoch++) {
            List<Integer> sizes = trace.epoch(epoch).stream().map(r -> r.batch().length).toList();
            List<Integer> expected = new ArrayList<>();
            for (int from = 0; from < n; from += size) {
                expected.add(Math.min(size, n - from));
            }
            assertThat(sizes).as("batch sizes of epoch %d", epoch).isEqualTo(expected);
        }
    }

    private static double output(String model, double w, double b, double x) {
        double z = w * x + b;
        return model.equals("sigmoid") ? 1 / (1 + Math.exp(-z)) : z;
    }

    /** Eq. (1): C = 1/(2n) Σ (y − ŷ)². */
    private static double cost(String model, double[][] xy, double w, double b) {
        double sum = 0;
        for (int i = 0; i < xy[0].length; i++) {
            double e = xy[1][i] - output(model, w, b, xy[0][i]);
            sum += e * e;
        }
        return sum / (2.0 * xy[0].length);
    }

    private static void assertClose(double actual, double expected, String what) {
        double tolerance = RELATIVE * Math.max(Math.abs(expected), Math.abs(actual));
        assertThat(Math.abs(actual - expected)).as("%s: %s against %s", what, actual, expected)
                .isLessThanOrEqualTo(tolerance);
    }

    /** x and y of a data file: comments, blank lines and the x,y header skipped. */
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

    private static double x(int i) {
        return -1 + 2.0 * i / 36;
    }

    private static Path writeCsv(String name, java.util.function.IntToDoubleFunction y) throws IOException {
        StringBuilder text = new StringBuilder("# 37 examples, so m = 5 leaves a last batch of 2\nx,y\n");
        for (int i = 0; i < 37; i++) {
            text.append(String.format(Locale.ROOT, "%s,%s%n", x(i), y.applyAsDouble(i)));
        }
        return Files.writeString(dir.resolve(name), text);
    }
}
