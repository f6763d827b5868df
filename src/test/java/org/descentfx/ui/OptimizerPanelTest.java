package org.descentfx.ui;

import static org.descentfx.ui.FxWait.onFx;
import static org.descentfx.ui.FxWait.onFxQuietly;
import static org.descentfx.ui.FxWait.waitFor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.descentfx.core.train.UpdateRule;
import org.descentfx.engine.EngineSnapshot;
import org.descentfx.ui.session.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The update rule in the side panel: its choice reaches the engine, its fields show and check the rule's constants. */
class OptimizerPanelTest {

    private final FxRobot robot = new FxRobot();
    private DescentApp app;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (DescentApp) FxToolkit.setupApplication(DescentApp.class);
        waitFor(() -> snapshot() != null);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void theWindowOpensOnPlainSgdWithNoConstantFieldShown() throws Exception {
        assertThat(onFx(() -> choice().getValue())).isEqualTo(UpdateRule.Kind.SGD);
        assertThat(onFx(() -> snapshot().setup().optimizer())).isEqualTo(UpdateRule.SGD);
        for (String id : new String[] {"#momentumField", "#decayField", "#beta1Field", "#beta2Field", "#epsilonField"}) {
            assertThat(onFx(() -> robot.lookup(id).query().isVisible())).as(id).isFalse();
        }
    }

    @Test
    void choosingMomentumReachesTheEngineAndItsArrowIsTheMomentumStep() throws Exception {
        // when
        onFx(() -> {
            choice().setValue(UpdateRule.Kind.MOMENTUM);
            return null;
        });
        waitFor(() -> onFxQuietly(() -> snapshot().setup().optimizer()).equals(UpdateRule.of(UpdateRule.Kind.MOMENTUM)));
        robot.clickOn("#stepBatchButton");
        robot.clickOn("#stepBatchButton");
        waitFor(() -> onFxQuietly(() -> snapshot().primary().step()) == 2);

        // then: μ is shown, ε is not; the run carries a velocity and its arrow says which step it is
        assertThat(onFx(() -> robot.lookup("#momentumField").query().isVisible())).isTrue();
        assertThat(onFx(() -> robot.lookup("#epsilonField").query().isVisible())).isFalse();
        assertThat(onFx(() -> snapshot().primary().optimizer().first())).isNotNull();
        var trace = onFx(() -> app.window().experiment().traces().get(0));
        assertThat(trace.stepName()).isEqualTo("Δ momentum");
        assertThat(trace.velocity()).isEqualTo(onFx(() -> snapshot().primary().optimizer().first()));
    }

    @Test
    void aConstantOutOfRangeIsRefusedWithAMessageAndChangesNothing() throws Exception {
        // given
        onFx(() -> {
            choice().setValue(UpdateRule.Kind.MOMENTUM);
            return null;
        });
        waitFor(() -> onFxQuietly(() -> snapshot().setup().optimizer().id()).equals("momentum"));

        // when
        robot.doubleClickOn("#momentumField").eraseText(12).write("1.5").type(KeyCode.ENTER);

        // then
        assertThat(onFx(() -> ((javafx.scene.control.Label) robot.lookup("#optimizerMessage").query()).getText())).contains("μ must be at least 0 and below 1");
        assertThat(onFx(() -> app.window().experiment().optimizers().optimizerProperty().get().momentum())).isEqualTo(0.9);

        // and when: a good value
        robot.doubleClickOn("#momentumField").eraseText(12).write("0.5").type(KeyCode.ENTER);

        // then
        waitFor(() -> onFxQuietly(() -> snapshot().setup().optimizer())
                .equals(UpdateRule.of(UpdateRule.Kind.MOMENTUM).with(UpdateRule.Constant.MOMENTUM, 0.5)));
        assertThat(onFx(() -> ((TextField) robot.lookup("#momentumField").query()).getStyleClass())).doesNotContain("invalid");
    }

