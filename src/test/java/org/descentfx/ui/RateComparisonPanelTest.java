package org.descentfx.ui;

import static org.descentfx.ui.FxWait.onFx;
import static org.descentfx.ui.FxWait.onFxQuietly;
import static org.descentfx.ui.FxWait.waitFor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.descentfx.core.curvature.StabilityLimit;
import org.descentfx.engine.EngineSnapshot;
import org.descentfx.ui.plot.Trace;
import org.descentfx.ui.session.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** "Compare learning rates" in the side panel: three runs that differ in η only, named by it, saved and reopened exactly. */
class RateComparisonPanelTest {

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
    void theToggleRunsTheSlidersEtaAQuarterOfItAndOneJustUnderTheLimit() throws Exception {
        // given: the opening lesson, η = 0.02 on the noisy line
        StabilityLimit limit = onFx(() -> app.window().experiment().stabilityLimitProperty().get());

        // when
        toggle("#compareRatesToggle");

        // then
        waitFor(() -> onFxQuietly(() -> snapshot().runs().size()) == 3);
        List<Double> etas = onFx(() -> snapshot().setup().runs().stream()
                .map(r -> r.resolve(snapshot().setup().hyperparameters(), 100).learningRate()).toList());
        assertThat(etas.get(0)).isEqualTo(0.02);
        assertThat(etas.get(1)).isEqualTo(0.005);
        assertThat(etas.get(2)).isLessThan(limit.etaDiverges()).isGreaterThan(0.9 * limit.etaDiverges());
        assertThat(onFx(() -> ((TextField) robot.lookup("#rate3Field").query()).getText()))
                .isEqualTo(org.descentfx.ui.plot.Format.exact(etas.get(2)));
        assertThat(onFx(() -> app.window().experiment().traces().stream().map(Trace::label).toList()))
                .containsExactly("η₁ = 0.02 (m = 10)", "η₂ = 0.005 (m = 10)",
                        "η₃ = " + org.descentfx.ui.plot.Format.number(etas.get(2)) + " (m = 10)");
        assertThat(onFx(() -> app.window().experiment().traces().stream().map(Trace::color).distinct().count()))
                .isEqualTo(3L);

        // and when: η₂ typed, then nonsense
        type("#rate2Field", "0.001");
        waitFor(() -> onFxQuietly(() -> snapshot().runs().get(1).hyperparameters().learningRate()) == 0.001);
        type("#rate2Field", "fast");
        assertThat(onFx(() -> app.window().experiment().rates().ownRatesProperty().get())).containsExactly(null,
                0.001, etas.get(2));

        // and when: the slider's η changes, η₁ follows it and the others keep theirs
        onFx(() -> {
            app.window().experiment().learningRateProperty().set(0.03);
            app.window().experiment().stepMiniBatch();
            return null;
        });
        waitFor(() -> onFxQuietly(() -> snapshot().runs().get(0).hyperparameters().learningRate()) == 0.03);
        assertThat(onFx(() -> ((Label) robot.lookup("#rate1Label").query()).getText())).contains("0.03");
        assertThat(onFx(() -> snapshot().runs().get(2).hyperparameters().learningRate())).isEqualTo(etas.get(2));

        // and when: the batch sizes are compared, this comparison goes off
        toggle("#compareToggle");
        waitFor(() -> onFxQuietly(() -> snapshot().setup().runs().get(0).ratePlace()) == 0);
        assertThat(onFx(() -> app.window().experiment().rates().compareRatesProperty().get())).isFalse();
    }

    @Test
    void aSavedComparisonOfRatesOpensAgainBitForBit(@TempDir Path dir) throws Exception {
        // given: η₁ = 0.02, η₂ = 0.005, η₃ = 0.09
        onFx(() -> {
            app.window().experiment().rates().set(Arrays.asList(null, 0.005, 0.09));
            return null;
        });
        waitFor(() -> onFxQuietly(() -> snapshot().runs().size() == 3
                && snapshot().runs().get(2).hyperparameters().learningRate() == 0.09));

        // when: saved, switched off, opened again
        Path file = dir.resolve("rates.descentfx");
        Session read = SessionRoundTrip.afterTwoEpochs(app, file, () -> toggle("#compareRatesToggle"));

        // then: every run is where it was, bit for bit, and the file is of the current version with the rates
        assertThat(read.version()).isEqualTo(org.descentfx.ui.session.SessionFile.VERSION);
        assertThat(read.rates()).containsExactly(null, 0.005, 0.09);
        assertThat(Files.readString(file)).contains("\"rates\"");
        assertThat(onFx(() -> app.window().experiment().rates().compareRatesProperty().get())).isTrue();
        assertThat(onFx(() -> ((TextField) robot.lookup("#rate3Field").query()).getText())).isEqualTo("0.09");
        assertThat(onFx(() -> robot.lookup("#compareRatesToggle").query() instanceof
                org.controlsfx.control.ToggleSwitch t && t.isSelected())).isTrue();
    }

    @Test
    void theKeyLSwitchesTheComparisonOnAndOff() throws Exception {
        // when
        onFx(() -> {
            app.window().focusMap();
            return null;
        });
        robot.type(javafx.scene.input.KeyCode.L);

        // then
        waitFor(() -> onFxQuietly(() -> snapshot().runs().size()) == 3);
        assertThat(onFx(() -> ((org.controlsfx.control.ToggleSwitch) robot.lookup("#compareRatesToggle").query())
                .isSelected())).isTrue();

        // and when
        robot.type(javafx.scene.input.KeyCode.L);

        // then
        waitFor(() -> onFxQuietly(() -> snapshot().runs().size()) == 1);
    }

    private void toggle(String id) throws Exception {
        onFx(() -> {
            Node n = robot.lookup(id).query();
            var toggle = (org.controlsfx.control.ToggleSwitch) n;
            toggle.setSelected(!toggle.isSelected());
            return null;
        });
    }

    private void type(String id, String text) throws Exception {
        onFx(() -> {
            TextField field = (TextField) robot.lookup(id).query();
            field.setText(text);
            field.fireEvent(new javafx.event.ActionEvent());
            return null;
        });
    }

    private EngineSnapshot snapshot() {
        return app.window().experiment().snapshotProperty().get();
    }
}
