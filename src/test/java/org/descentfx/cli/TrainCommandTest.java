package org.descentfx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code train} on good options: the shape of its CSV and what the numbers in it do. */
class TrainCommandTest {
    /** noisy-line has 100 examples. */
    private static final int N = 100;

    @TempDir
    Path dir;

    @Test
    void writesTheHeaderAndOneRowPerStepAfterTheStartRow() {
        // when
        Cli cli = Cli.train("--data", "noisy-line", "--batch", "30", "--epochs", "3");

        // then
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        assertThat(cli.err()).isEmpty();
        CsvTrace trace = CsvTrace.parse(cli.out());
        assertThat(trace.header()).containsExactly("step", "epoch", "w", "b", "batch_cost", "cost");
        // ceil(100 / 30) = 4 steps per epoch
        assertThat(trace.rows()).hasSize(1 + 3 * 4);
        assertThat(trace.rows()).extracting(CsvTrace.Row::step).containsExactly(
                IntStream.rangeClosed(0, 12).asLongStream().boxed().toArray(Long[]::new));
        assertThat(trace.rows()).extracting(CsvTrace.Row::epoch)
                .containsExactly(0L, 1L, 1L, 1L, 1L, 2L, 2L, 2L, 2L, 3L, 3L, 3L, 3L);
    }

    @Test
    void rowZeroIsTheStartWithNoBatchCost() {
        // when
        Cli cli = Cli.train("--start", "1.5,-2", "--epochs", "1");

        // then
        assertThat(cli.outLines().get(1)).startsWith("0,0,1.5,-2.0,,");
        CsvTrace.Row start = CsvTrace.parse(cli.out()).first();
        assertThat(start.batchCost()).isNaN();
        assertThat(start.cost()).isPositive();
    }

    @Test
    void zeroEpochsWritesOnlyTheStartRowWhichIsTheWindowsOpeningStart() {
        // when
        Cli cli = Cli.train("--epochs", "0");

        // then
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.outLines()).hasSize(2);
        assertThat(cli.outLines().get(1)).startsWith("0,0,-1.0,-3.0,,");
    }

    @Test
    void theCostFallsOverTwentyEpochsOnTheNoisyLine() {
        // when
        Cli cli = Cli.train("--model", "linear", "--data", "noisy-line", "--lr", "0.01", "--batch", "10",
                "--epochs", "20", "--seed", "1");

        // then
        CsvTrace trace = CsvTrace.parse(cli.out());
        assertThat(trace.rows()).hasSize(1 + 20 * 10);
        double first = trace.first().cost();
        double last = trace.last().cost();
        assertThat(last).isLessThan(first / 100);
        double meanOfFirstEpoch = trace.epoch(1).stream().mapToDouble(CsvTrace.Row::cost).average().orElseThrow();
        double meanOfLastEpoch = trace.epoch(20).stream().mapToDouble(CsvTrace.Row::cost).average().orElseThrow();
        assertThat(meanOfLastEpoch).isLessThan(meanOfFirstEpoch);
    }

    @ParameterizedTest(name = "--batch {0}")
    @ValueSource(ints = {N, N + 1, 1_000_000})
    void fullBatchIsOneStepPerEpoch(int m) {
        // when
        Cli cli = Cli.train("--data", "noisy-line", "--batch", String.valueOf(m), "--epochs", "5", "--log-batches");

        // then
        CsvTrace trace = CsvTrace.parse(cli.out());
        assertThat(trace.rows()).hasSize(1 + 5);
        assertThat(trace.rows().subList(1, 6)).allSatisfy(row -> assertThat(row.batch()).hasSize(N));
        assertThat(trace.rows()).extracting(CsvTrace.Row::epoch).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void logBatchesListsEveryExampleOncePerEpoch() {
        // when
        Cli cli = Cli.train("--data", "noisy-line", "--batch", "7", "--epochs", "4", "--log-batches");

        // then
        CsvTrace trace = CsvTrace.parse(cli.out());
        assertThat(trace.header()).endsWith("batch");
        assertThat(trace.first().batch()).isEmpty();
        for (long epoch = 1; epoch <= 4; epoch++) {
            List<Integer> seen = trace.epoch(epoch).stream()
                    .flatMapToInt(row -> IntStream.of(row.batch())).boxed().toList();
            assertThat(seen).as("epoch %d", epoch)
                    .containsExactlyInAnyOrderElementsOf(IntStream.range(0, N).boxed().toList());
        }
    }

    @Test
    void theSameSeedGivesTheSameOutputAndAnotherSeedAnother() {
        // when
        Cli one = Cli.train("--seed", "7", "--epochs", "3", "--log-batches");
        Cli again = Cli.train("--seed", "7", "--epochs", "3", "--log-batches");
        Cli other = Cli.train("--seed", "8", "--epochs", "3", "--log-batches");

        // then
        assertThat(again.out()).isEqualTo(one.out());
        assertThat(other.out()).isNotEqualTo(one.out());
        assertThat(other.outLines().get(1)).isEqualTo(one.outLines().get(1));
    }

    @Test
    void outWritesTheCsvToAFileAndNothingToStandardOutput() throws IOException {
        // given
        Path file = dir.resolve("run.csv");
        Cli toStdout = Cli.train("--epochs", "2");

        // when
        Cli cli = Cli.train("--epochs", "2", "--out", file.toString());

        // then
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).isEmpty();
        assertThat(Files.readString(file)).isEqualTo(toStdout.out());
    }

    @Test
    void outIntoAMissingFolderFailsWithExitOneAndSaysWhichFolder() {
        // given
        Path file = dir.resolve("missing").resolve("run.csv");

        // when
        Cli cli = Cli.train("--out", file.toString());

        // then
        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.errLines()).containsExactly("descentfx: cannot write '" + file + "': the folder '"
                + file.getParent() + "' does not exist");
    }

    @Test
    void aDivergingRunStopsAfterTheDivergingStepWithExitThree() {
        // when
        Cli cli = Cli.train("--data", "noisy-line", "--lr", "1", "--batch", "10", "--epochs", "20");

        // then
        assertThat(cli.exitCode()).isEqualTo(ExitCodes.DIVERGED);
        assertThat(cli.errLines()).hasSize(1);
        String message = cli.errLines().get(0);
        assertThat(message).matches("descentfx: diverged at step \\d+: η = 1\\.0 is too large; lower --lr");
        long step = Long.parseLong(message.replaceAll("\\D*(\\d+):.*", "$1"));
        CsvTrace trace = CsvTrace.parse(cli.out());
        assertThat(trace.last().step()).isEqualTo(step);
        assertThat(trace.rows()).hasSize((int) step + 1);
        assertThat(trace.last().cost()).isGreaterThan(1e12);
    }

    @Test
    void helpAndVersionOfTrainExitZero() {
        // when
        Cli help = Cli.train("--help");
        Cli version = Cli.train("--version");

        // then
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage: descentfx train")
                .contains("--lr=ETA", "--batch=M", "--log-batches", "Exit codes:", "3  training diverged");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out().strip()).isEqualTo("DescentFX 0.1.0");
    }
}