    @Test
    void compareOptimizersRacesSgdMomentumAndAdamAndTheLearnerPicksTheRacers() throws Exception {
        // when (the side panel scrolls: the controls are driven through their nodes, looked up by id)
        fire("#compareOptimizersToggle");

        // then
        waitFor(() -> onFxQuietly(() -> snapshot().runs().size()) == 3);
        assertThat(onFx(() -> snapshot().setup().runs().stream().map(r -> r.optimizer().id()).toList()))
                .containsExactly("sgd", "momentum", "adam");

        // and when: momentum leaves, Nesterov joins
        fire("#race-momentum");
        fire("#race-nesterov");

        // then
        waitFor(() -> onFxQuietly(() -> snapshot().setup().runs().stream().map(r -> r.optimizer().id()).toList())
                .equals(java.util.List.of("sgd", "nesterov", "adam")));

        // and when: Adam gets an η of its own, then a nonsense one
        onFx(() -> {
            TextField eta = (TextField) robot.lookup("#race-adam-lr").query();
            eta.setText("0.1");
            eta.fireEvent(new javafx.event.ActionEvent());
            return null;
        });

        // then: only Adam's run uses it
        waitFor(() -> onFxQuietly(() -> snapshot().runs().get(2).hyperparameters().learningRate()) == 0.1);
        assertThat(onFx(() -> snapshot().runs().get(0).hyperparameters().learningRate())).isEqualTo(0.02);
        onFx(() -> {
            TextField eta = (TextField) robot.lookup("#race-adam-lr").query();
            eta.setText("-1");
            eta.fireEvent(new javafx.event.ActionEvent());
            return null;
        });
        assertThat(onFx(() -> app.window().experiment().optimizers().racerLearningRatesProperty().get()))
                .containsEntry(UpdateRule.Kind.ADAM, 0.1);

        // and when: the batch-size comparison is one comparison too many
        fire("#compareToggle");

        // then
        waitFor(() -> onFxQuietly(() -> snapshot().runs().size()) == 3
                && onFxQuietly(() -> snapshot().setup().runs().get(0).optimizer()) == null);
        assertThat(onFx(() -> app.window().experiment().optimizers().compareOptimizersProperty().get())).isFalse();
    }

    @Test
    void aSavedRaceOpensAgainBitForBitWithItsRulesConstantsAndOwnEta(@TempDir Path dir) throws Exception {
        // given: SGD, momentum with μ = 0.5 and Adam on an η of its own
        fire("#compareOptimizersToggle");
        onFx(() -> {
            var settings = app.window().experiment().optimizers();
            settings.optimizerProperty().set(UpdateRule.SGD.with(UpdateRule.Constant.MOMENTUM, 0.5));
            settings.racerLearningRatesProperty().set(java.util.Map.of(UpdateRule.Kind.ADAM, 0.01));
            return null;
        });
        waitFor(() -> onFxQuietly(() -> snapshot().runs().size() == 3
                && snapshot().runs().get(2).hyperparameters().learningRate() == 0.01
                && snapshot().setup().optimizerOf(1).equals(
                        UpdateRule.of(UpdateRule.Kind.MOMENTUM).with(UpdateRule.Constant.MOMENTUM, 0.5))));

        // when: saved, the race switched off, the session opened again
        Session read = SessionRoundTrip.afterTwoEpochs(app, dir.resolve("race.descentfx"),
                () -> fire("#compareOptimizersToggle"));

        // then: every racer is where it was, bit for bit, and the file is of the current version with the racers
        assertThat(read.version()).isEqualTo(org.descentfx.ui.session.SessionFile.VERSION);
        assertThat(read.race()).extracting(Session.Racer::rule).containsExactly("sgd", "momentum", "adam");
        assertThat(read.race().get(1).constants()).containsEntry("momentum", 0.5);
        assertThat(read.race().get(2).learningRate()).isEqualTo(0.01);
        var settings = app.window().experiment().optimizers();
        assertThat(onFx(() -> settings.compareOptimizersProperty().get())).isTrue();
        assertThat(onFx(() -> settings.racersProperty().get()))
                .containsExactly(UpdateRule.Kind.SGD, UpdateRule.Kind.MOMENTUM, UpdateRule.Kind.ADAM);
        assertThat(onFx(() -> settings.racerLearningRatesProperty().get())).isEqualTo(java.util.Map.of(UpdateRule.Kind.ADAM, 0.01));
        assertThat(onFx(() -> settings.optimizerProperty().get().momentum())).isEqualTo(0.5);
    }

    @Test
    void inARaceTheFieldsShowTheRacersConstants() throws Exception {
        // when: plain SGD is the rule, and momentum and Adam race it
        fire("#compareOptimizersToggle");

        // then: μ (momentum's), β₁, β₂ and ε (Adam's) can be set; ρ, which no racer reads, cannot
        for (String id : new String[] {"#momentumField", "#beta1Field", "#beta2Field", "#epsilonField"}) {
            waitFor(() -> onFxQuietly(() -> robot.lookup(id).query().isVisible()));
        }
        assertThat(onFx(() -> robot.lookup("#decayField").query().isVisible())).isFalse();
    }

    /** Toggles the switch or check box with this id, as a click would. */
    private void fire(String id) throws Exception {
        onFx(() -> {
            Node n = robot.lookup(id).query();
            if (n instanceof javafx.scene.control.CheckBox box) {
                box.fire();
            } else {
                var toggle = (org.controlsfx.control.ToggleSwitch) n;
                toggle.setSelected(!toggle.isSelected());
            }
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private ChoiceBox<UpdateRule.Kind> choice() {
        Node n = robot.lookup("#optimizerChoice").query();
        return (ChoiceBox<UpdateRule.Kind>) n;
    }

    private EngineSnapshot snapshot() {
        return app.window().experiment().snapshotProperty().get();
    }



}
