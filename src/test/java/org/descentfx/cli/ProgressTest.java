package org.descentfx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.descentfx.output.TrajectoryCsv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Long runs tell their progress on a terminal's standard error, never in the CSV; huge outputs need --force. */
class ProgressTest {
    private static final String[] LONG = {"--data", "noisy-line", "--batch", "1", "--epochs", "400", "--seed", "3"};

    @TempDir
    Path dir;

    @AfterEach
    void restore() {
        StepProgress.terminal = () -> false;
        StepProgress.delayNanos = StepProgress.DELAY_NANOS;
    }

    @Test
    void onATerminalALongRunShowsStepsRateAndTimeLeftOnStandardErrorOnly() {
        // given: standard error a terminal, and a run "long" from its start
        Cli quiet = Cli.train(LONG);
        StepProgress.terminal = () -> true;
        StepProgress.delayNanos = 0;

        // when
        Cli shown = Cli.train(LONG);

        // then: the progress line is on standard error, and the CSV is the same to the byte
        assertThat(shown.exitCode()).isZero();
        assertThat(shown.err()).contains("train").contains("40000/40000").contains("steps/s").contains("100%");
        assertThat(shown.out()).isEqualTo(quiet.out()).doesNotContain("\r");
        assertThat(quiet.err()).isEmpty();
    }

    @Test
    void withoutATerminalNothingIsShownHoweverLong() {
        StepProgress.terminal = () -> false;
        StepProgress.delayNanos = 0;

        Cli cli = Cli.train(LONG);

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void aShortRunShowsNothingEvenOnATerminal() {
        StepProgress.terminal = () -> true;

        Cli cli = Cli.train("--epochs", "3");

        assertThat(cli.err()).isEmpty();
    }

    @Test
    void aCsvOfTerabytesNeedsForce() {
        Cli cli = Cli.train("--epochs", "2147483647", "--out", dir.resolve("huge.csv").toString());

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).matches("descentfx: the CSV would be about [0-9.]+ TB \\(21474836470 steps\\); lower"
                + " --epochs, or add --force to write it\\n");
        assertThat(dir.resolve("huge.csv")).doesNotExist();
    }

    @Test
    void theEstimateIsCloseToTheTruthAndNeverAbove() throws Exception {
        Path csv = dir.resolve("run.csv");
        for (boolean batches : new boolean[] {false, true}) {
            Cli cli = Cli.train("--data", "noisy-line", "--batch", "7", "--epochs", "50", "--out", csv.toString(),
                    batches ? "--log-batches" : "--seed=1");
            assertThat(cli.exitCode()).as(cli.toString()).isZero();
            long actual = Files.size(csv);
            long estimate = TrajectoryCsv.estimatedBytes(50 * 15, 100, 7, batches);
            assertThat(estimate).isLessThanOrEqualTo(actual).isGreaterThan(actual * 7 / 10);
        }
    }
}
