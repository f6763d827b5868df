package org.descentfx.ui;

import static org.descentfx.ui.FxWait.onFx;
import static org.descentfx.ui.FxWait.onFxQuietly;
import static org.descentfx.ui.FxWait.waitFor;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.descentfx.core.surface.Window;
import org.descentfx.core.train.Snapshot;
import org.descentfx.ui.experiment.Experiment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window's keys act whichever control has the focus; in a text field the keys are text. */
class KeysEverywhereTest {

    private final FxRobot robot = new FxRobot();
    private DescentApp app;
    private MainWindow window;
    private Experiment experiment;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (DescentApp) FxToolkit.setupApplication(DescentApp.class);
        window = app.window();
        experiment = window.experiment();
        waitFor(() -> onFxQuietly(() -> experiment.snapshotProperty().get() != null
                && experiment.surfaceProperty().get() != null));
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @ParameterizedTest
    @ValueSource(strings = {"#learningRateSlider", "#batchSizeSlider", "#speedSlider", "#playButton",
        "#stepBatchButton", "#stepEpochButton", "#resetButton", "#modelChoice", "#datasetChoice", "#compareToggle",
        "#costSurface", "#costChart", ".view-tabs"})
    void everyShortcutActsWhicheverControlHasTheFocus(String id) throws Exception {
        // given the keyboard on one control
        Node control = node(id);
        onFx(() -> {
            control.requestFocus();
            return null;
        });
        double eta = onFx(() -> experiment.learningRateProperty().get());
        int m = onFx(() -> experiment.miniBatchSizeProperty().get());

        // → takes one mini-batch, Shift+→ finishes the epoch, R resets
        press(control, KeyCode.RIGHT);
        waitFor(() -> primary().step() == 1);
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        waitFor(() -> primary().epoch() == 1 && primary().positionInEpoch() == 0);
        press(control, KeyCode.R);
        waitFor(() -> primary().step() == 0);

        // Space plays and pauses
        press(control, KeyCode.SPACE);
        waitFor(() -> onFxQuietly(() -> experiment.playingProperty().get()));
        press(control, KeyCode.SPACE);
        waitFor(() -> !onFxQuietly(() -> experiment.playingProperty().get()));

        // C compares and stops comparing, V shows the valley and the map again
        press(control, KeyCode.C);
        waitFor(() -> onFxQuietly(() -> experiment.compareProperty().get()));
        press(control, KeyCode.C);
        waitFor(() -> !onFxQuietly(() -> experiment.compareProperty().get()));
        // B shows the next mini-batch's own valley over the map and hides it again
        press(control, KeyCode.B);
        waitFor(() -> onFxQuietly(() -> batchValleyToggle().isSelected()));
        press(control, KeyCode.B);
        waitFor(() -> !onFxQuietly(() -> batchValleyToggle().isSelected()));
        press(control, KeyCode.V);
        waitFor(() -> onFxQuietly(() -> window.valleyShown()));
        robot.type(KeyCode.V); // the map's keyboard went with it to the valley; it comes back with the map
        waitFor(() -> !onFxQuietly(() -> window.valleyShown()));
        WaitForAsyncUtils.waitForFxEvents();

        // F frames the valley again after the map was moved away
        Window away = new Window(40, 41, 40, 41);
        onFx(() -> {
            experiment.windowProperty().set(away);
            return null;
        });
        press(control, KeyCode.F);
        waitFor(() -> !away.equals(onFxQuietly(() -> experiment.windowProperty().get())));

        // and no key moved a slider on the way
        assertThat(onFx(() -> experiment.learningRateProperty().get())).isEqualTo(eta);
        assertThat(onFx(() -> experiment.miniBatchSizeProperty().get())).isEqualTo(m);
    }

