package org.descentfx.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.data.DatasetException;
import org.descentfx.core.train.Run;
import org.descentfx.core.train.RunState;
import org.descentfx.core.train.UpdateRule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import org.descentfx.output.CsvOutput;
import org.descentfx.output.OutputFile;
import org.descentfx.output.TrajectoryCsv;

/**
 * {@code descentfx train}: stochastic gradient descent, Eq. (8)–(9), on one neuron, without a
 * window. Every step is a CSV row: where (w, b) went, C_X of the step's mini-batch and C of
 * Eq. (1) over all data.
 */
@Command(name = "train",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Trains one neuron by stochastic gradient descent, Eq. (8)-(9), and writes one CSV row per step.",
            "Each epoch shuffles the n examples (seeded) and cuts them into mini-batches of m;"
                + " the last, shorter one is kept.",
            "",
            "Columns: step, epoch (1-based; 0 in row 0), w, b after the step,"
                + " batch_cost (C_X of the step's mini-batch where its gradient was taken; empty in row 0),"
                + " cost (C of Eq. (1) over all data at w, b), and with --log-batches,"
                + " batch (the example indices of the mini-batch, 0-based in file order, joined by ';').",
            "Row 0 is the start point, so there are 1 + E*ceil(n/m) rows after the header.",
            "--optimizer chooses another update rule (momentum, nesterov, adagrad, rmsprop, adam: beyond chapter 1);"
                + " the columns stay the same, batch_cost is C_X where the step began.",
            ""},
        footer = ExitCodes.FOOTER)
public final class TrainCommand implements Callable<Integer> {

    /** A CSV larger than this, 1 GB, needs {@code --force}. */
    static final long LARGE = 1L << 30;
    /** Progress is told every 256 steps (a mask), a cost too small to measure beside a row's C over n examples. */
    private static final long PROGRESS_EVERY = 255;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DescentOptions descent;

    @Mixin
    private OptimizerOptions optimizer;

    @Option(names = "--out", paramLabel = "FILE",
            description = "write the CSV to FILE, replacing it (default: standard output)")
    private Path out;

    @Option(names = "--force",
            description = "write the CSV even when it would be larger than 1 GB")
    private boolean force;

    @Option(names = "--log-batches",
            description = "add the column batch: the indices of each step's mini-batch")
    private boolean logBatches;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        UpdateRule rule = optimizer.rule(spec.commandLine());
        try {
            Dataset dataset = descent.dataset();
            Run run = new Run(dataset, descent.model, descent.start, descent.hyperparameters(), descent.seed, rule);
            long bytes = TrajectoryCsv.estimatedBytes(descent.steps(dataset.size(), descent.miniBatchSize),
                    dataset.size(), descent.miniBatchSize, logBatches);
            if (bytes > LARGE && !force) {
                err.println("descentfx: the CSV would be about " + describe(bytes) + " (" + descent.steps(
                        dataset.size(), descent.miniBatchSize) + " steps); lower --epochs, or add --force to write it");
                return ExitCodes.USAGE;
            }
            writeTrace(run);
            if (run.state() == RunState.DIVERGED) {
                err.println("descentfx: diverged at step " + run.divergedAtStep() + ": η = " + descent.learningRate
                        + " is too large; lower --lr");
                return ExitCodes.DIVERGED;
            }
            return ExitCodes.OK;
        } catch (DatasetException e) {
            err.println("descentfx: " + e.getMessage());
            return ExitCodes.BAD_DATA;
        } catch (CsvOutput.Closed e) {
            // the reader of standard output has stopped reading: nobody is left to tell
            return ExitCodes.BAD_DATA;
        } catch (IOException e) {
            err.println("descentfx: " + e.getMessage());
            return ExitCodes.BAD_DATA;
        }
    }

    /** Trains {@code run} to the end, or to divergence, writing its CSV. Messages of failures name the file. */
    private void writeTrace(Run run) throws IOException {
        long steps = descent.steps(run.data().size(), descent.miniBatchSize);
        if (out == null) {
            try (Writer sink = CsvOutput.toStandardOutput(spec.commandLine().getOut())) {
                train(run, new TrajectoryCsv(sink, false, logBatches), steps);
            }
            return;
        }
        try (OutputFile file = OutputFile.create(out)) {
            train(run, new TrajectoryCsv(file.writer(), false, logBatches), steps);
            file.commit();
        } catch (IOException e) {
            throw OutputFile.cannotWrite(out, e);
        }
    }

    /** Writes the start row, then one row per step, stopping after the step that diverges. */
    private void train(Run run, TrajectoryCsv csv, long steps) throws IOException {
        csv.writeHeader();
        csv.writeRow(run);
        try (StepProgress progress = new StepProgress(spec.commandLine().getErr(), "train", steps)) {
            for (long k = 0; k < steps && run.state() != RunState.DIVERGED; k++) {
                run.stepMiniBatch();
                csv.writeRow(run);
                if ((k & PROGRESS_EVERY) == 0) {
                    progress.stepTo(k + 1);
                }
            }
            progress.stepTo(run.step());
        }
    }

    /** "1.3 GB", "2.0 TB": the size of a CSV, in units of 2^30 and 2^40 bytes. */
    static String describe(long bytes) {
        double gb = bytes / (double) (1L << 30);
        return gb < 1024 ? String.format(java.util.Locale.ROOT, "%.1f GB", gb)
                : String.format(java.util.Locale.ROOT, "%.1f TB", gb / 1024);
    }
}
