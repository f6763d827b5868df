package org.descentfx.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.descentfx.core.cost.QuadraticCost;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Point;
import org.descentfx.core.train.Run;
import org.descentfx.engine.ReplayPlan;
import org.descentfx.engine.RunSpec;
import org.descentfx.engine.TraceChunk;
import org.descentfx.engine.TrainingSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.descentfx.cli.Cli;
import org.descentfx.cli.CsvTrace;

/** The window's CSV export: every step of every run, exactly as {@code train} writes it. */
class TrajectoryExportTest {
    private static final Hyperparameters CONTROLS = new Hyperparameters(0.01, 10);

    @TempDir
    Path dir;

    @Test
    void oneFilePerRunIsByteForByteWhatTrainWrites() throws Exception {
        // given: a mini-batch and a full-batch run of 5 epochs on the noisy line (n = 100)
        TrainingSetup setup = setup(RunSpec.lineup(true, false));
        List<ReplayPlan> plans = List.of(new ReplayPlan(CONTROLS, List.of(), 50),
                new ReplayPlan(CONTROLS.withMiniBatchSize(100), List.of(), 5));

        // when
        List<Path> files = new TrajectoryExport(setup, plans, TrajectoryExport.Progress.NONE)
                .writePerRun(dir.resolve("experiment.csv"));

        // then
        assertThat(files).containsExactly(dir.resolve("experiment-minibatch.csv"), dir.resolve("experiment-fullbatch.csv"));
        assertThat(Files.readString(files.get(0))).isEqualTo(train("10"));
        assertThat(Files.readString(files.get(1))).isEqualTo(train("100"));
    }

    @Test
    void eachRunOfAComparisonOfRatesIsByteForByteWhatTrainWritesWithItsEta() throws Exception {
        // given: η₁ the controls' 0.01, η₂ = 0.0025 and η₃ = 0.04 their own, 5 epochs of m = 10
        TrainingSetup setup = setup(RunSpec.rates(java.util.Arrays.asList(null, 0.0025, 0.04)));
        List<ReplayPlan> plans = List.of(new ReplayPlan(CONTROLS, List.of(), 50),
                new ReplayPlan(CONTROLS.withLearningRate(0.0025), List.of(), 50),
                new ReplayPlan(CONTROLS.withLearningRate(0.04), List.of(), 50));

        // when
        List<Path> files = new TrajectoryExport(setup, plans, TrajectoryExport.Progress.NONE)
                .writePerRun(dir.resolve("rates.csv"));

        // then: one file per η, each the rows train writes with that --lr
        assertThat(files).containsExactly(dir.resolve("rates-eta1.csv"), dir.resolve("rates-eta2.csv"),
                dir.resolve("rates-eta3.csv"));
        assertThat(Files.readString(files.get(0))).isEqualTo(train("0.01", "10"));
        assertThat(Files.readString(files.get(1))).isEqualTo(train("0.0025", "10"));
        assertThat(Files.readString(files.get(2))).isEqualTo(train("0.04", "10"));
        assertThat(Files.readString(files.get(2))).isNotEqualTo(Files.readString(files.get(0)));
    }

    @Test
    void aChangeOfEtaAndMMidRunTakesEffectAtItsStep() throws Exception {
        // given: η and m changed before step 8, in the middle of the first epoch
        Hyperparameters changed = new Hyperparameters(0.03, 7);
        ReplayPlan plan = new ReplayPlan(CONTROLS, List.of(new TraceChunk.Change(8, 70, changed)), 40);

        // when
        new TrajectoryExport(setup(List.of(RunSpec.single())), List.of(plan), TrajectoryExport.Progress.NONE)
                .writePerRun(dir.resolve("changed.csv"));
        CsvTrace csv = CsvTrace.parse(Files.readString(dir.resolve("changed-minibatch.csv")));

        // then: every row is the state of a run driven by hand
        Run run = new Run(noisyLine(), LinearNeuron.INSTANCE, new Point(0, 0), CONTROLS, 1);
        assertThat(csv.rows()).hasSize(41);
        for (CsvTrace.Row row : csv.rows()) {
            if (row.step() > 0) {
                if (row.step() == 8) {
                    run.setHyperparameters(changed);
                }
                run.stepMiniBatch();
            }
            assertThat(row.step()).isEqualTo(run.step());
            assertThat(row.epoch()).isEqualTo(run.epochOfLastStep());
            assertThat(row.w()).as("w at step %d", row.step()).isEqualTo(run.w());
            assertThat(row.b()).as("b at step %d", row.step()).isEqualTo(run.b());
            assertThat(row.cost()).isEqualTo(QuadraticCost.cost(run.model(), run.data(), run.w(), run.b()));
            if (row.step() > 0) {
                assertThat(row.batchCost()).isEqualTo(run.lastBatchCost());
            }
        }
        assertThat(csv.rows().get(12).epoch()).as("7 steps of m = 10, then the last 30 examples by m = 7").isEqualTo(1);
        assertThat(csv.rows().get(13).epoch()).isEqualTo(2);
        assertThat(csv.last().epoch()).as("15 steps of m = 7 per epoch from then on").isEqualTo(3);
    }

