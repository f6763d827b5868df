package org.descentfx.ui.export;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.descentfx.output.TrajectoryExport;
import org.descentfx.engine.BranchPlan;
import org.descentfx.engine.EngineSnapshot;
import org.descentfx.engine.Replay;
import org.descentfx.engine.ReplayPlan;
import org.descentfx.engine.TrainingSetup;
import org.descentfx.ui.experiment.Experiment;
import org.descentfx.ui.plot.Trace;
import org.descentfx.ui.progress.Work;

/**
 * File → Export CSV…: every run of the experiment, every step, in the CSV of {@code train}. The
 * histories the window keeps are thinned, so they are not what is written: each run is replayed
 * from the start with the η and m it had and the changes it saw, which gives back every step's
 * exact numbers.
 *
 * <p>Thread rules: FX thread only. The replay and the writing run on {@code background}; the
 * window stays live however many steps there are, shows how far the export has got and can stop
 * it ({@link ExportWork}).
 */
public final class CsvExport {
    /**
     * An experiment frozen for export: its setup, one replay plan per run (the branch shown, to the
     * step shown), and every branch of its timeline from the start to its head (none with one branch).
     */
    public record Lineup(TrainingSetup setup, List<ReplayPlan> plans, List<TrajectoryExport.Branch> branches) {
        public Lineup {
            branches = List.copyOf(branches);
        }
    }

    private final Experiment experiment;
    private final Window owner;
    private final Executor background;
    private final ExportWork work;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private Alert lastAlert;

    public CsvExport(Experiment experiment, Window owner, Executor background, ExportWork work) {
        this.experiment = experiment;
        this.owner = owner;
        this.background = background;
        this.work = work;
    }

    /** Asks for the layout, then the file; writes in the background. */
    public void run() {
        Lineup lineup = lineup(experiment);
        if (lineup == null) {
            return;
        }
        ExportDialogs.askCsvLayout(owner, lineup.plans().size(), lineup.branches().size()).ifPresent(layout -> {
            File file = ExportDialogs.askFile(owner, "Export CSV", "descent.csv", "CSV files", "*.csv");
            if (file != null) {
                export(lineup, layout, file.toPath());
            }
        });
    }

    /**
     * Writes the runs of {@code lineup} in the background; says on the FX thread what was written
     * or why not. The future completes with the files written.
     */
    public CompletableFuture<List<Path>> export(Lineup lineup, ExportDialogs.CsvLayout layout, Path file) {
        running.set(true);
        TrajectoryExport export = new TrajectoryExport(lineup.setup(), lineup.plans(), (done, total) -> work.report(
                Work.of(String.format("Exporting CSV to %s: %,d of %,d steps", file.getFileName(), done, total),
                        done, total)));
        CompletableFuture<List<Path>> written = CompletableFuture.supplyAsync(() -> {
            try {
                return work.run(() -> {
                    if (layout == ExportDialogs.CsvLayout.EVERY_BRANCH) {
                        export.writeEveryBranch(file, lineup.branches());
                        return List.of(file);
                    }
                    if (layout == ExportDialogs.CsvLayout.ONE_FILE) {
                        export.writeOneFile(file);
                        return List.of(file);
                    }
                    return export.writePerRun(file);
                });
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, background);
        written.whenComplete((files, error) -> Platform.runLater(() -> {
            running.set(false);
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            if (error == null) {
                showDone(files, layout == ExportDialogs.CsvLayout.EVERY_BRANCH
                        ? TrajectoryExport.total(lineup.branches()) + lineup.branches().size() * lineup.plans().size()
                        : lineup.plans().stream().mapToLong(p -> p.steps() + 1).sum());
            } else if (cause instanceof ExportWork.Stopped) {
                showStopped(file);
            } else {
                showError(file, cause.getMessage());
            }
        }));
        return written;
    }

    /** The experiment's setup and, per run, the plan that replays it to the step it is at now; null before any run. */
    public static Lineup lineup(Experiment experiment) {
        EngineSnapshot s = experiment.snapshotProperty().get();
        List<Trace> traces = experiment.traces();
        if (s == null || traces.size() != s.runs().size()) {
            return null;
        }
        TrainingSetup setup = s.setup();
        int n = setup.data().size();
        List<ReplayPlan> plans = new ArrayList<>();
        for (int i = 0; i < traces.size(); i++) {
            var fallback = setup.runs().get(i).resolve(setup.hyperparameters(), n);
            plans.add(Replay.planOf(traces.get(i).history(), fallback, s.runs().get(i).step()));
        }
        List<BranchPlan> tree = s.branchPlans();
        List<TrajectoryExport.Branch> branches = new ArrayList<>();
        for (int b = 0; tree.size() > 1 && b < tree.size(); b++) {
            List<ReplayPlan> whole = new ArrayList<>();
            for (int i = 0; i < plans.size(); i++) {
                whole.add(BranchPlan.replayPlan(tree, b, i, plans.get(i).initial()));
            }
            branches.add(new TrajectoryExport.Branch(tree.get(b).name(), whole));
        }
        return new Lineup(setup, plans, branches);
    }

    /** True while an export is writing. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The last message shown, for tests; null if none. */
    public Alert lastAlert() {
        return lastAlert;
    }

    private void showDone(List<Path> files, long rows) {
        String names = files.stream().map(f -> f.getFileName().toString()).collect(Collectors.joining("\n"));
        lastAlert = ExportDialogs.alert(owner, Alert.AlertType.INFORMATION, "CSV exported",
                "Wrote " + (files.size() == 1 ? "1 file" : files.size() + " files") + ", " + rows + " rows", names + "\n\nin " + files.get(0).toAbsolutePath().getParent());
        lastAlert.getDialogPane().setId("exportDoneDialog");
    }

    private void showStopped(Path file) {
        lastAlert = ExportDialogs.alert(owner, Alert.AlertType.INFORMATION, "CSV export stopped",
                "“" + file.getFileName() + "” was not written", "A file of that name that was there before is as it was.");
        lastAlert.getDialogPane().setId("exportStoppedDialog");
    }

    private void showError(Path file, String message) {
        lastAlert = ExportDialogs.alert(owner, Alert.AlertType.ERROR, "CSV not exported",
                "“" + file.getFileName() + "” was not written", message);
        lastAlert.getDialogPane().setId("exportErrorDialog");
    }
}
