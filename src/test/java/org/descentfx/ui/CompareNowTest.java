package org.descentfx.ui;

import static org.descentfx.ui.FxWait.onFxQuietly;
import static org.descentfx.ui.FxWait.waitFor;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.descentfx.ui.experiment.Experiment;
import org.descentfx.ui.plot.RunColors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** In compare mode "Now" shows every run's step, epoch and C, in its colour, and → keeps them on a fair axis. */
class CompareNowTest {

    private final FxRobot robot = new FxRobot();
    private DescentApp app;
    private Experiment experiment;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (DescentApp) FxToolkit.setupApplication(DescentApp.class);
        experiment = app.window().experiment();
        waitFor(() -> onFxQuietly(() -> experiment.snapshotProperty().get() != null));
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void nowCountsTheStepsOfEveryRunInItsColour() throws Exception {
        // given the noisy line (n = 100) with m = 10, compared with full batch and stochastic descent
        onFxQuietly(() -> {
            experiment.miniBatchSizeProperty().set(10);
            experiment.compareProperty().set(true);
            experiment.includeStochasticProperty().set(true);
            return null;
        });
        waitFor(() -> onFxQuietly(() -> experiment.snapshotProperty().get().runs().size() == 3));
        assertThat(onFxQuietly(() -> experiment.snapshotProperty().get().setup().data().size())).isEqualTo(100);

        // when → is pressed ten times, the focus on the map
        robot.clickOn("#stepBatchButton");
        for (int press = 1; press < 10; press++) {
            robot.type(KeyCode.RIGHT);
        }
        waitFor(() -> onFxQuietly(() -> experiment.snapshotProperty().get().primary().step() == 10));

        // then "Now" counts 10, 1 and 100 steps, each run one epoch in with all 100 seen, in its colour
        waitFor(() -> onFxQuietly(() -> text(0).contains("step 10 ")));
        assertThat(onFxQuietly(() -> text(0))).contains("mini-batch, m = 10: C = ").contains("step 10 · epoch 1  (100 of 100 seen)");
        assertThat(onFxQuietly(() -> text(1))).contains("full batch, m = 100: C = ").contains("step 1 · epoch 1  (100 of 100 seen)");
        assertThat(onFxQuietly(() -> text(2))).contains("stochastic, m = 1: C = ").contains("step 100 · epoch 1  (100 of 100 seen)");
        assertThat(onFxQuietly(() -> hue(0))).isCloseTo(RunColors.MINI_BATCH.getHue(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(onFxQuietly(() -> hue(1))).isCloseTo(RunColors.FULL_BATCH.getHue(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(onFxQuietly(() -> hue(2))).isCloseTo(RunColors.STOCHASTIC.getHue(), org.assertj.core.data.Offset.offset(1.0));

        // and with comparison off, the per-run lines go
        onFxQuietly(() -> {
            experiment.compareProperty().set(false);
            return null;
        });
        waitFor(() -> onFxQuietly(() -> !robot.lookup("#runsReadout").query().isVisible()));
    }

    private String text(int run) {
        return robot.lookup("#runReadout" + run).queryAs(Label.class).getText();
    }

    private double hue(int run) {
        return ((Color) robot.lookup("#runReadout" + run).queryAs(Label.class).getTextFill()).getHue();
    }


}
