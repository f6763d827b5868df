package org.descentfx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.descentfx.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code train} refusing what it cannot do: one line that says why, and the right exit code. */
class TrainErrorsTest {
    @TempDir
    Path dir;

    static Stream<Arguments> badOptions() {
        return Stream.of(
                Arguments.of(new String[] {"--speed", "3"}, "'--speed'"),
                Arguments.of(new String[] {"--lr", "0"}, "'--lr': η must be a positive finite number, not '0'"),
                Arguments.of(new String[] {"--lr", "-1"}, "'--lr': η must be a positive finite number, not '-1'"),
                Arguments.of(new String[] {"--lr", "abc"}, "'--lr': 'abc' is not a number"),
                Arguments.of(new String[] {"--lr", "NaN"}, "'--lr': η must be a positive finite number, not 'NaN'"),
                Arguments.of(new String[] {"--lr", "Infinity"}, "'--lr': η must be a positive finite number"),
                Arguments.of(new String[] {"--batch", "0"},
                        "'--batch': the mini-batch size m must be at least 1, not '0'"),
                Arguments.of(new String[] {"--batch", "2.5"}, "'--batch': '2.5' is not a whole number"),
                Arguments.of(new String[] {"--epochs", "-1"},
                        "'--epochs': the number of epochs must be 0 or more, not '-1'"),
                Arguments.of(new String[] {"--start", "1"}, "'--start': expected W,B"),
                Arguments.of(new String[] {"--start", "a,b"}, "'--start': expected W,B as two numbers, not 'a,b'"),
                Arguments.of(new String[] {"--start", "1,Infinity"},
                        "'--start': w and b must be finite, not '1,Infinity'"),
                Arguments.of(new String[] {"--model", "cubic"}, "'--model': unknown model 'cubic'"),
                Arguments.of(new String[] {"--seed", "x"}, "'--seed': 'x' is not a whole number"),
                Arguments.of(new String[] {"--lr"}, "'--lr'"),
                Arguments.of(new String[] {"--lr", "--batch", "5"}, "'--lr'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badOptions")
    void aBadOptionIsOneLineThenTheUsageWithExitTwo(String[] options, String expected) {
        // when
        Cli cli = Cli.train(options);

        // then
        assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.errLines().get(0)).startsWith("descentfx: ").contains(expected);
        assertThat(cli.errLines().get(1)).startsWith("Usage: descentfx train");
    }

    @Test
    void aMistypedOptionGetsASuggestion() {
        // when
        Cli cli = Cli.train("--lrr", "0.1");

        // then
        assertThat(cli.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.errLines().get(0)).contains("'--lrr'", "did you mean --lr?");
    }

    @Test
    void aMalformedCsvExitsOneNamingItsLine() throws IOException {
        // given
        Path file = Files.writeString(dir.resolve("bad.csv"), "x,y\n1,2\n3,abc\n");

        // when
        Cli cli = Cli.train("--data", file.toString());

        // then
        assertThat(cli.exitCode()).isEqualTo(ExitCodes.BAD_DATA);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.errLines()).containsExactly("descentfx: " + file + ", line 3, column 2: 'abc' is not a number");
    }

    @Test
    void aMissingFileExitsOneNamingIt() {
        // given
        String file = dir.resolve("nowhere.csv").toString();

        // when
        Cli cli = Cli.train("--data", file);

        // then
        assertThat(cli.exitCode()).isEqualTo(ExitCodes.BAD_DATA);
        assertThat(cli.errLines()).hasSize(1);
        assertThat(cli.errLines().get(0)).startsWith("descentfx: ").contains("'" + file + "'");
    }

    @Test
    void anUnknownBuiltInSetExitsOneListingTheKnownOnes() {
        // when
        Cli cli = Cli.train("--data", "spiral");

        // then
        assertThat(cli.exitCode()).isEqualTo(ExitCodes.BAD_DATA);
        assertThat(cli.errLines()).hasSize(1);
        assertThat(cli.errLines().get(0)).startsWith("descentfx: ").contains("'spiral'", "noisy-line");
    }

    @Test
    void anUnwritableOutExitsOne() {
        // when: the output is a folder
        Cli cli = Cli.train("--out", dir.toString());

        // then
        assertThat(cli.exitCode()).isEqualTo(ExitCodes.BAD_DATA);
        assertThat(cli.errLines()).hasSize(1);
        assertThat(cli.errLines().get(0)).startsWith("descentfx: cannot write '" + dir + "'");
    }

    @Test
    void stopsQuietlyWhenStandardOutputIsClosedByItsReader() {
        // given: a reader that takes 1000 characters, then goes away
        CountingWriter reader = new CountingWriter(1000);
        StringWriter err = new StringWriter();

        // when
        String[] args = {"train", "--epochs", "100000"};
        int code = Main.run(args, new PrintWriter(reader), new PrintWriter(err));

        // then: 1 000 000 rows were asked for, far fewer were attempted
        assertThat(code).isEqualTo(ExitCodes.BAD_DATA);
        assertThat(err.toString()).isEmpty();
        assertThat(reader.attempts).isLessThan(10);
    }

    /** Accepts {@code capacity} characters, then fails every write, like a closed pipe. */
    private static final class CountingWriter extends Writer {
        private final int capacity;
        private int written;
        private int attempts;

        CountingWriter(int capacity) {
            this.capacity = capacity;
        }

        @Override
        public void write(char[] chars, int from, int length) throws IOException {
            if (written >= capacity) {
                attempts++;
                throw new IOException("Broken pipe");
            }
            written += length;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
