package org.descentfx.ui;

import static org.descentfx.ui.FxWait.onFx;
import static org.descentfx.ui.FxWait.onFxQuietly;
import static org.descentfx.ui.FxWait.waitFor;

import java.util.HashMap;
import java.util.Map;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.descentfx.core.model.SigmoidNeuron;
import org.descentfx.core.train.Point;
import org.descentfx.ui.experiment.Experiment;
import org.descentfx.engine.TraceHistory;
import org.descentfx.core.train.Snapshot;
import org.descentfx.engine.EngineSnapshot;
import org.descentfx.engine.OpeningExperiment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.descentfx.ui.experiment.Experiment;
import org.descentfx.core.model.Model;
import org.descentfx.ui.chart.CostChartView;
import org.descentfx.ui.controls.DataChoice;
import org.descentfx.ui.map.CostMapView;
import org.descentfx.ui.plot.RunColors;
import org.descentfx.ui.plot.Trace;

/** The window as a learner uses it: each control checked through the engine's state and the views. */
class DescentAppTest {
    private static final long TIMEOUT_S = 20;

    private final FxRobot robot = new FxRobot();
    private DescentApp app;
    private MainWindow window;
    private Experiment experiment;

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (DescentApp) FxToolkit.setupApplication(DescentApp.class);
        window = app.window();
        experiment = window.experiment();
        waitFor(() -> snapshot() != null && experiment.surfaceProperty().get() != null);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void stepOneMiniBatchAddsExactlyOneStepAndOneTrajectoryPoint() throws Exception {
        long before = onFx(() -> primary().step());
        int points = onFx(() -> experiment.traces().get(0).history().size());

        robot.clickOn("#stepBatchButton");

        waitFor(() -> onFxQuietly(() -> primary().step()) == before + 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> experiment.traces().get(0).history().size())).isEqualTo(points + 1);
    }

    @Test
    void theSidePanelIsNotRedrawnWholeWhenTheReadoutChanges() throws Exception {
        // the scroll pane's skin caches its content; the readout changes every frame
        boolean cached = onFx(() -> window.getLeft().lookup(".viewport").isCache());

        assertThat(cached).isFalse();
    }

    @Test
    void stepOneEpochAddsOneEpochAndCeilNOverMSteps() throws Exception {
        int n = onFx(() -> experiment.datasetProperty().get().size());
        int m = onFx(() -> experiment.hyperparameters().miniBatchSize());

        robot.clickOn("#stepEpochButton");

        long expected = (n + m - 1) / m;
        waitFor(() -> onFxQuietly(() -> primary().step()) == expected);
        assertThat(onFx(() -> primary().epoch())).isEqualTo(1);
        assertThat(onFx(() -> primary().positionInEpoch())).isZero();
    }

    @Test
    void typingALearningRateReachesTheRunningEngineWithinOneMiniBatch() throws Exception {
        robot.clickOn("#playButton");
        waitFor(() -> onFxQuietly(() -> primary().step()) > 2);

        robot.doubleClickOn("#learningRateField").eraseText(12).write("0.0123").type(KeyCode.ENTER);

        waitFor(() -> onFxQuietly(() -> primary().hyperparameters().learningRate()) == 0.0123);
        robot.clickOn("#playButton");
    }

    @Test
    void movingTheLearningRateSliderChangesEtaInTheEngine() throws Exception {
        onFx(() -> {
            node("#learningRateSlider", Slider.class).setValue(-1);
            return null;
        });
        robot.clickOn("#stepBatchButton");

        waitFor(() -> onFxQuietly(() -> primary().hyperparameters().learningRate()) == 0.1);
        assertThat(onFx(() -> node("#learningRateField", TextField.class).getText())).isEqualTo("0.1");
    }

    @Test
    void aNonsenseLearningRateIsRefusedWithAMessageAndChangesNothing() throws Exception {
        double before = onFx(() -> experiment.learningRateProperty().get());

        robot.doubleClickOn("#learningRateField").eraseText(12).write("-3").type(KeyCode.ENTER);

        assertThat(onFx(() -> node("#learningMessage", Label.class).getText())).contains("η must be a positive number");
        assertThat(onFx(() -> experiment.learningRateProperty().get())).isEqualTo(before);
    }

    @Test
    void playMovesTheTrajectoryAndTheChartPauseStopsBoth() throws Exception {
        robot.clickOn("#playButton");
        waitFor(() -> onFxQuietly(() -> primary().step()) > 5 && onFxQuietly(() -> chart().plottedPointCount()) > 5);

        robot.clickOn("#playButton");
        waitFor(() -> !onFxQuietly(() -> snapshot().playing()));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        long steps = onFx(() -> primary().step());
        int plotted = onFx(() -> chart().plottedPointCount());
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(() -> primary().step())).isEqualTo(steps);
        assertThat(onFx(() -> chart().plottedPointCount())).isEqualTo(plotted);
    }

    @Test
    void spaceRightAndResetKeysDriveTheRun() throws Exception {
        robot.clickOn("#costSurface", MouseButton.SECONDARY);
        robot.type(KeyCode.RIGHT);
        waitFor(() -> onFxQuietly(() -> primary().step()) == 1);

        robot.type(KeyCode.R);

        waitFor(() -> onFxQuietly(() -> primary().step()) == 0);
        assertThat(onFx(() -> primary().point())).isEqualTo(OpeningExperiment.start());
    }

    @Test
    void resetReturnsToTheStart() throws Exception {
        robot.clickOn("#stepEpochButton");
        waitFor(() -> onFxQuietly(() -> primary().step()) > 0);

        robot.clickOn("#resetButton");

        waitFor(() -> onFxQuietly(() -> primary().step()) == 0);
        assertThat(onFx(() -> primary().point())).isEqualTo(onFx(() -> experiment.startProperty().get()));
    }

    @Test
    void scrollingOnTheMapZoomsTheWindow() throws Exception {
        double width = onFx(() -> experiment.windowProperty().get().width());

        robot.moveTo("#costSurface").scroll(3, javafx.geometry.VerticalDirection.UP);

        waitFor(() -> onFxQuietly(() -> experiment.windowProperty().get().width()) != width);
    }

    @Test
    void choosingTheSigmoidNeuronRedrawsTheMap() throws Exception {
        var before = onFx(() -> experiment.surfaceProperty().get());

        onFx(() -> {
            this.<Model>comboBox("#modelChoice").setValue(SigmoidNeuron.INSTANCE);
            return null;
        });

        waitFor(() -> onFxQuietly(() -> experiment.surfaceProperty().get()) != before
                && onFxQuietly(() -> snapshot().setup().model()) == SigmoidNeuron.INSTANCE);
    }

    @Test
    void choosingAnotherDataSetTrainsOnIt() throws Exception {
        DataChoice other = onFx(() -> this.<DataChoice>comboBox("#datasetChoice").getItems().stream()
                .filter(c -> !c.isOpenAction() && c.data().size() != 100).findFirst().orElseThrow());

        onFx(() -> {
            this.<DataChoice>comboBox("#datasetChoice").setValue(other);
            return null;
        });

        waitFor(() -> onFxQuietly(() -> snapshot().setup().data()) == other.data());
        assertThat(onFx(() -> node("#batchSizeSlider", Slider.class).getMax())).isEqualTo(Math.max(2, other.data().size()));
    }

    @Test
    void aMalformedCsvShowsTheReadersMessageAndKeepsTheData() throws Exception {
        Path bad = dir.resolve("broken.csv");
        Files.writeString(bad, "x,y\n1,2\n3,abc\n");
        var before = onFx(() -> experiment.datasetProperty().get());

        onFx(() -> window.openCsv(bad)).handle((d, e) -> null).get(TIMEOUT_S, TimeUnit.SECONDS);
        waitFor(() -> robot.lookup("#datasetErrorDialog").tryQuery().isPresent());

        String text = onFx(() -> node("#datasetErrorDialog", DialogPane.class).getContentText());
        assertThat(text).contains("line 3").contains("'abc' is not a number");
        assertThat(onFx(() -> experiment.datasetProperty().get())).isSameAs(before);
        onFx(() -> {
            ((Button) node("#datasetErrorDialog", DialogPane.class).lookupButton(ButtonType.OK)).fire();
            return null;
        });
    }

    @Test
    void aCsvWhoseValuesOverflowTheCostIsRefusedAsTrainRefusesIt() throws Exception {
        Path huge = dir.resolve("huge.csv");
        Files.writeString(huge, "1e200,1e200\n2e200,2e200\n");
        var before = onFx(() -> experiment.datasetProperty().get());

        onFx(() -> window.openCsv(huge)).handle((d, e) -> null).get(TIMEOUT_S, TimeUnit.SECONDS);
        waitFor(() -> robot.lookup("#datasetErrorDialog").tryQuery().isPresent());

        String text = onFx(() -> node("#datasetErrorDialog", DialogPane.class).getContentText());
        assertThat(text).contains("the data's values are too large: C of Eq. (1) is not finite at the start");
        assertThat(onFx(() -> experiment.datasetProperty().get())).isSameAs(before);
        onFx(() -> {
            ((Button) node("#datasetErrorDialog", DialogPane.class).lookupButton(ButtonType.OK)).fire();
            return null;
        });
    }

    @Test
    void aGoodCsvBecomesTheData() throws Exception {
        Path good = dir.resolve("three.csv");
        Files.writeString(good, "x,y\n1,2\n2,4\n3,6.5\n");

        onFx(() -> window.openCsv(good)).get(TIMEOUT_S, TimeUnit.SECONDS);

        waitFor(() -> onFxQuietly(() -> snapshot().setup().data().size()) == 3);
        assertThat(onFx(() -> this.<DataChoice>comboBox("#datasetChoice").getValue().label())).isEqualTo("three");
    }

    @Test
    void aLearningRateFarTooLargeShowsTheDivergenceBannerAndTheAppKeepsWorking() throws Exception {
        robot.doubleClickOn("#learningRateField").eraseText(12).write("5").type(KeyCode.ENTER);
        robot.clickOn("#stepEpochButton");

        waitFor(() -> onFxQuietly(() -> window.lookup("#divergenceBanner").isVisible()));
        String text = onFx(() -> ((javafx.scene.control.Label) window.lookup("#divergenceText")).getText());
        assertThat(text).containsIgnoringCase("diverged at step").contains("η = 5");

        robot.clickOn("#resetButton");
        waitFor(() -> !onFxQuietly(() -> window.lookup("#divergenceBanner").isVisible()));
    }

    @Test
    void closingTheWindowLeavesNoTrainingThread() throws Exception {
        FxToolkit.cleanupApplication(app);

        assertThat(experiment.engine().awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("descentfx-training") && t.isAlive());
    }

    @Test
    void comparisonRunsThreeDescentsAndTheLegendHidesOne() throws Exception {
        robot.clickOn(robot.lookup("#compareToggle .thumb-area").queryAs(javafx.scene.Node.class));
        waitFor(() -> onFxQuietly(() -> snapshot().runs().size()) == 3);

        robot.clickOn("#stepEpochButton");

        waitFor(() -> onFxQuietly(() -> snapshot().runs().get(2).step()) == 100);
        assertThat(onFx(() -> snapshot().runs().stream().map(Snapshot::step).toList())).containsExactly(10L, 1L, 100L);
        waitFor(() -> onFxQuietly(() -> experiment.traces().size()) == 3);
        int allPlotted = onFx(() -> {
            chart().show(experiment.traces(), 100);
            return chart().plottedPointCount();
        });

        robot.clickOn("full batch (m = n)");

        assertThat(onFx(() -> experiment.traces().get(1).visible())).isFalse();
        int fewer = onFx(() -> {
            chart().show(experiment.traces(), 100);
            return chart().plottedPointCount();
        });
        assertThat(fewer).isLessThan(allPlotted);
    }

    @Test
    void aSavedSessionOpensToTheIdenticalState() throws Exception {
        robot.clickOn("#stepEpochButton");
        robot.doubleClickOn("#learningRateField").eraseText(12).write("0.031").type(KeyCode.ENTER);
        robot.clickOn("#stepBatchButton");
        waitFor(() -> onFxQuietly(() -> primary().step()) == 11);
        Point saved = onFx(() -> primary().point());
        Path file = dir.resolve("experiment.json");
        onFx(() -> window.sessions().save(file, experiment.captureSession())).get(TIMEOUT_S, TimeUnit.SECONDS);
        robot.clickOn("#resetButton");
        waitFor(() -> onFxQuietly(() -> primary().step()) == 0);

        onFx(() -> window.sessions().open(file)).get(TIMEOUT_S, TimeUnit.SECONDS);

        waitFor(() -> onFxQuietly(() -> primary().step()) == 11);
        assertThat(onFx(() -> primary().point())).isEqualTo(saved);
        assertThat(onFx(() -> experiment.learningRateProperty().get())).isEqualTo(0.031);
    }

    @Test
    void aLongSessionReopensAtItsSavedStateAndItsPathIsDrawnAfterwards() throws Exception {
        // given: a run played at full speed for a while, paused, saved
        onFx(() -> {
            experiment.speedProperty().set(Experiment.SPEED_LIMIT);
            experiment.play();
            return null;
        });
        waitFor(() -> onFxQuietly(() -> primary().step()) > 300_000);
        onFx(() -> {
            experiment.pause();
            return null;
        });
        waitFor(() -> !onFxQuietly(() -> snapshot().playing()));
        long steps = onFx(() -> primary().step());
        Point saved = onFx(() -> primary().point());
        int pathPoints = onFx(() -> experiment.traces().get(0).history().size());
        Path file = dir.resolve("long.json");
        onFx(() -> window.sessions().save(file, experiment.captureSession())).get(TIMEOUT_S, TimeUnit.SECONDS);
        robot.clickOn("#resetButton");
        waitFor(() -> onFxQuietly(() -> primary().step()) == 0);

        // when
        onFx(() -> window.sessions().open(file)).get(TIMEOUT_S, TimeUnit.SECONDS);

        // then: at the saved state as soon as it is read, the path replayed from the start afterwards
        waitFor(() -> onFxQuietly(() -> primary().step()) == steps);
        assertThat(onFx(() -> primary().point())).isEqualTo(saved);
        waitFor(() -> onFxQuietly(() -> experiment.restoreProgressProperty().get()) == null);
        assertThat(onFx(() -> robot.lookup("#restoreBanner").query().isVisible())).isFalse();
        TraceHistory path = onFx(() -> experiment.traces().get(0).history());
        assertThat(onFx(path::size)).isEqualTo(pathPoints);
        assertThat(onFx(() -> path.step(0))).isZero();
        assertThat(onFx(() -> new Point(path.w(path.size() - 1), path.b(path.size() - 1)))).isEqualTo(saved);
    }

    @Test
    void fiveStepsThenTwoBackShowStepThreeExactlyAsItWas() throws Exception {
        // given: five steps, the third one's state kept
        Point third = null;
        int[] nextAfterThird = null;
        for (int k = 1; k <= 5; k++) {
            robot.clickOn("#stepBatchButton");
            int step = k;
            waitFor(() -> onFxQuietly(() -> primary().step()) == step);
            if (k == 3) {
                third = onFx(() -> primary().point());
                nextAfterThird = onFx(() -> snapshot().nextBatch());
            }
        }

        // when: the button once, the Left arrow once
        robot.clickOn("#stepBackButton");
        waitFor(() -> onFxQuietly(() -> primary().step()) == 4);
        robot.clickOn("#costChart").type(KeyCode.LEFT);
        waitFor(() -> onFxQuietly(() -> primary().step()) == 3);

        // then: step 3's w, b and next mini-batch, bit for bit; the path ends there
        assertThat(onFx(() -> primary().point())).isEqualTo(third);
        assertThat(onFx(() -> snapshot().nextBatch())).containsExactly(nextAfterThird);
        waitFor(() -> "3".equals(onFxQuietly(() -> robot.lookup("#stepLabel").queryLabeled().getText())));
        TraceHistory path = onFx(() -> experiment.traces().get(0).history());
        assertThat(onFx(path::size)).isEqualTo(4);
        assertThat(onFx(() -> path.step(3))).isEqualTo(3);
    }

    @Test
    void forwardAfterBackTakesTheSameStepsWithTheEtaTheyHad() throws Exception {
        // given: five steps, η changed before the fifth, each state kept; two steps back
        Map<Integer, Snapshot> states = new HashMap<>();
        for (int k = 1; k <= 5; k++) {
            if (k == 5) {
                onFx(() -> {
                    experiment.learningRateProperty().set(0.05);
                    return null;
                });
            }
            robot.clickOn("#stepBatchButton");
            int step = k;
            waitFor(() -> onFxQuietly(() -> primary().step()) == step);
            states.put(k, onFx(this::primary));
        }
        robot.clickOn("#stepBackButton").clickOn("#stepBackButton");
        waitFor(() -> onFxQuietly(() -> primary().step()) == 3);

        // when: the Right arrow twice
        robot.clickOn("#costChart").type(KeyCode.RIGHT);
        waitFor(() -> onFxQuietly(() -> primary().step()) == 4);
        assertThat(onFx(this::primary)).isEqualTo(states.get(4));
        robot.type(KeyCode.RIGHT);
        waitFor(() -> onFxQuietly(() -> primary().step()) == 5);

        // then: steps 4 and 5 again, bit for bit, and the path has them
        assertThat(onFx(this::primary)).isEqualTo(states.get(5));
        TraceHistory path = onFx(() -> experiment.traces().get(0).history());
        assertThat(onFx(path::size)).isEqualTo(6);
        assertThat(onFx(() -> path.changes().get(path.changes().size() - 1).step())).isEqualTo(5);
    }

    @Test
    void shiftLeftGoesBackToTheStartOfTheEpochUnderWay() throws Exception {
        // given: one epoch, its end state kept, then two mini-batches into the next
        robot.clickOn("#stepEpochButton");
        waitFor(() -> onFxQuietly(() -> primary().epoch()) == 1);
        Snapshot epochStart = onFx(this::primary);
        robot.clickOn("#stepBatchButton").clickOn("#stepBatchButton");
        waitFor(() -> onFxQuietly(() -> primary().step()) == epochStart.step() + 2);

        // when: Shift+Left, with the focus on the chart
        robot.clickOn("#costChart").press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);

        // then: the state at the epoch's start, bit for bit
        waitFor(() -> onFxQuietly(() -> primary().step()) == epochStart.step());
        assertThat(onFx(this::primary)).isEqualTo(epochStart);
    }

    @Test
    void theTimelineSliderShowsAnyStepAndHomeAndEndJumpToTheEnds() throws Exception {
        // given: six steps, each state kept
        Map<Integer, Snapshot> states = new HashMap<>();
        for (int k = 1; k <= 6; k++) {
            robot.clickOn("#stepBatchButton");
            int step = k;
            waitFor(() -> onFxQuietly(() -> primary().step()) == step);
            states.put(k, onFx(this::primary));
        }
        Slider timeline = robot.lookup("#timelineSlider").queryAs(Slider.class);
        waitFor(() -> onFxQuietly(timeline::getMax) == 6.0);

        // when: the slider moved to step 2 (as a drag does)
        onFx(() -> {
            timeline.setValue(2);
            return null;
        });

        // then: step 2 exactly, the slider still reaching to 6; Home and End go to 0 and 6
        waitFor(() -> onFxQuietly(() -> primary().step()) == 2);
        assertThat(onFx(this::primary)).isEqualTo(states.get(2));
        assertThat(onFx(timeline::getMax)).isEqualTo(6.0);
        robot.clickOn("#costChart").type(KeyCode.HOME);
        waitFor(() -> onFxQuietly(() -> primary().step()) == 0);
        robot.type(KeyCode.END);
        waitFor(() -> onFxQuietly(() -> primary().step()) == 6);
        assertThat(onFx(this::primary)).isEqualTo(states.get(6));
        waitFor(() -> onFxQuietly(timeline::getValue) == 6.0);
    }

    @Test
    void aBrokenSessionFileSaysWhyAndChangesNothing() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"version\": 1, \"model\": ");
        robot.clickOn("#stepBatchButton");
        waitFor(() -> onFxQuietly(() -> primary().step()) == 1);

        onFx(() -> window.sessions().open(file)).handle((r, e) -> null).get(TIMEOUT_S, TimeUnit.SECONDS);
        waitFor(() -> robot.lookup("#sessionErrorDialog").tryQuery().isPresent());

        assertThat(onFx(() -> node("#sessionErrorDialog", DialogPane.class).getContentText())).contains("broken.json: not a DescentFX session");
        assertThat(onFx(() -> primary().step())).isEqualTo(1);
        onFx(() -> {
            ((Button) node("#sessionErrorDialog", DialogPane.class).lookupButton(ButtonType.OK)).fire();
            return null;
        });
    }

    @Test
    void theWindowRendersToPngWithAColouredMapAndTheTrajectoryWhereItIs() throws Exception {
        robot.clickOn("#stepEpochButton");
        waitFor(() -> onFxQuietly(() -> primary().step()) == 10);
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Path png = dir.resolve("window.png");

        Point2D pathPixel = onFx(() -> {
            Trace t = experiment.traces().get(0);
            int mid = t.history().size() / 2;
            Point p = new Point(t.history().w(mid), t.history().b(mid));
            javafx.scene.image.WritableImage image = window.getScene().getRoot().snapshot(null, null);
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", png.toFile());
            return map().localToScene(map().toPixel(p));
        });

        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        javafx.geometry.Bounds map = onFx(() -> map().localToScene(map().getBoundsInLocal()));
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = (int) map.getMinY(); y < map.getMaxY(); y += 7) {
            for (int x = (int) map.getMinX(); x < map.getMaxX(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours).as("distinct colours in the map").hasSizeGreaterThan(200);
        assertThat(nearColour(image, (int) pathPixel.getX(), (int) pathPixel.getY(), RunColors.MINI_BATCH, 3))
                .as("the trajectory's colour at its pixel").isTrue();
    }

    private static boolean nearColour(java.awt.image.BufferedImage image, int cx, int cy, javafx.scene.paint.Color c, int radius) {
        for (int y = cy - radius; y <= cy + radius; y++) {
            for (int x = cx - radius; x <= cx + radius; x++) {
                int rgb = image.getRGB(x, y);
                double dr = ((rgb >> 16) & 0xFF) / 255.0 - c.getRed();
                double dg = ((rgb >> 8) & 0xFF) / 255.0 - c.getGreen();
                double db = (rgb & 0xFF) / 255.0 - c.getBlue();
                if (dr * dr + dg * dg + db * db < 0.03) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- helpers --------------------------------------------------------------------------------

    private CostMapView map() {
        return node("#costSurface", CostMapView.class);
    }

    private CostChartView chart() {
        return node("#costChart", CostChartView.class);
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> comboBox(String id) {
        return node(id, ComboBox.class);
    }

    private EngineSnapshot snapshot() {
        return experiment.snapshotProperty().get();
    }

    private Snapshot primary() {
        return snapshot().primary();
    }

    /** A control of the window, found by its node id as DESIGN.md names it. */
    private <T extends javafx.scene.Node> T node(String id, Class<T> type) {
        return robot.lookup(id).queryAs(type);
    }



}
