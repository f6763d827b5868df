package org.descentfx.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.descentfx.ui.FxWait.onFx;
import static org.descentfx.ui.FxWait.onFxQuietly;
import static org.descentfx.ui.FxWait.waitFor;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.data.Presets;
import org.descentfx.core.model.Model;
import org.descentfx.core.surface.Basins;
import org.descentfx.core.surface.LocalMinima;
import org.descentfx.core.surface.Minimum;
import org.descentfx.core.surface.Window;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Point;
import org.descentfx.core.train.Run;
import org.descentfx.ui.experiment.Experiment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Run K seeds on two-valleys in the window: the pane beside the chart says how many of 20 seeds escaped
 * to the deeper valley, as lone runs of those seeds count them; Escape and a change of data clear it all.
 */
class SeedFanWindowTest {
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
    void theFanOnTwoValleysSaysHowManySeedsEscapedAndEscapeClearsIt() throws Exception {
        // given two-valleys with its presets
        Dataset data = BuiltInDatasets.load("two-valleys");
        Presets presets = BuiltInDatasets.presetsOf("two-valleys");
        onFx(() -> {
            experiment.selectDataset(data, presets);
            return null;
        });
        waitFor(() -> onFxQuietly(() -> experiment.snapshotProperty().get().setup().data()) == data);
        int epochs = onFx(() -> app.window().seedFans().defaultEpochs());
        assertThat(epochs).isEqualTo(presets.epochs().orElseThrow());

        // when 20 seeds run
        onFx(() -> {
            app.window().runSeedFan(20, epochs);
            return null;
        });
        waitFor(() -> onFxQuietly(() -> robot.lookup("#seedFanPane").query().isVisible()));

        // then the pane says what lone runs of seeds 1-20 give, and the map draws 20 paths and the full batch
        String said = onFx(() -> robot.lookup("#seedFanEscaped").queryAs(Label.class).getText());
        assertThat(said).isEqualTo("escaped to the deeper valley: " + escaped(data, presets, epochs) + " of 20");
        assertThat(onFx(() -> robot.lookup("#seedFanFullBatch").queryAs(Label.class).getText()))
                .startsWith("full batch (one path, no spread): C = ");
        assertThat(onFx(() -> app.window().mapView().drawnFanPaths())).hasSize(21);

        // when Escape is pressed
        onFx(() -> {
            app.window().focusMap();
            return null;
        });
        robot.type(KeyCode.ESCAPE);

        // then nothing of the fan is left
        waitFor(() -> onFxQuietly(() -> !robot.lookup("#seedFanPane").query().isVisible()));
        assertThat(onFx(() -> app.window().mapView().drawnFanPaths())).isEmpty();

        // when another fan runs and the data change
        onFx(() -> {
            app.window().runSeedFan(3, 2);
            return null;
        });
        waitFor(() -> onFxQuietly(() -> robot.lookup("#seedFanPane").query().isVisible()));
        onFx(() -> {
            experiment.selectDataset(BuiltInDatasets.load("noisy-line"));
            return null;
        });

        // then it is cleared too
        Node pane = robot.lookup("#seedFanPane").query();
        assertThat(onFx(pane::isVisible)).isFalse();
        assertThat(onFx(() -> app.window().mapView().drawnFanPaths())).isEmpty();
    }

    /** Seeds of 1-20 whose lone run ends in the deeper valley, each end judged by its own descent. */
    private static int escaped(Dataset data, Presets presets, int epochs) {
        Model model = Model.byId(presets.model().orElseThrow());
        Point start = new Point(presets.start().orElseThrow().w(), presets.start().orElseThrow().b());
        Hyperparameters h = new Hyperparameters(presets.learningRate().orElseThrow(), presets.miniBatchSize().orElseThrow());
        Window window = Window.around(Minimum.of(model, data, start), start, 0.35, 1.0);
        Basins basins = new Basins(model, data, LocalMinima.in(model, data, window));
        int escaped = 0;
        for (long seed = 1; seed <= 20; seed++) {
            Run run = new Run(data, model, start, h, seed);
            for (int e = 0; e < epochs; e++) {
                run.stepEpoch();
            }
            escaped += basins.of(run.point()) == 0 ? 1 : 0;
        }
        return escaped;
    }
}
