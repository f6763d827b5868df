package org.descentfx.ui;

import static org.descentfx.ui.FxWait.onFxQuietly;
import static org.descentfx.ui.FxWait.waitFor;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.model.SigmoidNeuron;
import org.descentfx.ui.experiment.Experiment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window says why nothing moves: a saturated sigmoid, or y that σ cannot reach. */
class ModelStatesTest {

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
    void theSigmoidOnYOutsideZeroToOneSaysSoAndOffersTheLinearNeuron() throws Exception {
        // given the noisy line, whose y go far above 1, and the linear neuron: no notice
        assertThat(onFxQuietly(() -> robot.lookup("#modelFitNotice").query().isVisible())).isFalse();

        // when the sigmoid neuron is chosen
        onFxQuietly(() -> {
            experiment.selectModel(SigmoidNeuron.INSTANCE);
            return null;
        });

        // then the window says that σ(·) lies in (0, 1) and cannot fit these y
        waitFor(() -> onFxQuietly(() -> robot.lookup("#modelFitNotice").query().isVisible()));
        assertThat(onFxQuietly(() -> text("#modelFitText"))).contains("lies between 0 and 1").contains("cannot fit")
                .contains("these y, which go from");

        // and one click brings back the linear neuron, the notice gone
        robot.clickOn("#modelFitSwitch");
        waitFor(() -> onFxQuietly(() -> experiment.modelProperty().get() == LinearNeuron.INSTANCE));
        waitFor(() -> onFxQuietly(() -> !robot.lookup("#modelFitNotice").query().isVisible()));
    }

    @Test
    void aSaturatedSigmoidIsAStateWithABanner() throws Exception {
        // given the sigmoid on data it can fit, and η = 1e9
        onFxQuietly(() -> {
            experiment.selectDataset(BuiltInDatasets.load("sigmoid-steps"));
            experiment.selectModel(SigmoidNeuron.INSTANCE);
            experiment.learningRateProperty().set(1e9);
            return null;
        });
        waitFor(() -> onFxQuietly(() -> experiment.snapshotProperty().get().setup().model() == SigmoidNeuron.INSTANCE));
        assertThat(onFxQuietly(() -> experiment.divergenceProperty().get())).isEmpty();

        // when it takes a few steps: the first throws the point onto a plateau where σ′ = 0
        for (int k = 1; k <= 3; k++) {
            long step = k;
            onFxQuietly(() -> {
                experiment.stepMiniBatch();
                return null;
            });
            waitFor(() -> onFxQuietly(() -> experiment.snapshotProperty().get().primary().step() == step));
        }

        // then a banner says why the point does not move, and what to do
        waitFor(() -> onFxQuietly(() -> experiment.divergenceProperty().get().contains("saturated")));
        assertThat(onFxQuietly(() -> text("#divergenceText"))).contains("saturated").contains("η = 1e9")
                .contains("Lower η");
        assertThat(onFxQuietly(() -> robot.lookup("#divergenceText").query().isVisible())).isTrue();
    }

    @Test
    void aRunAtItsMinimumIsNotCalledStuck() throws Exception {
        // given the linear neuron started at the floor of the noisy line's valley, where a step moves nothing
        org.descentfx.core.train.Point floor = onFxQuietly(() -> org.descentfx.core.surface.Minimum.of(
                experiment.modelProperty().get(), experiment.datasetProperty().get(), experiment.startProperty().get()));
        onFxQuietly(() -> {
            experiment.miniBatchSizeProperty().set(100); // full batch: the step is −η∇C itself, about 1e-17
            experiment.chooseStart(floor);
            return null;
        });
        waitFor(() -> onFxQuietly(() -> experiment.snapshotProperty().get().primary().point().equals(floor)));

        // when it steps
        onFxQuietly(() -> {
            experiment.stepMiniBatch();
            return null;
        });
        waitFor(() -> onFxQuietly(() -> experiment.snapshotProperty().get().primary().step() == 1));

        // then no message: C curves there (the Hessian is no plateau's)
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFxQuietly(() -> experiment.divergenceProperty().get())).isEmpty();
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }


}
