package org.descentfx.ui;

import static org.descentfx.ui.FxWait.onFx;
import static org.descentfx.ui.FxWait.onFxQuietly;
import static org.descentfx.ui.FxWait.waitFor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.descentfx.engine.OpeningExperiment;
import org.descentfx.ui.experiment.Experiment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Presentation mode at 1024 × 768 in compare mode: every pane of the window lies inside the scene
 * (nothing cut off at the right or the bottom), and the window is still drawn larger than normal.
 */
class PresentationFitsTest {
    private DescentApp app;
    private MainWindow window;
    private FreshPreferences prefs;

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        prefs.close();
    }

    @Test
    void at1024x768EveryPaneLiesInsideTheScene() throws Exception {
        // given the window at 1024 × 768 comparing batch sizes after an epoch
        prefs = new FreshPreferences();
        DescentApp.request(new WindowSettings(OpeningExperiment.model(), OpeningExperiment.data(),
                OpeningExperiment.start(), OpeningExperiment.hyperparameters(), OpeningExperiment.seed(),
                OpeningExperiment.stepsPerSecond(), true, true, false, false, null));
        Stage stage = FxToolkit.registerPrimaryStage();
        app = (DescentApp) FxToolkit.setupApplication(DescentApp.class);
        window = app.window();
        Experiment experiment = window.experiment();
        onFx(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
            return null;
        });
        waitFor(() -> onFxQuietly(() -> experiment.snapshotProperty().get() != null
                && experiment.surfaceProperty().get() != null));
        onFx(() -> {
            experiment.stepEpoch();
            return null;
        });

        // when presentation mode is on
        onFx(() -> {
            window.presentationProperty().set(true);
            return null;
        });
        settle();

        // then the window is drawn larger than normal
        double scale = onFx(() -> window.getLocalToSceneTransform().getMxx());
        assertThat(scale).isGreaterThan(1.2);

        // and the window's panes, down to the views and the step panel, lie inside the scene
        Bounds scene = onFx(() -> new BoundingBox(0, 0, window.getScene().getWidth(), window.getScene().getHeight()));
        List<String> outside = onFx(() -> {
            List<String> found = new ArrayList<>();
            collect(window, 0, scene, found);
            for (String id : List.of("#costSurface", "#costChart", "#dataPlot", "#stepPanel", "#timelineSlider")) {
                check(window.lookup(id), id, scene, found);
            }
            return found;
        });
        assertThat(outside).as("scene %s", scene).isEmpty();
    }

    /** The window's panes three levels deep: its top, left and centre, and what those hold. */
    private static void collect(Parent p, int depth, Bounds scene, List<String> found) {
        for (Node n : p.getChildrenUnmodifiable()) {
            if (!n.isVisible() || !n.isManaged()) {
                continue; // a banner not shown, say: it takes no room
            }
            check(n, n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId()), scene, found);
            if (depth < 2 && n instanceof Parent child && !(n instanceof javafx.scene.control.Control)) {
                collect(child, depth + 1, scene, found);
            }
        }
    }

    private static void check(Node n, String name, Bounds scene, List<String> found) {
        if (n == null || !n.isVisible()) {
            return;
        }
        Bounds b = n.localToScene(n.getLayoutBounds());
        if (b.getMinX() < scene.getMinX() - 1 || b.getMinY() < scene.getMinY() - 1
                || b.getMaxX() > scene.getMaxX() + 1 || b.getMaxY() > scene.getMaxY() + 1) {
            found.add(name + " " + b);
        }
    }

    private void settle() throws Exception {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            onFx(() -> {
                window.getScene().getRoot().applyCss();
                window.getScene().getRoot().layout();
                return null;
            });
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
