package org.descentfx.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.descentfx.ui.FxWait.onFx;
import static org.descentfx.ui.FxWait.onFxQuietly;
import static org.descentfx.ui.FxWait.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.descentfx.cli.Cli;
import org.descentfx.cli.CsvTrace;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Point;
import org.descentfx.core.train.Snapshot;
import org.descentfx.engine.Branch;
import org.descentfx.engine.EngineSnapshot;
import org.descentfx.engine.GhostPath;
import org.descentfx.engine.OpeningExperiment;
import org.descentfx.ui.experiment.Experiment;
import org.descentfx.ui.export.CsvExport;
import org.descentfx.ui.export.ExportDialogs;
import org.descentfx.ui.map.CostMapView;
import org.descentfx.ui.map.DrawnDistance;
import org.descentfx.ui.plot.Format;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The timeline's branches as a learner uses them, through the node ids: back to a step that
 * {@code train} also took, a fork by going on from a scrubbed step (its ghost drawn), a switch
 * through {@code #branchList} that brings back that branch's head and its η and m, and Ctrl+K.
 */
class BranchWindowTest {
    private final FxRobot robot = new FxRobot();
    private DescentApp app;
    private Experiment experiment;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (DescentApp) FxToolkit.setupApplication(DescentApp.class);
        experiment = app.window().experiment();
        waitFor(() -> snapshot() != null && experiment.surfaceProperty().get() != null);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void fiveStepsThenTwoBackShowTrainsRowThree() throws Exception {
        // given: train with the window's opening experiment, every step a row
        Cli cli = Cli.train("--data", OpeningExperiment.DATA, "--start", OpeningExperiment.START,
                "--lr", OpeningExperiment.LEARNING_RATE, "--batch", OpeningExperiment.MINI_BATCH_SIZE,
                "--seed", OpeningExperiment.SEED, "--epochs", "1");
        CsvTrace.Row row3 = CsvTrace.parse(cli.out()).rows().get(3);
        assertThat(row3.step()).isEqualTo(3);
        steps(5);

        // when: the Back button, then the Left arrow
        robot.clickOn("#stepBackButton");
        waitFor(() -> onFxQuietly(() -> primary().step()) == 4);
        robot.clickOn("#costChart").type(KeyCode.LEFT);

        // then: the readout shows step 3 with train's w and b; the run holds them bit for bit
        waitFor(() -> "3".equals(text("#stepLabel")));
        assertThat(onFx(() -> primary().point())).isEqualTo(new Point(row3.w(), row3.b()));
        waitFor(() -> Format.number(row3.w()).equals(text("#wLabel")));
        assertThat(text("#bLabel")).isEqualTo(Format.number(row3.b()));
    }

    @Test
    void goingOnFromAScrubbedStepForksAndDrawsTheOldContinuationAsAGhost() throws Exception {
        // given: six steps, each state kept, then the timeline dragged to step 2
        Map<Long, Snapshot> states = steps(6);
        Slider timeline = robot.lookup("#timelineSlider").queryAs(Slider.class);
        waitFor(() -> onFxQuietly(timeline::getMax) == 6.0);
        onFx(() -> {
            timeline.setValue(2);
            return null;
        });
        waitFor(() -> onFxQuietly(() -> primary().step()) == 2);

        // when: the Right arrow
        robot.clickOn("#costChart").type(KeyCode.RIGHT);

        // then: a new branch from step 2; the old one, steps 2 … 6, is its ghost
        waitFor(() -> onFxQuietly(() -> snapshot().branches().size()) == 2 && onFxQuietly(() -> primary().step()) == 3);
        assertThat(onFx(() -> snapshot().currentBranch().forkStep())).isEqualTo(2);
        Branch old = onFx(() -> snapshot().ghosts().get(0));
        GhostPath ghost = old.ghost();
        assertThat(ghost.steps()).containsExactly(2, 3, 4, 5, 6);
        for (int i = 0; i < ghost.size(); i++) {
            assertThat(new Point(ghost.w()[i], ghost.b()[i])).isEqualTo(states.get(ghost.steps()[i]).point());
        }
        // and the map draws it, named, through every one of its points
        CostMapView map = robot.lookup("#costSurface").queryAs(CostMapView.class);
        waitFor(() -> onFxQuietly(map::ghostLabels).equals(List.of("ghost: " + old.name())));
        assertThat(onFx(() -> drawnFarthest(map, ghost))).as("px").isLessThanOrEqualTo(1.5);
        assertThat(onFx(() -> robot.lookup("#costChart").queryAs(org.descentfx.ui.chart.CostChartView.class).ghostLegend()))
                .containsExactly("ghost: " + old.name());
    }

    @Test
    void switchingThroughTheBranchListBringsBackItsHeadAndItsEtaAndM() throws Exception {
        // given: six steps at η = 0.02, m = 10; back to step 3, a fork there, η = 0.03 and m = 5, four steps
        Map<Long, Snapshot> first = steps(6);
        onFx(() -> {
            experiment.goTo(3);
            return null;
        });
        waitFor(() -> onFxQuietly(() -> primary().step()) == 3);
        robot.clickOn("#forkButton");
        waitFor(() -> onFxQuietly(() -> snapshot().branches().size()) == 2);
        onFx(() -> {
            experiment.learningRateProperty().set(0.03);
            experiment.miniBatchSizeProperty().set(5);
            return null;
        });
        for (int k = 4; k <= 7; k++) {
            robot.clickOn("#stepBatchButton");
            long step = k;
            waitFor(() -> onFxQuietly(() -> primary().step()) == step);
        }
        Snapshot forkHead = onFx(this::primary);
        int[] forkNext = onFx(() -> snapshot().nextBatch());
        List<Hyperparameters> sent = new ArrayList<>();
        onFx(() -> {
            experiment.sentHyperparametersProperty().addListener((o, a, h) -> sent.add(h));
            return null;
        });

        // when: the first branch chosen in #branchList
        robot.clickOn("#branchList").clickOn("#branch0");

        // then: its head, step 6, bit for bit; the readout and the controls show it and its η, m
        waitFor(() -> onFxQuietly(() -> snapshot().currentBranch().id()) == 0);
        assertThat(onFx(this::primary)).isEqualTo(first.get(6L));
        waitFor(() -> "0.02".equals(text("#learningRateField")) && "10".equals(text("#batchSizeField")));
        waitFor(() -> Format.number(first.get(6L).point().w()).equals(text("#wLabel")));
        assertThat(text("#bLabel")).isEqualTo(Format.number(first.get(6L).point().b()));
        assertThat(onFx(() -> slider("#learningRateSlider").getValue())).isEqualTo(Math.log10(0.02));
        assertThat(onFx(() -> slider("#batchSizeSlider").getValue())).isEqualTo(10.0);
        assertThat(sent).as("η and m reach the engine as one pair").containsExactly(new Hyperparameters(0.02, 10));

        // when / then: the fork chosen again: its head bit for bit, η = 0.03 and m = 5, still two branches
        int forkId = onFx(() -> snapshot().ghosts().get(0).id());
        robot.clickOn("#branchList").clickOn("#branch" + forkId);
        waitFor(() -> onFxQuietly(() -> snapshot().currentBranch().id()) == forkId);
        assertThat(onFx(this::primary)).isEqualTo(forkHead);
        assertThat(onFx(() -> snapshot().nextBatch())).containsExactly(forkNext);
        waitFor(() -> "0.03".equals(text("#learningRateField")) && "5".equals(text("#batchSizeField")));
        assertThat(sent).last().isEqualTo(new Hyperparameters(0.03, 5));
        robot.clickOn("#stepBatchButton");
        waitFor(() -> onFxQuietly(() -> primary().step()) == 8);
        assertThat(onFx(() -> snapshot().branches().size())).isEqualTo(2);
    }

    @Test
    void csvExportWritesTheBranchShownAfterASwitchAndOnRequestEveryBranch(@TempDir Path dir) throws Exception {
        // given: train's rows; six steps; a fork at step 3 with η = 0.03, m = 5, four steps on it,
        // each state kept; then back to the first branch through #branchList
        Cli cli = Cli.train("--data", OpeningExperiment.DATA, "--start", OpeningExperiment.START,
                "--lr", OpeningExperiment.LEARNING_RATE, "--batch", OpeningExperiment.MINI_BATCH_SIZE,
                "--seed", OpeningExperiment.SEED, "--epochs", "1");
        List<CsvTrace.Row> train = CsvTrace.parse(cli.out()).rows();
        steps(6);
        onFx(() -> {
            experiment.goTo(3);
            return null;
        });
        waitFor(() -> onFxQuietly(() -> primary().step()) == 3);
        robot.clickOn("#forkButton");
        waitFor(() -> onFxQuietly(() -> snapshot().branches().size()) == 2);
        onFx(() -> {
            experiment.learningRateProperty().set(0.03);
            experiment.miniBatchSizeProperty().set(5);
            return null;
        });
        Map<Long, Snapshot> fork = steps(4);
        int forkId = onFx(() -> snapshot().currentBranch().id());
        String forkName = onFx(() -> snapshot().currentBranch().name());
        robot.clickOn("#branchList").clickOn("#branch0");
        waitFor(() -> onFxQuietly(() -> snapshot().currentBranch().id()) == 0 && onFxQuietly(() -> primary().step()) == 6);

        // when: the branch shown exported, then every branch
        MainWindow window = app.window();
        CsvExport.Lineup lineup = onFx(() -> CsvExport.lineup(experiment));
        Path shown = dir.resolve("shown.csv");
        onFx(() -> window.csvExport().export(lineup, ExportDialogs.CsvLayout.PER_RUN, shown)).get(30, TimeUnit.SECONDS);
        Path every = dir.resolve("every.csv");
        onFx(() -> window.csvExport().export(lineup, ExportDialogs.CsvLayout.EVERY_BRANCH, every)).get(30, TimeUnit.SECONDS);

        // then: the branch shown is train's steps 0 … 6, exactly
        List<CsvTrace.Row> rows = CsvTrace.parse(Files.readString(dir.resolve("shown-minibatch.csv"))).rows();
        assertThat(rows).hasSize(7);
        for (int k = 0; k <= 6; k++) {
            CsvTrace.Row r = rows.get(k);
            CsvTrace.Row t = train.get(k);
            assertThat(List.of(r.step(), r.w(), r.b(), r.cost())).as("row %d", k).isEqualTo(List.of(t.step(), t.w(), t.b(), t.cost()));
        }
        // and every branch: the first as train's, the fork train's to step 3 and then its own steps, bit for bit
        List<String> lines = Files.readAllLines(every);
        assertThat(lines.get(0)).isEqualTo("branch,run,step,epoch,w,b,batch_cost,cost");
        assertThat(lines).hasSize(1 + 7 + 8);
        String quotedFork = forkName.contains(",") ? "\"" + forkName + "\"" : forkName;
        String firstName = onFx(() -> snapshot().currentBranch().name());
        for (int k = 0; k <= 6; k++) {
            assertThat(lines.get(1 + k)).startsWith(firstName + ",minibatch," + k + ",");
            assertThat(wb(lines.get(1 + k))).isEqualTo(new Point(train.get(k).w(), train.get(k).b()));
        }
        for (int k = 0; k <= 7; k++) {
            String line = lines.get(8 + k);
            assertThat(line).startsWith(quotedFork + ",minibatch," + k + ",");
            Point expected = k <= 3 ? new Point(train.get(k).w(), train.get(k).b()) : fork.get((long) k).point();
            assertThat(wb(line)).as("fork's row %d", k).isEqualTo(expected);
        }
        assertThat(forkId).isNotZero();
    }

    /** w and b of a row of the every-branch file, read after its quoted branch name. */
    private static Point wb(String line) {
        String rest = line.startsWith("\"") ? line.substring(line.indexOf('"', 1) + 2) : line.substring(line.indexOf(',') + 1);
        String[] f = rest.split(",");
        return new Point(Double.parseDouble(f[3]), Double.parseDouble(f[4]));
    }

    @Test
    void afterAStepBackTheStepsAheadAreDrawnFaintThroughEveryOneOfTheirPoints() throws Exception {
        // given: six steps, each state kept
        Map<Long, Snapshot> states = steps(6);

        // when: back to step 2 on the timeline
        onFx(() -> {
            experiment.goTo(2);
            return null;
        });
        waitFor(() -> onFxQuietly(() -> primary().step()) == 2);

        // then: steps 3 … 6 drawn faint on the map from the point shown, named, through each true point
        CostMapView map = robot.lookup("#costSurface").queryAs(CostMapView.class);
        waitFor(() -> onFxQuietly(map::ghostLabels).equals(List.of("ghost: steps 3 … 6 ahead")));
        GhostPath ahead = onFx(() -> experiment.aheadGhost().ghost());
        assertThat(ahead.steps()).containsExactly(2, 3, 4, 5, 6);
        for (int i = 0; i < ahead.size(); i++) {
            assertThat(new Point(ahead.w()[i], ahead.b()[i])).isEqualTo(states.get(ahead.steps()[i]).point());
        }
        assertThat(onFx(() -> drawnFarthest(map, ahead))).as("px").isLessThanOrEqualTo(1.5);
        assertThat(onFx(() -> robot.lookup("#costChart").queryAs(org.descentfx.ui.chart.CostChartView.class).ghostLegend()))
                .containsExactly("ghost: steps 3 … 6 ahead");

        // when / then: forward to the end again, nothing is ahead
        onFx(() -> {
            experiment.goTo(6);
            return null;
        });
        waitFor(() -> onFxQuietly(() -> primary().step()) == 6);
        waitFor(() -> onFxQuietly(map::ghostLabels).isEmpty());
    }

    @Test
    void ctrlKForksWithASliderFocusedButNotWhileTypingInAField() throws Exception {
        // given: three steps, the η slider holding the focus
        steps(3);
        double eta = onFx(() -> experiment.learningRateProperty().get());
        onFx(() -> {
            slider("#learningRateSlider").requestFocus();
            return null;
        });
        waitFor(() -> onFxQuietly(() -> slider("#learningRateSlider").isFocused()));

        // when
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);

        // then: a branch from step 3, η as it was
        waitFor(() -> onFxQuietly(() -> snapshot().branches().size()) == 2);
        assertThat(onFx(() -> snapshot().currentBranch().forkStep())).isEqualTo(3);
        assertThat(onFx(() -> experiment.learningRateProperty().get())).isEqualTo(eta);

        // when / then: in the seed field Ctrl+K is the field's; a step later there are still two branches
        TextField seed = robot.lookup("#seedField").queryAs(TextField.class);
        robot.clickOn(seed).press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        robot.clickOn("#stepBatchButton");
        waitFor(() -> onFxQuietly(() -> primary().step()) == 4);
        assertThat(onFx(() -> snapshot().branches().size())).isEqualTo(2);
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** Takes {@code n} steps with the button; returns the state after each, by step. */
    private Map<Long, Snapshot> steps(int n) throws Exception {
        Map<Long, Snapshot> states = new HashMap<>();
        long from = onFx(() -> primary().step());
        for (int k = 1; k <= n; k++) {
            robot.clickOn("#stepBatchButton");
            long step = from + k;
            waitFor(() -> onFxQuietly(() -> primary().step()) == step);
            states.put(step, onFx(this::primary));
        }
        return states;
    }

    /** The farthest of the ghost's points inside the plot from the polylines the map strokes for it, in pixels. */
    private static double drawnFarthest(CostMapView map, GhostPath ghost) {
        List<List<Point2D>> lines = map.drawnGhostPaths().get(0).stream()
                .map(line -> line.stream().map(map::toPixel).toList()).toList();
        DrawnDistance drawn = new DrawnDistance(lines, map.plotArea(), 4.5);
        double worst = 0;
        int inside = 0;
        for (int i = 0; i < ghost.size(); i++) {
            Point2D p = map.toPixel(new Point(ghost.w()[i], ghost.b()[i]));
            if (map.plotArea().contains(p)) {
                inside++;
                worst = Math.max(worst, drawn.to(p.getX(), p.getY()));
            }
        }
        return inside == 0 ? Double.POSITIVE_INFINITY : worst;
    }

    private Slider slider(String id) {
        return robot.lookup(id).queryAs(Slider.class);
    }

    private String text(String id) {
        return onFxQuietly(() -> {
            javafx.scene.Node n = robot.lookup(id).query();
            return n instanceof TextField f ? f.getText() : ((javafx.scene.control.Labeled) n).getText();
        });
    }

    private EngineSnapshot snapshot() {
        return experiment.snapshotProperty().get();
    }

    private Snapshot primary() {
        return snapshot().primary();
    }
}
