package org.descentfx.ui;

import static org.descentfx.ui.FxWait.onFxQuietly;
import static org.descentfx.ui.FxWait.waitFor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.scene.input.KeyCode;
import javafx.scene.transform.Transform;
import org.descentfx.ui.experiment.Experiment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** F5 draws the window 1.6× larger in high contrast with the side panel folded, F9 folds and unfolds it; the keys act throughout. */
class PresentationTest {

    private final FxRobot robot = new FxRobot();
    private DescentApp app;
    private MainWindow window;
    private Experiment experiment;
    /** F5 is remembered: in a node of this test's own, so no later window opens in presentation mode. */
    private FreshPreferences prefs;

    @BeforeEach
    void start() throws Exception {
        prefs = new FreshPreferences();
        FxToolkit.registerPrimaryStage();
        app = (DescentApp) FxToolkit.setupApplication(DescentApp.class);
        window = app.window();
        experiment = window.experiment();
        waitFor(() -> onFxQuietly(() -> experiment.snapshotProperty().get() != null));
        onFxQuietly(() -> {
            window.focusMap();
            return null;
        });
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        prefs.close();
    }

    @Test
    void f5ScalesEverythingAndTheKeysStillStep() throws Exception {
        double sceneWidth = onFxQuietly(() -> window.getScene().getWidth());

        // when F5 is pressed
        robot.type(KeyCode.F5);
        waitFor(() -> onFxQuietly(() -> scale() > 1.5));

        // then the whole window, canvases included, is drawn 1.6× and laid out to fit the scene
        assertThat(onFxQuietly(this::scale)).isCloseTo(Presentation.SCALE, within(1e-9));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFxQuietly(() -> window.getWidth() * scale())).isCloseTo(sceneWidth, within(1.0));
        assertThat(onFxQuietly(() -> window.getStyleClass().contains("presentation"))).isTrue();

        // and the side panel is folded to a strip, while → still steps
        waitFor(() -> onFxQuietly(() -> robot.lookup("#showSidePanel").tryQuery().isPresent()
                && robot.lookup("#learningRateSlider").tryQuery().isEmpty()));
        robot.type(KeyCode.RIGHT);
        waitFor(() -> onFxQuietly(() -> experiment.snapshotProperty().get().primary().step() == 1));

        // and the strip's button and F5 bring everything back
        robot.clickOn("#showSidePanel");
        waitFor(() -> onFxQuietly(() -> robot.lookup("#learningRateSlider").tryQuery().isPresent()));
        robot.type(KeyCode.F9);
        waitFor(() -> onFxQuietly(() -> robot.lookup("#learningRateSlider").tryQuery().isEmpty()));
        robot.type(KeyCode.F9);
        waitFor(() -> onFxQuietly(() -> robot.lookup("#learningRateSlider").tryQuery().isPresent()));
        robot.type(KeyCode.F5);
        waitFor(() -> onFxQuietly(() -> scale() == 1.0 && !window.getStyleClass().contains("presentation")));
    }

    private double scale() {
        Transform t = window.getLocalToParentTransform();
        return t.getMxx();
    }


}
