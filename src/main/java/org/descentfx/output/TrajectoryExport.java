package org.descentfx.output;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.descentfx.engine.Replay;
import org.descentfx.engine.ReplayPlan;
import org.descentfx.engine.RunSpec;
import org.descentfx.engine.TrainingSetup;

/**
 * The runs of a experiment as {@code train} CSV, every step exact: each run is replayed from the
 * start along its {@link ReplayPlan} (its η and m, and where they changed) and written row by row
 * with {@link TrajectoryCsv}. Either one file per run, {@code NAME-minibatch.csv},
 * {@code NAME-fullbatch.csv}, …, or one file whose first column names the run.
 *
 * <p>Runs on the calling thread, which should not be the FX thread; an interrupt stops it
 * between steps and leaves the old files as they were.
 */
public final class TrajectoryExport {
    private static final int PROGRESS_EVERY = 4096;

    /** Told how far the export got: steps written of the steps to write. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(long done, long total);
    }

    /** One branch of a timeline to write: its name and, per run, the plan that replays it from the start. */
    public record Branch(String name, List<ReplayPlan> plans) {
        public Branch {
            plans = List.copyOf(plans);
        }
    }

    private final TrainingSetup setup;
    private final List<ReplayPlan> plans;
    private final Progress progress;
    private long done;
    private long totalOfBranches;

    /** @param plans one per run of {@code setup}, in its order */
    public TrajectoryExport(TrainingSetup setup, List<ReplayPlan> plans, Progress progress) {
        if (plans.size() != setup.runs().size()) {
            throw new IllegalArgumentException("one plan per run: " + setup.runs().size() + " runs, " + plans.size());
        }
        this.setup = setup;
        this.plans = List.copyOf(plans);
        this.progress = progress;
    }

    /** The name of a run in file names and in the {@code run} column. */
    public static String nameOf(RunSpec spec) {
        if (spec.optimizer() != null) {
            return spec.optimizer().id(); // a race: one run per rule
        }
        if (spec.ratePlace() > 0) {
            return "eta" + spec.ratePlace(); // learning rates compared: η₁, η₂, η₃ follow the same rule and m
        }
        return switch (spec.batchRule()) {
            case CONTROLS -> "minibatch";
            case FULL_BATCH -> "fullbatch";
            case STOCHASTIC -> "stochastic";
        };
    }

    /** The file of one run: {@code experiment.csv} and the full-batch run give {@code experiment-fullbatch.csv}. */
    public static Path fileOf(Path chosen, RunSpec spec) {
        String name = chosen.getFileName().toString();
        String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return chosen.resolveSibling(base + "-" + nameOf(spec) + ".csv");
    }

    /**
     * Writes one file per run beside {@code chosen}; returns the files written. All of them are
     * written before any replaces an old one, so a failure leaves every old file as it was.
     */
    public List<Path> writePerRun(Path chosen) throws IOException {
        List<OutputFile> files = new ArrayList<>();
        try {
            for (int i = 0; i < plans.size(); i++) {
                OutputFile file = OutputFile.create(fileOf(chosen, setup.runs().get(i)));
                files.add(file);
                TrajectoryCsv csv = new TrajectoryCsv(file.writer(), false, false);
                csv.writeHeader();
                write(i, csv);
            }
            List<Path> written = new ArrayList<>();
            for (OutputFile file : files) {
                file.commit();
                written.add(file.target());
            }
            return written;
        } catch (IOException e) {
            throw files.isEmpty() ? e : OutputFile.cannotWrite(files.get(files.size() - 1).target(), e);
        } finally {
            files.forEach(OutputFile::close);
        }
    }

    /** Writes every run into {@code file}, one after the other, with a leading {@code run} column. */
    public void writeOneFile(Path file) throws IOException {
        try (OutputFile out = OutputFile.create(file)) {
            TrajectoryCsv csv = new TrajectoryCsv(out.writer(), true, false);
            csv.writeHeader();
            for (int i = 0; i < plans.size(); i++) {
                write(i, csv);
            }
            out.commit();
        } catch (IOException e) {
            throw OutputFile.cannotWrite(file, e);
        }
    }

    /**
     * Writes every branch of {@code branches} into {@code file}, one after the other, each with all
     * its runs, rows led by a {@code branch} and a {@code run} column: every branch from step 0 to its
     * head, so the steps before a fork appear once per branch that shares them. The plans given to
     * the constructor are not used.
     */
    public void writeEveryBranch(Path file, List<Branch> branches) throws IOException {
        for (Branch branch : branches) {
            if (branch.plans().size() != setup.runs().size()) {
                throw new IllegalArgumentException("one plan per run in branch " + branch.name());
            }
        }
        totalOfBranches = total(branches);
        try (OutputFile out = OutputFile.create(file)) {
            TrajectoryCsv csv = new TrajectoryCsv(out.writer(), true, true, false);
            csv.writeHeader();
            for (Branch branch : branches) {
                for (int i = 0; i < branch.plans().size(); i++) {
                    write(branch.name(), i, branch.plans().get(i), csv);
                }
            }
            out.commit();
        } catch (IOException e) {
            throw OutputFile.cannotWrite(file, e);
        }
    }

    /** The steps {@link #writeEveryBranch} writes for {@code branches}. */
    public static long total(List<Branch> branches) {
        return branches.stream().flatMap(b -> b.plans().stream()).mapToLong(ReplayPlan::steps).sum();
    }

    private void write(int i, TrajectoryCsv csv) throws IOException {
        write(null, i, plans.get(i), csv);
    }

    private void write(String branch, int i, ReplayPlan plan, TrajectoryCsv csv) throws IOException {
        String name = nameOf(setup.runs().get(i));
        Replay replay = new Replay(setup.data(), setup.model(), setup.start(), setup.seed(),
                setup.optimizerOf(i), plan);
        csv.writeRow(branch, name, replay.run());
        while (replay.hasNext()) {
            replay.step();
            csv.writeRow(branch, name, replay.run());
            if (++done % PROGRESS_EVERY == 0) {
                progress.update(done, branch == null ? total() : totalOfBranches);
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("the export was cancelled");
                }
            }
        }
    }

    /** The steps to write: the plans' steps (a run that diverged stops earlier). */
    public long total() {
        return plans.stream().mapToLong(ReplayPlan::steps).sum();
    }
}