    @Test
    void afterDraggingTheLearningRateSliderTheRightArrowSteps() throws Exception {
        Node thumb = onFx(() -> node("#learningRateSlider").lookup(".thumb"));
        double eta = onFx(() -> experiment.learningRateProperty().get());

        robot.drag(thumb).moveBy(30, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        waitFor(() -> onFxQuietly(() -> experiment.learningRateProperty().get()) != eta);
        double dragged = onFx(() -> experiment.learningRateProperty().get());
        assertThat(onFx(() -> scene().getFocusOwner())).isSameAs(node("#learningRateSlider"));

        robot.type(KeyCode.RIGHT);

        waitFor(() -> primary().step() == 1);
        assertThat(onFx(() -> experiment.learningRateProperty().get())).isEqualTo(dragged);
    }

    @Test
    void aSliderReachedWithTabTakesTheArrowKeys() throws Exception {
        Slider slider = (Slider) node("#learningRateSlider");
        onFx(() -> {
            node("#datasetChoice").requestFocus();
            return null;
        });
        for (int i = 0; i < 20 && onFx(() -> scene().getFocusOwner()) != slider; i++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(onFx(() -> scene().getFocusOwner())).isSameAs(slider);
        double before = onFx(slider::getValue);

        robot.type(KeyCode.RIGHT);

        waitFor(() -> onFxQuietly(slider::getValue) > before);
        assertThat(primary().step()).isZero();
    }

    @Test
    void inAFieldTheKeysAreTextAndEscapeLeavesItShowingTheValueInForce() throws Exception {
        double eta = onFx(() -> experiment.learningRateProperty().get());
        robot.clickOn("#learningRateField");

        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        robot.type(KeyCode.SPACE, KeyCode.R, KeyCode.C, KeyCode.B);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> batchValleyToggle().isSelected())).as("B typed into the field").isFalse();

        assertThat(primary().step()).isZero();
        assertThat(onFx(() -> experiment.playingProperty().get() || experiment.compareProperty().get())).isFalse();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> scene().getFocusOwner())).isNotInstanceOf(TextInputControl.class);
        assertThat(onFx(() -> field("#learningRateField").getText())).isEqualTo(org.descentfx.ui.plot.Format.exact(eta));
        assertThat(onFx(() -> experiment.learningRateProperty().get())).isEqualTo(eta);
        robot.type(KeyCode.RIGHT);
        waitFor(() -> primary().step() == 1);
    }

    @Test
    void enterAppliesTheFieldAndLeavesItSoTheKeysActAgain() throws Exception {
        robot.doubleClickOn("#batchSizeField").eraseText(6).write("20").type(KeyCode.ENTER);

        waitFor(() -> onFxQuietly(() -> experiment.miniBatchSizeProperty().get()) == 20);
        assertThat(onFx(() -> scene().getFocusOwner())).isNotInstanceOf(TextInputControl.class);
        robot.type(KeyCode.RIGHT);
        waitFor(() -> primary().step() == 1);
        assertThat(primary().hyperparameters().miniBatchSize()).isEqualTo(20);
    }

    @Test
    void twoBadFieldsKeepTwoMessagesAndShowTheValuesInForce() throws Exception {
        double eta = onFx(() -> experiment.learningRateProperty().get());
        int m = onFx(() -> experiment.miniBatchSizeProperty().get());
        long seed = onFx(() -> experiment.seedProperty().get());

        robot.doubleClickOn("#learningRateField").eraseText(12).write("abc").type(KeyCode.ENTER);
        robot.doubleClickOn("#batchSizeField").eraseText(6).write("0").type(KeyCode.TAB);
        robot.doubleClickOn("#seedField").eraseText(12).write("x1").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(() -> label("#learningMessage").getText())).contains("'abc' is not a number");
        assertThat(onFx(() -> label("#batchSizeMessage").getText())).contains("from 1 to n");
        assertThat(onFx(() -> label("#seedMessage").getText())).contains("'x1'");
        assertThat(onFx(() -> field("#learningRateField").getText())).isEqualTo(org.descentfx.ui.plot.Format.exact(eta));
        assertThat(onFx(() -> field("#batchSizeField").getText())).isEqualTo(Integer.toString(m));
        assertThat(onFx(() -> field("#seedField").getText())).isEqualTo(Long.toString(seed));
        assertThat(onFx(() -> experiment.learningRateProperty().get())).isEqualTo(eta);
        assertThat(onFx(() -> experiment.miniBatchSizeProperty().get())).isEqualTo(m);
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** Presses a key with the focus checked to be still where the test put it. */
    private void press(Node focused, KeyCode key) throws Exception {
        assertThat(onFx(() -> scene().getFocusOwner())).isSameAs(focused);
        robot.type(key);
    }

    private javafx.scene.control.ToggleButton batchValleyToggle() {
        return (javafx.scene.control.ToggleButton) robot.lookup("#batchValleyToggle").query();
    }

    private javafx.scene.Scene scene() {
        return window.getScene();
    }

    private Snapshot primary() {
        return onFxQuietly(() -> experiment.snapshotProperty().get().primary());
    }

    private Node node(String id) {
        return robot.lookup(id).query();
    }

    private TextField field(String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }

    private Label label(String id) {
        return robot.lookup(id).queryAs(Label.class);
    }



}
