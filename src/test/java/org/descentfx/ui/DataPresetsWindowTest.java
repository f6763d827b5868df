package org.descentfx.ui;

import static org.descentfx.ui.FxWait.onFx;
import static org.descentfx.ui.FxWait.onFxQuietly;
import static org.descentfx.ui.FxWait.waitFor;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import org.descentfx.core.model.Model;
import org.descentfx.core.train.Point;
import org.descentfx.engine.TrainingSetup;
import org.descentfx.ui.controls.DataChoice;
import org.descentfx.ui.experiment.Experiment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Choosing a built-in set that proposes a lesson's settings puts them on the controls and the runs. */
class DataPresetsWindowTest {

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
    void choosingTwoValleysAppliesItsModelStartLearningRateAndBatchSizeAndUndoBringsAllBack() throws Exception {
        // given
        @SuppressWarnings("unchecked")
        ComboBox<DataChoice> data = robot.lookup("#datasetChoice").queryAs(ComboBox.class);
        DataChoice twoValleys = onFx(() -> data.getItems().stream()
                .filter(c -> !c.isOpenAction() && c.data().name().equals("two-valleys")).findFirst().orElseThrow());
        TrainingSetup before = onFx(() -> experiment.snapshotProperty().get().setup());

        // when
        onFx(() -> {
            data.setValue(twoValleys);
            return null;
        });
        waitFor(() -> onFxQuietly(() -> experiment.snapshotProperty().get().setup().data()) == twoValleys.data());

        // then: the runs and the controls
        TrainingSetup after = onFx(() -> experiment.snapshotProperty().get().setup());
        assertThat(after.model()).isEqualTo(Model.byId("sigmoid"));
        assertThat(after.start()).isEqualTo(new Point(-0.6, -1.3));
        assertThat(after.hyperparameters().learningRate()).isEqualTo(0.8);
        assertThat(after.hyperparameters().miniBatchSize()).isEqualTo(1);
        assertThat(Double.parseDouble(onFx(() -> robot.lookup("#learningRateField").queryAs(TextField.class).getText()))).isEqualTo(0.8);
        assertThat(onFx(() -> robot.lookup("#batchSizeField").queryAs(TextField.class).getText())).isEqualTo("1");

        // when: one undo
        onFx(() -> {
            experiment.undo();
            return null;
        });
        waitFor(() -> onFxQuietly(() -> experiment.snapshotProperty().get().setup().data()).equals(before.data()));

        // then
        TrainingSetup undone = onFx(() -> experiment.snapshotProperty().get().setup());
        assertThat(undone.model()).isEqualTo(before.model());
        assertThat(undone.start()).isEqualTo(before.start());
        assertThat(undone.hyperparameters()).isEqualTo(before.hyperparameters());
    }



}
