package org.descentfx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
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
    private static final long TIMEOUT_S = 20;

    private final FxRobot robot = new FxRobot();
    private DescentApp app;
    private Experiment experiment;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (DescentApp) FxToolkit.setupApplication(DescentApp.class);
        experiment = app.window().experiment();
        waitFor(() -> onFx(() -> experiment.snapshotProperty().get() != null));
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void theSigmoidOnYOutsideZeroToOneSaysSoAndOffersTheLinearNeuron() throws Exception {
        // given the noisy line, whose y go far above 1, and the linear neuron: no notice
        assertThat(onFx(() -> robot.lookup("#modelFitNotice").query().isVisible())).isFalse();

        // when the sigmoid neuron is chosen
        onFx(() -> {
            experiment.selectModel(SigmoidNeuron.INSTANCE);
            return null;
        });

        // then the window says that σ(·) lies in (0, 1) and cannot fit these y
        waitFor(() -> onFx(() -> robot.lookup("#modelFitNotice").query().isVisible()));
        assertThat(onFx(() -> text("#modelFitText"))).contains("lies between 0 and 1").contains("cannot fit")
                .contains("these y, which go from");

        // and one click brings back the linear neuron, the notice gone
        robot.clickOn("#modelFitSwitch");
        waitFor(() -> onFx(() -> experiment.modelProperty().get() == LinearNeuron.INSTANCE));
        waitFor(() -> onFx(() -> !robot.lookup("#modelFitNotice").query().isVisible()));
    }

    @Test
    void aSaturatedSigmoidIsAStateWithABanner() throws Exception {
        // given the sigmoid on data it can fit, and η = 1e9
        onFx(() -> {
            experiment.selectDataset(BuiltInDatasets.load("sigmoid-steps"));
            experiment.selectModel(SigmoidNeuron.INSTANCE);
            experiment.learningRateProperty().set(1e9);
            return null;
        });
        waitFor(() -> onFx(() -> experiment.snapshotProperty().get().setup().model() == SigmoidNeuron.INSTANCE));
        assertThat(onFx(() -> experiment.divergenceProperty().get())).isEmpty();

        // when it takes a few steps: the first throws the point onto a plateau where σ′ = 0
        for (int k = 1; k <= 3; k++) {
            long step = k;
            onFx(() -> {
                experiment.stepMiniBatch();
                return null;
            });
            waitFor(() -> onFx(() -> experiment.snapshotProperty().get().primary().step() == step));
        }

        // then a banner says why the point does not move, and what to do
        waitFor(() -> onFx(() -> experiment.divergenceProperty().get().contains("saturated")));
        assertThat(onFx(() -> text("#divergenceText"))).contains("saturated").contains("η = 1e9")
                .contains("Lower η");
        assertThat(onFx(() -> robot.lookup("#divergenceText").query().isVisible())).isTrue();
    }

    @Test
    void aRunAtItsMinimumIsNotCalledStuck() throws Exception {
        // given the linear neuron started at the floor of the noisy line's valley, where a step moves nothing
        org.descentfx.core.train.Point floor = onFx(() -> org.descentfx.core.surface.Minimum.of(
                experiment.modelProperty().get(), experiment.datasetProperty().get(), experiment.startProperty().get()));
        onFx(() -> {
            experiment.miniBatchSizeProperty().set(100); // full batch: the step is −η∇C itself, about 1e-17
            experiment.chooseStart(floor);
            return null;
        });
        waitFor(() -> onFx(() -> experiment.snapshotProperty().get().primary().point().equals(floor)));

        // when it steps
        onFx(() -> {
            experiment.stepMiniBatch();
            return null;
        });
        waitFor(() -> onFx(() -> experiment.snapshotProperty().get().primary().step() == 1));

        // then no message: C curves there (the Hessian is no plateau's)
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> experiment.divergenceProperty().get())).isEmpty();
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static <T> T onFx(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(TIMEOUT_S, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
