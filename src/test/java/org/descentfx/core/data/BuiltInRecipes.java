package org.descentfx.core.data;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How the generated built-in data sets in {@code assets/data/} were made, so a test can
 * check that the shipped numbers are exactly what the documented recipe gives, and so
 * they can be made again after a deliberate change:
 * {@code java -cp target/classes:target/test-classes org.descentfx.core.data.BuiltInRecipes assets/data}.
 * {@code single-example.csv} is written by hand: it is one row.
 */
final class BuiltInRecipes {
    /** x far from 0, in [2, 6]: the valley of C(w, b) is long and narrow. */
    static final DatasetGenerator NOISY_LINE = new DatasetGenerator(100, 2, 6, 2, 1, 0.5, 1);
    /** The same line with x centred on 0: a round valley. */
    static final DatasetGenerator CENTRED_LINE = new DatasetGenerator(100, -2, 2, 2, 1, 0.5, 2);
    /** σ(1.5x − 0.5) with a little noise, for the sigmoid neuron. */
    static final DatasetGenerator SIGMOID_STEPS = new DatasetGenerator(60, -4, 4, 1.5, -0.5, 0.05, 3);

    private BuiltInRecipes() {
    }

    static Dataset noisyLine() {
        return NOISY_LINE.line("noisy-line");
    }

    static Dataset centredLine() {
        return CENTRED_LINE.line("centred-line");
    }

    static Dataset sigmoidSteps() {
        return SIGMOID_STEPS.sigmoid("sigmoid-steps");
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        write(folder, noisyLine(), List.of(
                "Noisy line",
                "100 points near y = 2x + 1, x in [2, 6]. With x far from 0 the cost valley is long"
                        + " and narrow, so descent zig-zags across it before it creeps along the floor.",
                "Made by " + NOISY_LINE + ".line(): Gaussian noise with standard deviation 0.5."));
        write(folder, centredLine(), List.of(
                "Centred line",
                "100 points near y = 2x + 1, x in [-2, 2]. With x centred on 0 the cost valley is"
                        + " round, so descent heads straight for the minimum: compare with the noisy line.",
                "Made by " + CENTRED_LINE + ".line(): Gaussian noise with standard deviation 0.5."));
        write(folder, sigmoidSteps(), List.of(
                "Sigmoid step",
                "60 points near y = σ(1.5x - 0.5), x in [-4, 4], for the sigmoid neuron ŷ = σ(w·x + b).",
                "Made by " + SIGMOID_STEPS + ".sigmoid(): Gaussian noise with standard deviation 0.05,"
                        + " not clamped, so a few targets lie just outside [0, 1]."));
    }

    /** Comment lines, the header {@code x,y}, then one row per example in shortest round-trip form. */
    static void write(Path folder, Dataset data, List<String> comments) throws IOException {
        try (Writer out = Files.newBufferedWriter(folder.resolve(data.name() + ".csv"), StandardCharsets.UTF_8)) {
            for (String comment : comments) {
                out.write("# " + comment + "\n");
            }
            out.write("x,y\n");
            for (int i = 0; i < data.size(); i++) {
                // Double.toString gives the shortest text that parses back to the same double
                out.write(Double.toString(data.x(i)) + "," + Double.toString(data.y(i)) + "\n");
            }
        }
    }
}