    @Test
    void oneFileBeginsEachRowWithItsRun() throws Exception {
        // given: all three runs of the comparison
        TrainingSetup setup = setup(RunSpec.lineup(true, true));
        List<ReplayPlan> plans = List.of(new ReplayPlan(CONTROLS, List.of(), 20),
                new ReplayPlan(CONTROLS.withMiniBatchSize(100), List.of(), 2),
                new ReplayPlan(CONTROLS.withMiniBatchSize(1), List.of(), 200));
        TrajectoryExport export = new TrajectoryExport(setup, plans, TrajectoryExport.Progress.NONE);

        // when
        export.writeOneFile(dir.resolve("all.csv"));
        List<String> lines = Files.readAllLines(dir.resolve("all.csv"));

        // then: the runs one after the other, each the rows of its own file behind its name
        export.writePerRun(dir.resolve("each.csv"));
        assertThat(lines.get(0)).isEqualTo("run,step,epoch,w,b,batch_cost,cost");
        assertThat(lines).hasSize(1 + 21 + 3 + 201);
        int at = 1;
        for (String run : List.of("minibatch", "fullbatch", "stochastic")) {
            List<String> own = Files.readAllLines(dir.resolve("each-" + run + ".csv"));
            for (String row : own.subList(1, own.size())) {
                assertThat(lines.get(at++)).isEqualTo(run + "," + row);
            }
        }
    }

    @Test
    void aFileThatCannotBeWrittenSaysWhyAndLeavesNothing() {
        // given
        TrajectoryExport export = new TrajectoryExport(setup(List.of(RunSpec.single())),
                List.of(new ReplayPlan(CONTROLS, List.of(), 10)), TrajectoryExport.Progress.NONE);
        Path missing = dir.resolve("no-such-folder").resolve("out.csv");

        // when / then
        assertThatThrownBy(() -> export.writeOneFile(missing)).isInstanceOf(IOException.class)
                .hasMessage("cannot write '" + missing + "': the folder '" + missing.getParent() + "' does not exist");
        assertThat(missing.getParent()).doesNotExist();
    }

    @Test
    void aFullDiskLeavesEveryOldFileOfTheExportAsItWas() throws Exception {
        try (SmallDisk disk = SmallDisk.at(Files.createDirectory(dir.resolve("small")))) {
            // given: the files of an earlier export, and a new export of two runs whose second file does not fit
            Path mini = Files.writeString(disk.dir().resolve("e-minibatch.csv"), "old mini-batch\n");
            Path full = Files.writeString(disk.dir().resolve("e-fullbatch.csv"), "old full batch\n");
            TrajectoryExport export = new TrajectoryExport(setup(RunSpec.lineup(true, false)),
                    List.of(new ReplayPlan(CONTROLS, List.of(), 100), new ReplayPlan(CONTROLS.withMiniBatchSize(100),
                            List.of(), 10_000)), TrajectoryExport.Progress.NONE);

            // when / then
            assertThatThrownBy(() -> export.writePerRun(disk.dir().resolve("e.csv"))).isInstanceOf(IOException.class)
                    .hasMessage("cannot write '" + full + "': No space left on device");
            assertThat(Files.readString(mini)).isEqualTo("old mini-batch\n");
            assertThat(Files.readString(full)).isEqualTo("old full batch\n");
            assertThat(OutputFileTest.names(disk.dir())).containsExactly("e-fullbatch.csv", "e-minibatch.csv");
        }
    }

    @Test
    void aCancelledExportLeavesTheOldFile() throws Exception {
        // given
        Path file = Files.writeString(dir.resolve("e.csv"), "old\n");
        TrajectoryExport export = new TrajectoryExport(setup(List.of(RunSpec.single())),
                List.of(new ReplayPlan(CONTROLS.withMiniBatchSize(1), List.of(), 20_000)), TrajectoryExport.Progress.NONE);

        // when: cancelled while it writes
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> export.writeOneFile(file)).hasMessageContaining("cancelled");
        } finally {
            Thread.interrupted();
        }

        // then
        assertThat(Files.readString(file)).isEqualTo("old\n");
        assertThat(OutputFileTest.names(dir)).containsExactly("e.csv");
    }

    @Test
    void progressIsToldWhileLongRunsAreWritten() throws Exception {
        // given: 20,000 stochastic steps
        long[] last = new long[2];
        TrajectoryExport export = new TrajectoryExport(setup(List.of(RunSpec.single())),
                List.of(new ReplayPlan(CONTROLS.withMiniBatchSize(1), List.of(), 20_000)),
                (done, total) -> {
                    last[0] = done;
                    last[1] = total;
                });

        // when
        export.writeOneFile(dir.resolve("long.csv"));

        // then
        assertThat(last[1]).isEqualTo(20_000);
        assertThat(last[0]).isGreaterThan(15_000).isLessThanOrEqualTo(20_000);
    }

    private String train(String m) {
        return train("0.01", m);
    }

    private String train(String eta, String m) {
        Path out = dir.resolve("train-" + eta + "-" + m + ".csv");
        Cli cli = Cli.train("--data", "noisy-line", "--lr", eta, "--batch", m, "--epochs", "5", "--seed", "1",
                "--start", "0,0", "--out", out.toString());
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        try {
            return Files.readString(out);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static TrainingSetup setup(List<RunSpec> runs) {
        return new TrainingSetup(noisyLine(), LinearNeuron.INSTANCE, new Point(0, 0), 1, CONTROLS, runs);
    }

    private static Dataset noisyLine() {
        try {
            return BuiltInDatasets.load("noisy-line");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
