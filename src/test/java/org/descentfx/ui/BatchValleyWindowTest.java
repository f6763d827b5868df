package org.descentfx.ui;

import static org.descentfx.ui.FxWait.onFx;
import static org.descentfx.ui.FxWait.onFxQuietly;
import static org.descentfx.ui.FxWait.waitFor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.surface.BatchValley;
import org.descentfx.core.train.Point;
import org.descentfx.core.train.Run;
import org.descentfx.core.train.StepBreakdown;
import org.descentfx.engine.EngineSnapshot;
import org.descentfx.engine.TrainingSetup;
import org.descentfx.ui.experiment.Experiment;
import org.descentfx.ui.map.CostMapView;
import org.descentfx.ui.step.StepPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The mini-batch's valley in the window: its batch is the run's next one (the step panel's, the data
 * plot's ringed points), it follows each step, the step arrow is −η∇C_X of that batch, the toggle and
 * the View menu are one switch, and playing at speed max it is hidden with a note saying so.
 */
class BatchValleyWindowTest {

    private final FxRobot robot = new FxRobot();
    private DescentApp app;
    private Experiment experiment;
    private CostMapView map;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (DescentApp) FxToolkit.setupApplication(DescentApp.class);
        experiment = app.window().experiment();
        map = robot.lookup("#costSurface").queryAs(CostMapView.class);
        waitFor(() -> onFxQuietly(() -> experiment.snapshotProperty().get() != null
                && experiment.surfaceProperty().get() != null));
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void theValleyIsOfTheRunsNextBatchFollowsEachStepAndTheArrowIsMinusEtaTimesItsGradient() throws Exception {
        // given: the opening experiment, m = 10; the toggle on
        robot.clickOn("#batchValleyToggle");
        StepPanel panel = robot.lookup("#stepPanel").queryAs(StepPanel.class);
        TrainingSetup setup = onFx(() -> experiment.snapshotProperty().get().setup());
        Run replay = new Run(setup.data(), setup.model(), setup.start(), setup.hyperparameters(), setup.seed());

        for (int k = 0; k < 4; k++) {
            // when: the window stands before step k + 1
            long next = k + 1;
            waitFor(() -> onFxQuietly(() -> {
                BatchValley v = map.shownBatchValley();
                EngineSnapshot s = experiment.snapshotProperty().get();
                StepBreakdown shown = panel.shownProperty().get();
                return v != null && s.primary().step() == next - 1 && v.at().equals(s.primary().point())
                        && shown != null && shown.from().equals(s.primary().point());
            }));
            BatchValley v = onFx(map::shownBatchValley);
            EngineSnapshot s = onFx(() -> experiment.snapshotProperty().get());

            // then: the same examples as the run's own next batch, the step panel's, and the ringed points
            assertThat(v.batch()).as("X of step %d", next).containsExactly(replay.nextBatch());
            assertThat(v.batch()).containsExactly(onFx(() -> panel.shownProperty().get().batch()));
            assertThat(v.batch()).containsExactly(s.nextBatch());
            assertThat(onFx(map::batchValleyCaption).get(0)).contains("m = 10", "for step " + next);
            // and the arrow drawn is −η∇C_X of that batch at the point
            Point arrow = onFx(() -> experiment.traces().get(0).nextStep());
            double[] g = batchGradient(setup, v.batch(), v.at());
            double eta = setup.hyperparameters().learningRate();
            assertThat(arrow.w()).isCloseTo(-eta * g[0], within(1e-12 + 1e-9 * Math.abs(arrow.w())));
            assertThat(arrow.b()).isCloseTo(-eta * g[1], within(1e-12 + 1e-9 * Math.abs(arrow.b())));

            robot.clickOn("#stepBatchButton");
            replay.stepMiniBatch();
        }
    }

    @Test
    void theToggleTheViewMenusItemAndTheMapAreOneSwitch() throws Exception {
        ToggleButton toggle = robot.lookup("#batchValleyToggle").queryAs(ToggleButton.class);
        CheckMenuItem item = onFx(this::menuItem);
        assertThat(item.getText()).startsWith("Show the mini-batch's valley");
        assertThat(onFx(() -> toggle.getTooltip().getText())).contains("C_X", "(B)", "perpendicular");

        // when: chosen in the menu (a check item's skin flips its selection)
        onFx(() -> {
            item.setSelected(!item.isSelected());
            return null;
        });

        assertThat(onFx(toggle::isSelected)).isTrue();
        assertThat(onFx(map::batchValleyShownProperty).get()).isTrue();
        waitFor(() -> onFxQuietly(map::shownBatchValley) != null);
        robot.clickOn("#batchValleyToggle");
        assertThat(onFx(item::isSelected)).isFalse();
        assertThat(onFx(map::shownBatchValley)).isNull();
        assertThat(onFx(map::batchValleyCaption)).isEmpty();
    }

    @Test
    void playingAtSpeedMaxHidesTheValleyAndSaysSo() throws Exception {
        robot.clickOn("#batchValleyToggle");
        waitFor(() -> onFxQuietly(map::shownBatchValley) != null);

        onFx(() -> {
            experiment.speedProperty().set(Experiment.SPEED_LIMIT);
            experiment.play();
            return null;
        });

        waitFor(() -> onFxQuietly(() -> map.batchValleyCaption().equals(java.util.List.of(BatchValleyFeed.AT_MAX_SPEED))));
        assertThat(onFx(map::shownBatchValley)).isNull();

        // when paused, it is back for the batch the run stands before
        onFx(() -> {
            experiment.togglePlay();
            return null;
        });
        waitFor(() -> onFxQuietly(() -> {
            BatchValley v = map.shownBatchValley();
            EngineSnapshot s = experiment.snapshotProperty().get();
            return v != null && !s.playing() && Arrays.equals(v.batch(), s.nextBatch())
                    && v.at().equals(s.primary().point());
        }));
    }

    private CheckMenuItem menuItem() {
        MenuBar bar = (MenuBar) robot.lookup(".menu-bar").query();
        for (MenuItem i : bar.getMenus().stream().filter(m -> m.getText().equals("View")).findFirst().orElseThrow()
                .getItems()) {
            if ("batchValleyMenuItem".equals(i.getId())) {
                return (CheckMenuItem) i;
            }
        }
        throw new AssertionError("no item batchValleyMenuItem in the View menu");
    }

    /** (1/m) Σ_j ∇C_xj, written out for the setup's model. */
    private static double[] batchGradient(TrainingSetup setup, int[] batch, Point p) {
        Dataset data = setup.data();
        boolean linear = setup.model().id().equals("linear");
        double gw = 0;
        double gb = 0;
        for (int j : batch) {
            double z = p.w() * data.x(j) + p.b();
            double out = linear ? z : 1 / (1 + Math.exp(-z));
            double slope = linear ? 1 : out * (1 - out);
            double e = (out - data.y(j)) * slope;
            gw += e * data.x(j);
            gb += e;
        }
        return new double[] {gw / batch.length, gb / batch.length};
    }
}
