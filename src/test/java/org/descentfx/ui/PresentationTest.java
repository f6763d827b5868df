package org.descentfx.ui;

import static org.descentfx.ui.FxWait.onFx;
import static org.descentfx.ui.FxWait.onFxQuietly;
import static org.descentfx.ui.FxWait.waitFor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Transform;
import org.descentfx.ui.experiment.Experiment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * F5 draws the window 1.6× larger in high contrast with the side panel folded, F9 folds and unfolds it; the keys act
 * throughout. At 1024 × 768 it is drawn smaller than 1.6×, so that every pane lies inside the scene. At 1600 × 1000
 * every canvas has as many pixels as it covers on the screen: the screen shows the map's own pixels, not a bitmap
 * stretched 1.6× (soft on a projector).
 */
class PresentationTest {

    private final FxRobot robot = new FxRobot();
    private DescentApp app;
    private MainWindow window;
    private Experiment experiment;
    /** F5 is remembered: in a node of this test's own, so no later window opens in presentation mode. */
    private FreshPreferences prefs;

    @BeforeEach
    void start() throws Exception {
        prefs = new FreshPreferences();
        FxToolkit.registerPrimaryStage();
        app = (DescentApp) FxToolkit.setupApplication(DescentApp.class);
        window = app.window();
        experiment = window.experiment();
        waitFor(() -> onFxQuietly(() -> experiment.snapshotProperty().get() != null));
        onFxQuietly(() -> {
            window.focusMap();
            return null;
        });
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        prefs.close();
    }

    @Test
    void f5ScalesEverythingAndTheKeysStillStep() throws Exception {
        double sceneWidth = onFxQuietly(() -> window.getScene().getWidth());

        // when F5 is pressed
        robot.type(KeyCode.F5);
        waitFor(() -> onFxQuietly(() -> scale() > 1.0));

        // then the whole window, canvases included, is drawn 1.6× and laid out to fit the scene
        // (or a little less where the window cannot hold its content at 1.6×: Presentation.scaleFor)
        assertThat(onFxQuietly(this::scale)).isGreaterThan(1.0).isLessThanOrEqualTo(Presentation.SCALE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFxQuietly(() -> window.getWidth() * scale())).isCloseTo(sceneWidth, within(1.0));
        assertThat(onFxQuietly(() -> window.getStyleClass().contains("presentation"))).isTrue();

        // and the side panel is folded to a strip, while → still steps
        waitFor(() -> onFxQuietly(() -> robot.lookup("#showSidePanel").tryQuery().isPresent()
                && robot.lookup("#learningRateSlider").tryQuery().isEmpty()));
        robot.type(KeyCode.RIGHT);
        waitFor(() -> onFxQuietly(() -> experiment.snapshotProperty().get().primary().step() == 1));

        // and the strip's button and F5 bring everything back
        robot.clickOn("#showSidePanel");
        waitFor(() -> onFxQuietly(() -> robot.lookup("#learningRateSlider").tryQuery().isPresent()));
        robot.type(KeyCode.F9);
        waitFor(() -> onFxQuietly(() -> robot.lookup("#learningRateSlider").tryQuery().isEmpty()));
        robot.type(KeyCode.F9);
        waitFor(() -> onFxQuietly(() -> robot.lookup("#learningRateSlider").tryQuery().isPresent()));
        robot.type(KeyCode.F5);
        waitFor(() -> onFxQuietly(() -> scale() == 1.0 && !window.getStyleClass().contains("presentation")));
    }

    private double scale() {
        Transform t = window.getLocalToParentTransform();
        return t.getMxx();
    }

    @Test
    void at1280x720InCompareModeTheMapKeepsRoomOnTheScreen() throws Exception {
        // given the window at 1280 × 720 comparing batch sizes after an epoch
        onFx(() -> {
            window.getScene().getWindow().setWidth(1280);
            window.getScene().getWindow().setHeight(720);
            experiment.compareProperty().set(true);
            return null;
        });
        waitFor(() -> onFxQuietly(() -> experiment.surfaceProperty().get() != null));
        onFx(() -> {
            experiment.stepEpoch();
            return null;
        });

        // when presentation mode is on
        onFx(() -> {
            window.presentationProperty().set(true);
            return null;
        });
        for (int i = 0; i < 3; i++) {
            FxWait.settle(window);
        }

        // then the map still draws in at least 140 × 140 screen px (the step explained took the column's height: 0)
        javafx.geometry.Rectangle2D map = onFx(() -> window.mapView().plotBounds());
        double s = onFxQuietly(this::scale);
        assertThat(map.getHeight() * s).as("map's plot height on the screen").isGreaterThanOrEqualTo(140);
        assertThat(map.getWidth() * s).as("map's plot width on the screen").isGreaterThanOrEqualTo(140);
    }

