package org.descentfx.ui;

import static org.descentfx.ui.FxWait.onFx;
import static org.descentfx.ui.FxWait.onFxQuietly;
import static org.descentfx.ui.FxWait.waitFor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import org.descentfx.core.curvature.StabilityLimit;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.model.SigmoidNeuron;
import org.descentfx.core.train.Point;
import org.descentfx.ui.experiment.Experiment;
import org.descentfx.ui.plot.Format;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The zones of η under its slider: where 1/λmax and 2/λmax are, and that they follow data, model and point. */
class EtaZonesWindowTest {

    private final FxRobot robot = new FxRobot();
    private DescentApp app;
    private Experiment experiment;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (DescentApp) FxToolkit.setupApplication(DescentApp.class);
        experiment = app.window().experiment();
        waitFor(() -> experiment.snapshotProperty().get() != null);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void zoneEdgesStandWhereTheThumbStandsAtOneAndTwoOverLambdaMax() throws Exception {
        // given: the opening lesson's linear neuron on its data
        Dataset data = onFx(() -> experiment.datasetProperty().get());
        StabilityLimit limit = StabilityLimit.of(LinearNeuron.INSTANCE, data, Point.ORIGIN);

        for (double eta : new double[] {limit.etaOscillates(), limit.etaDiverges()}) {
            // when: η is put on the limit
            onFx(() -> {
                experiment.learningRateProperty().set(eta);
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();

            // then: the thumb's centre is on the edge between two zones
            double thumb = onFx(() -> centreX(robot.lookup("#learningRateSlider .thumb").query()));
            String zone = eta == limit.etaOscillates() ? ".eta-zone-oscillating" : ".eta-zone-diverging";
            double edge = onFx(() -> sceneBounds(robot.lookup("#etaZones " + zone).query()).getMinX());
            assertThat(edge).as("edge of %s at η = %s", zone, eta).isCloseTo(thumb, within(1.5));
        }
    }

    @Test
    void limitFollowsTheDataAndTheModelAndForTheSigmoidThePoint() throws Exception {
        // given
        Dataset centred = BuiltInDatasets.load("centred-line");
        Dataset steps = BuiltInDatasets.load("sigmoid-steps");
        StabilityLimit centredLimit = StabilityLimit.of(LinearNeuron.INSTANCE, centred, Point.ORIGIN);

        // when: other data
        onFx(() -> {
            experiment.selectDataset(centred);
            return null;
        });

        // then: the tooltip and the line name the new values
        waitFor(() -> label().equals("2/λmax = " + Format.number(centredLimit.etaDiverges())));
        assertThat(onFx(() -> slider().getTooltip().getText()))
                .contains("2/λmax = " + Format.number(centredLimit.etaDiverges()))
                .contains("full-batch step");

        // when: the sigmoid neuron, and three steps
        onFx(() -> {
            experiment.selectModel(SigmoidNeuron.INSTANCE);
            experiment.selectDataset(steps);
            return null;
        });
        waitFor(() -> local().startsWith("At this point, steps above η ≈ ") && label().isEmpty());
        for (int k = 0; k < 3; k++) {
            robot.clickOn("#stepBatchButton");
        }
        waitFor(() -> onFxQuietly(() -> experiment.snapshotProperty().get().primary().step()) == 3);

        // then: the limit is the Hessian's at the run's point now
        Point now = onFx(() -> experiment.snapshotProperty().get().primary().point());
        StabilityLimit here = StabilityLimit.of(SigmoidNeuron.INSTANCE, steps, now);
        waitFor(() -> local().equals("At this point, steps above η ≈ " + Format.number(here.etaOscillates())
                + " overshoot (here 2/λmax ≈ " + Format.number(here.etaDiverges()) + ")."));
        assertThat(onFx(() -> experiment.stabilityLimitProperty().get())).isEqualTo(here);
        assertThat(onFx(() -> slider().getTooltip().getText()))
                .startsWith("η, the learning rate").contains("local")
                .contains("At this point, steps above η ≈ " + Format.number(here.etaOscillates()) + " overshoot");
    }

    private String local() {
        return onFxQuietly(() -> robot.lookup("#etaLocalLabel").queryAs(Label.class).getText());
    }

    private String label() {
        return onFxQuietly(() -> robot.lookup("#etaLimitLabel").queryAs(Label.class).getText());
    }

    private Slider slider() {
        return robot.lookup("#learningRateSlider").queryAs(Slider.class);
    }

    private static double centreX(Node n) {
        Bounds b = sceneBounds(n);
        return (b.getMinX() + b.getMaxX()) / 2;
    }

    private static Bounds sceneBounds(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }



}
