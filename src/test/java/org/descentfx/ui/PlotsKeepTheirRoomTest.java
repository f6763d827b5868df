package org.descentfx.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.descentfx.ui.FxWait.onFx;
import static org.descentfx.ui.FxWait.onFxQuietly;
import static org.descentfx.ui.FxWait.waitFor;

import javafx.stage.Stage;
import org.descentfx.engine.OpeningExperiment;
import org.descentfx.ui.experiment.Experiment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;

/**
 * On a small screen every plot keeps a readable drawing area while the step explained stays open
 * below them (it scrolls in what is left). 140 px: at the default 12 px axis font that is room for
 * about five tick labels with a label's height between them, enough to read a trend and the ringed
 * examples of a mini-batch; less (the data plot had about 30 px at 1280 × 720) is a strip in which
 * the line and the points cannot be told apart.
 */
class PlotsKeepTheirRoomTest {
    /** The least height and width of a plot's drawing area, in pixels (see the class comment). */
    private static final double READABLE = 140;

    private DescentApp app;
    private MainWindow window;
    private Experiment experiment;

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @ParameterizedTest(name = "{0} × {1}")
    @CsvSource({"1280, 720", "1024, 768"})
    void inCompareModeEveryPlotHasRoomToRead(int width, int height) throws Exception {
        // given: compare mode, whose legends take the most rows, with the side panel and the step panel open
        DescentApp.request(new WindowSettings(OpeningExperiment.model(), OpeningExperiment.data(),
                OpeningExperiment.start(), OpeningExperiment.hyperparameters(), OpeningExperiment.seed(),
                OpeningExperiment.stepsPerSecond(), true, true, false, false, null));
        Stage stage = FxToolkit.registerPrimaryStage();
        app = (DescentApp) FxToolkit.setupApplication(DescentApp.class);
        window = app.window();
        experiment = window.experiment();
        onFx(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            return null;
        });
        waitFor(() -> onFxQuietly(() -> experiment.snapshotProperty().get() != null
                && experiment.surfaceProperty().get() != null));

        // when an epoch has been taken
        onFx(() -> {
            experiment.stepEpoch();
            return null;
        });
        waitFor(() -> onFxQuietly(() -> experiment.snapshotProperty().get().primary().step() >= 10));
        FxWait.settle(window);

        // then the map, the data plot and the cost chart each draw in at least READABLE × READABLE
        assertThat(onFx(() -> window.lookup("#stepPanel").isVisible()
                && ((javafx.scene.control.TitledPane) window.lookup("#stepPanel")).isExpanded()))
                .as("the step explained is open").isTrue();
        javafx.geometry.Rectangle2D map = onFx(() -> window.mapView().plotBounds());
        javafx.geometry.Bounds data = onFx(() -> window.dataPlotView().plotBounds());
        javafx.geometry.Bounds chart = onFx(() -> window.costChartView().plotBounds());
        assertThat(map.getHeight()).as("map's plot height").isGreaterThanOrEqualTo(READABLE);
        assertThat(map.getWidth()).as("map's plot width").isGreaterThanOrEqualTo(READABLE);
        assertThat(data.getHeight()).as("data plot's height").isGreaterThanOrEqualTo(READABLE);
        assertThat(data.getWidth()).as("data plot's width").isGreaterThanOrEqualTo(READABLE);
        assertThat(chart.getHeight()).as("cost chart's plot height").isGreaterThanOrEqualTo(READABLE);
        assertThat(chart.getWidth()).as("cost chart's plot width").isGreaterThanOrEqualTo(READABLE);

        // and the chart's toolbar lies whole inside its column (at 1024 × 768 "steps" was cut to "p")
        double[] bar = onFx(() -> {
            javafx.scene.Node log = window.lookup("#costChartLogScale");
            javafx.scene.layout.Region toolbar = (javafx.scene.layout.Region) log.getParent();
            javafx.scene.Node column = toolbar;
            while (!(column instanceof javafx.scene.control.SplitPane)) {
                column = column.getParent();
            }
            javafx.geometry.Bounds b = toolbar.localToScene(toolbar.getLayoutBounds());
            javafx.geometry.Bounds c = column.localToScene(column.getLayoutBounds());
            return new double[] {b.getMinX(), b.getMinX() + toolbar.prefWidth(-1), c.getMinX(), c.getMaxX()};
        });
        assertThat(bar[0]).as("toolbar's left edge").isGreaterThanOrEqualTo(bar[2] - 0.5);
        assertThat(bar[1]).as("toolbar's right end at its full width").isLessThanOrEqualTo(bar[3] + 0.5);
    }
}
