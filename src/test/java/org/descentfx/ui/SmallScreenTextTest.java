package org.descentfx.ui;

import static org.descentfx.ui.FxWait.onFx;
import static org.descentfx.ui.FxWait.onFxQuietly;
import static org.descentfx.ui.FxWait.waitFor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.descentfx.core.model.Model;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.engine.OpeningExperiment;
import org.descentfx.ui.experiment.Experiment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * At 1024 × 768 the window's words are whole: the timeline's name and "step k of K" after a long run,
 * "Now"'s epoch with "(k of n seen)", and the sigmoid notice's link to the linear neuron. A cut text
 * ends in "…" (or "...") in the node the skin draws.
 */
class SmallScreenTextTest {
    private static final long LONG_RUN = 200_000;

    private final FxRobot robot = new FxRobot();
    private DescentApp app;
    private MainWindow window;
    private Experiment experiment;

    /** The window at {@code width} × {@code height}, on full-batch descent (an epoch a step) at speed max. */
    private void open(int width, int height) throws Exception {
        DescentApp.request(new WindowSettings(OpeningExperiment.model(), OpeningExperiment.data(),
                OpeningExperiment.start(), new Hyperparameters(0.02, 100), OpeningExperiment.seed(),
                Double.POSITIVE_INFINITY, false, true, false, false, null));
        Stage stage = FxToolkit.registerPrimaryStage();
        app = (DescentApp) FxToolkit.setupApplication(DescentApp.class);
        window = app.window();
        experiment = window.experiment();
        onFx(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            return null;
        });
        waitFor(() -> onFxQuietly(() -> experiment.snapshotProperty().get() != null));
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void afterALongRunTheTimelineAndTheEpochAreWhole() throws Exception {
        // given: more than 10⁵ steps of full-batch descent, so the step and the epoch run to six digits
        open(1024, 768);
        onFx(() -> {
            experiment.play();
            return null;
        });
        waitFor(() -> onFxQuietly(() -> experiment.snapshotProperty().get().primary().step() >= LONG_RUN));

        // when it stops there
        onFx(() -> {
            experiment.pause();
            return null;
        });
        // (steps already under way when pause was asked may still arrive: wait until the words show the last one)
        waitFor(() -> onFxQuietly(() -> {
            long last = experiment.snapshotProperty().get().primary().step();
            return window.lookup("#timelineLabel") instanceof javafx.scene.control.Label l
                    && l.getText().equals("step " + last + " of " + last)
                    && ((javafx.scene.control.Label) window.lookup("#epochLabel")).getText().startsWith(last + " ");
        }));
        FxWait.settle(window);
        long step = onFx(() -> experiment.snapshotProperty().get().primary().step());

        // then the timeline's words and "Now"'s epoch are drawn whole, inside the window
        // (the branch menu's button shows the current branch's name shortened; its items show each whole)
        List<String> timelineWords = new ArrayList<>(drawnTexts(window.lookup("#timelineBar")));
        timelineWords.removeAll(drawnTexts(window.lookup("#branchList")));
        assertThat(timelineWords).contains("Timeline", "step " + step + " of " + step)
                .allSatisfy(t -> assertThat(t).doesNotContain("…").doesNotContain("..."));
        assertThat(String.join(" ", drawnTexts(window.lookup("#epochLabel"))).replaceAll("\\s+", " "))
                .isEqualTo(step + " (100 of 100 seen)");
        // and ∇C, ∇C_X near the floor, whose parts are long ("−1.234e-10"), drawn whole
        for (String id : List.of("#gradientLabel", "#batchGradientLabel")) {
            String text = onFx(() -> ((javafx.scene.control.Label) window.lookup(id)).getText());
            assertThat(String.join(" ", drawnTexts(window.lookup(id))).replaceAll("\\s+", " ")).as(id)
                    .isEqualTo(text.replaceAll("\\s+", " "));
        }
    }

    @Test
    void theSigmoidNoticeLinkIsWhole() throws Exception {
        // given
        open(1024, 768);

        // when the sigmoid neuron is chosen for the noisy line, whose y reach 13
        onFx(() -> {
            experiment.selectModel(Model.all().stream().filter(m -> m.highestOutput() <= 1).findFirst().orElseThrow());
            return null;
        });
        waitFor(() -> onFxQuietly(() -> window.lookup("#modelFitNotice").isVisible()));
        FxWait.settle(window);

        // then the link says whole what it offers
        assertThat(String.join(" ", drawnTexts(window.lookup("#modelFitSwitch"))).replaceAll("\\s+", " "))
                .isEqualTo("Use the linear neuron ŷ = w·x + b");
    }

    /**
     * The texts the skins draw under {@code node}, each line of a wrapped one apart; a text that
     * ends past the scene's right edge is reported with "…", as a cut one would be.
     */
    private List<String> drawnTexts(Node node) throws Exception {
        return onFx(() -> {
            List<String> out = new ArrayList<>();
            collect(node, out);
            return out;
        });
    }

    private void collect(Node node, List<String> out) {
        if (node instanceof Text t && t.isVisible() && !t.getText().isEmpty()) {
            Bounds b = t.localToScene(t.getBoundsInLocal());
            out.add(b.getMaxX() > window.getScene().getWidth() + 0.5 ? t.getText() + " (outside…)" : t.getText());
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }
}
