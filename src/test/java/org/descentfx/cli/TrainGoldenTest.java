package org.descentfx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code train} with every option given writes exactly the bytes it wrote when these files were
 * committed: moving code between packages, or changing defaults, must not change one digit.
 * The files under {@code src/test/resources/golden/train} were written by the commands below.
 */
class TrainGoldenTest {

    static Stream<Arguments> commands() {
        return Stream.of(
                Arguments.of("linear-noisy-line", List.of("--model", "linear", "--data", "noisy-line",
                        "--start", "0,0", "--lr", "0.01", "--batch", "10", "--epochs", "20", "--seed", "1")),
                Arguments.of("linear-wall-batches", List.of("--model", "linear", "--data", "noisy-line",
                        "--start", "-1,-3", "--lr", "0.02", "--batch", "7", "--epochs", "5", "--seed", "42",
                        "--log-batches")),
                Arguments.of("linear-full-batch", List.of("--model", "linear", "--data", "centred-line",
                        "--start", "3,-2", "--lr", "0.1", "--batch", "1000", "--epochs", "30", "--seed", "7")),
                Arguments.of("sigmoid-plateau", List.of("--model", "sigmoid", "--data", "single-example",
                        "--start", "2,2", "--lr", "0.15", "--batch", "1", "--epochs", "300", "--seed", "1")),
                Arguments.of("sigmoid-steps", List.of("--model", "sigmoid", "--data", "sigmoid-steps",
                        "--start", "0.5,-1", "--lr", "0.5", "--batch", "3", "--epochs", "10", "--seed", "3",
                        "--log-batches")),
                Arguments.of("linear-diverges", List.of("--model", "linear", "--data", "noisy-line",
                        "--start", "-1,-3", "--lr", "0.12", "--batch", "10", "--epochs", "20", "--seed", "1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void trainWritesTheCommittedBytes(String name, List<String> options) throws IOException {
        // given
        String expected = golden(name);

        // when
        Cli cli = Cli.train(options.toArray(String[]::new));

        // then
        assertThat(cli.out()).as("train %s", String.join(" ", options)).isEqualTo(expected);
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = TrainGoldenTest.class.getResourceAsStream("/golden/train/" + name + ".csv")) {
            assertThat(in).as("golden file %s.csv", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