    @Test
    void at1024x768InCompareModeEveryPaneLiesInsideTheScene() throws Exception {
        // given the window at 1024 × 768 comparing batch sizes after an epoch
        onFx(() -> {
            window.getScene().getWindow().setWidth(1024);
            window.getScene().getWindow().setHeight(768);
            experiment.compareProperty().set(true);
            return null;
        });
        waitFor(() -> onFxQuietly(() -> experiment.surfaceProperty().get() != null));
        onFx(() -> {
            experiment.stepEpoch();
            return null;
        });

        // when presentation mode is on
        onFx(() -> {
            window.presentationProperty().set(true);
            return null;
        });
        for (int i = 0; i < 3; i++) {
            FxWait.settle(window);
        }

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

    /** Given the window at 1600 × 1000 in presentation mode, an epoch into the run. */
    private void presentingAt1600x1000() throws Exception {
        onFx(() -> {
            window.getScene().getWindow().setWidth(1600);
            window.getScene().getWindow().setHeight(1000);
            window.presentationProperty().set(true);
            return null;
        });
        waitFor(() -> onFxQuietly(() -> experiment.surfaceProperty().get() != null));
        onFx(() -> {
            experiment.stepEpoch();
            return null;
        });
        for (int i = 0; i < 3; i++) {
            FxWait.settle(window);
        }
    }

    @Test
    void everyCanvasHasThePixelsItCoversOnTheScreen() throws Exception {
        presentingAt1600x1000();

        // when the canvases shown are measured
        List<String> mismatched = onFx(() -> {
            List<Canvas> canvases = new ArrayList<>();
            collectCanvases(window, canvases);
            assertThat(canvases).hasSizeGreaterThan(10);
            List<String> found = new ArrayList<>();
            for (Canvas c : canvases) {
                Bounds b = c.localToScene(c.getLayoutBounds());
                if (Math.abs(c.getWidth() - b.getWidth()) > 1 || Math.abs(c.getHeight() - b.getHeight()) > 1) {
                    found.add(c.getClass().getSimpleName() + " in " + c.getParent().getClass().getSimpleName() + ": "
                            + c.getWidth() + " × " + c.getHeight() + " px over " + b.getWidth() + " × " + b.getHeight());
                }
            }
            return found;
        });

        // then each has its on-screen size in pixels, within 1 px
        assertThat(onFx(() -> window.getLocalToSceneTransform().getMxx())).isGreaterThan(1.5);
        assertThat(mismatched).isEmpty();
    }

    @Test
    void theMapsLinesAreAsSharpOnTheScreenAsOnItsCanvas() throws Exception {
        presentingAt1600x1000();

        // given the map's picture (colours and contour lines) as its canvas holds it, and the screen
        Canvas picture = onFx(() -> {
            List<Canvas> canvases = new ArrayList<>();
            collectCanvases(window.lookup("#costSurface") instanceof Parent p ? p : window, canvases);
            return canvases.stream().max(java.util.Comparator.comparingDouble(c -> c.getWidth() * c.getHeight())).orElseThrow();
        });
        WritableImage own = onFx(() -> {
            // its pixels one to one: the canvas' own scale to its parent undone
            SnapshotParameters raw = new SnapshotParameters();
            double pixels = picture.getWidth() / picture.getBoundsInParent().getWidth();
            raw.setTransform(new Scale(pixels, pixels));
            return picture.snapshot(raw, null);
        });
        WritableImage screen = onFx(() -> window.getScene().snapshot(null));
        Bounds b = onFx(() -> picture.localToScene(picture.getLayoutBounds()));

        // when each screen pixel of the plot is held against the canvas' pixel there
        PixelReader s = screen.getPixelReader();
        PixelReader o = own.getPixelReader();
        int x0 = (int) Math.round(b.getMinX());
        int y0 = (int) Math.round(b.getMinY());
        long same = 0;
        long count = 0;
        for (int y = 0; y < Math.min(own.getHeight(), b.getHeight()) - 1; y++) {
            for (int x = 0; x < Math.min(own.getWidth(), b.getWidth()) - 1; x++) {
                same += difference(s.getArgb(x0 + x, y0 + y), o.getArgb(x, y)) <= 8 ? 1 : 0;
                count++;
            }
        }

        // then the screen shows the canvas' pixels one to one, not its picture stretched with lines smeared over
        // 1.6 px: nearly all pixels alike (not the edges of lines, a fraction of a pixel off; not the paths and
        // labels drawn over the picture)
        assertThat(own.getWidth()).isCloseTo(b.getWidth(), within(1.0));
        assertThat((double) same / count).as("share of pixels alike").isGreaterThan(0.85);
    }

    private static int difference(int a, int b) {
        return (Math.abs((a >> 16 & 255) - (b >> 16 & 255)) + Math.abs((a >> 8 & 255) - (b >> 8 & 255))
                + Math.abs((a & 255) - (b & 255))) / 3;
    }

    private static void collectCanvases(Parent p, List<Canvas> out) {
        for (Node n : p.getChildrenUnmodifiable()) {
            if (!n.isVisible()) {
                continue;
            }
            if (n instanceof Canvas c) {
                if (c.getWidth() > 0 && c.getHeight() > 0 && c.getScene() != null) {
                    out.add(c);
                }
            } else if (n instanceof Parent q) {
                collectCanvases(q, out);
            }
        }
    }

    @Test
    void at1024x768InCompareModeTheChartsLabelsAreWhole() throws Exception {
        // given the window at 1024 × 768 comparing batch sizes, in presentation mode, on the epochs axis
        onFx(() -> {
            window.getScene().getWindow().setWidth(1024);
            window.getScene().getWindow().setHeight(768);
            experiment.compareProperty().set(true);
            window.presentationProperty().set(true);
            return null;
        });
        waitFor(() -> onFxQuietly(() -> experiment.surfaceProperty().get() != null));
        org.descentfx.ui.chart.CostChartView chart = robot.lookup("#costChart").queryAs(org.descentfx.ui.chart.CostChartView.class);
        onFx(() -> {
            chart.xAxisModeProperty().set(org.descentfx.ui.chart.CostChartView.XAxisMode.EPOCHS);
            return null;
        });
        for (int i = 0; i < 3; i++) {
            FxWait.settle(window);
        }
        assertThat(onFx(() -> window.getLocalToSceneTransform().getMxx())).isGreaterThan(1.2);

        // then the chart's plot leaves room below it, inside the chart, for the tick labels and the "epochs" title
        double roomBelow = new org.descentfx.ui.plot.PlotFrame().roomBelow();
        assertThat(onFx(() -> chart.plotBounds().getMaxY() + roomBelow)).isLessThanOrEqualTo(onFx(chart::getHeight) + 0.5);
        assertThat(onFx(() -> chart.plotBounds().getHeight())).isGreaterThanOrEqualTo(39.0);
        // and no pane over or under it hides its bottom: it ends above the timeline
        double chartBottom = onFx(() -> chart.localToScene(chart.getLayoutBounds()).getMaxY());
        double timelineTop = onFx(() -> {
            Node t = window.lookup("#timelineSlider");
            return t.localToScene(t.getLayoutBounds()).getMinY();
        });
        assertThat(chartBottom).isLessThanOrEqualTo(timelineTop);

        // and the first-order check's box shows its label whole, inside the scene
        javafx.scene.control.CheckBox check = robot.lookup("#costChartFirstOrder").queryAs(javafx.scene.control.CheckBox.class);
        String shown = onFx(() -> ((javafx.scene.text.Text) check.lookup(".text")).getText());
        assertThat(shown).isEqualTo(onFx(check::getText)).startsWith("Eq. (3)");
        Bounds box = onFx(() -> check.localToScene(check.getLayoutBounds()));
        assertThat(box.getMaxX()).isLessThanOrEqualTo(onFx(() -> window.getScene().getWidth()) + 1);
    }
}
