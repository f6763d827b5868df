package org.descentfx.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.descentfx.ui.FxWait.onFx;
import static org.descentfx.ui.FxWait.onFxQuietly;
import static org.descentfx.ui.FxWait.waitFor;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.descentfx.ui.experiment.Experiment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The app's own start opens the window in two parts: a frame with the surface painted comes
 * before the side panel's controls, which follow in the next pulse; then the window is whole and
 * works as any other.
 */
class StagedStartTest {
    private final FxRobot robot = new FxRobot();
    private DescentApp app;

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void theSurfaceIsPaintedBeforeTheControlsComeAndThenTheWindowIsWhole() throws Exception {
        FxToolkit.registerPrimaryStage();
        DescentApp.stageNextStart();
        app = (DescentApp) FxToolkit.setupApplication(DescentApp.class);
        Experiment experiment = app.window().experiment();

        waitFor(() -> onFxQuietly(() -> app.window().controlsInPlace()));

        assertThat(app.staged()).isNotNull();
        assertThat(onFx(() -> app.staged().surfacePaintedBeforeControls())).isTrue();
        Node panel = robot.lookup("#controlPanel").query();
        assertThat(onFx(() -> panel.getScene() != null && panel.isVisible())).isTrue();
        assertThat(robot.lookup("#learningRateField").tryQuery()).isPresent();
        // the keys act, and the controls show what the engine does
        robot.type(KeyCode.RIGHT);
        waitFor(() -> onFxQuietly(() -> experiment.snapshotProperty().get().primary().step()) == 1);
        waitFor(() -> robot.lookup("#stepLabel").queryLabeled().getText().contains("1"));
    }

    @Test
    void aWindowOpenedForTestsOrASessionComesWhole() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (DescentApp) FxToolkit.setupApplication(DescentApp.class);

        assertThat(app.staged()).isNull();
        assertThat(onFx(() -> app.window().controlsInPlace())).isTrue();
    }
}
