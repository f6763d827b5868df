package org.descentfx.ui;

import static org.descentfx.ui.FxWait.onFx;
import static org.descentfx.ui.FxWait.onFxQuietly;
import static org.descentfx.ui.FxWait.waitFor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.descentfx.engine.OpeningExperiment;
import org.descentfx.ui.chart.CostChartView;
import org.descentfx.ui.data.DataPlotView;
import org.descentfx.ui.experiment.Experiment;
import org.descentfx.ui.map.CostMapView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Legends never cover data: on the map, its legend, κ and its buttons stand outside the plot; the
 * cost chart's legend and the data plot's formula box stand outside theirs; a fan's key keeps clear
 * of the C_X valley button. Checked in scene coordinates at the window sizes where they covered it.
 */
class LegendsClearOfDataTest {
    private DescentApp app;
    private MainWindow window;
    private Experiment experiment;

    private void open(int width, int height, boolean compare) throws Exception {
        DescentApp.request(new WindowSettings(OpeningExperiment.model(), OpeningExperiment.data(),
                OpeningExperiment.start(), OpeningExperiment.hyperparameters(), OpeningExperiment.seed(),
                OpeningExperiment.stepsPerSecond(), compare, true, false, false, null));
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
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void inCompareModeAt1024x768NoLegendCoversAPlot() throws Exception {
        // given: full batch, mini-batch and stochastic descent after an epoch
        open(1024, 768, true);
        onFx(() -> {
            experiment.stepEpoch();
            return null;
        });
        waitFor(() -> onFxQuietly(() -> experiment.snapshotProperty().get().primary().step() >= 10));
        FxWait.settle(window);

        // then the map's legend, κ and buttons lie outside its plot
        CostMapView map = window.mapView();
        Bounds mapPlot = onFx(() -> map.localToScene(box(map.plotArea())));
        for (String id : List.of("#mapLegend", "#conditionLabel", "#costMapFit", "#batchValleyToggle")) {
            Bounds b = onFx(() -> sceneBounds(map.lookup(id)));
            assertThat(b).as(id).isNotNull();
            assertThat(b.intersects(mapPlot)).as("%s %s over the map's plot %s", id, b, mapPlot).isFalse();
        }

        // and the chart's legend lies outside the plot its curves are drawn in, as does the data plot's title
        CostChartView chart = (CostChartView) window.lookup("#costChart");
        Bounds legend = onFx(() -> chart.localToScene(chart.legendBounds()));
        Bounds chartPlot = onFx(() -> chart.localToScene(chart.plotBounds()));
        assertThat(legend.intersects(chartPlot)).as("chart legend %s over %s", legend, chartPlot).isFalse();
        DataPlotView data = (DataPlotView) window.lookup("#dataPlot");
        Bounds title = onFx(() -> data.localToScene(data.titleBounds()));
        Bounds dataPlot = onFx(() -> data.localToScene(data.plotBounds()));
        assertThat(title.intersects(dataPlot)).as("data title %s over %s", title, dataPlot).isFalse();

        // and every one of them is inside its own view
        assertThat(onFx(() -> chart.localToScene(chart.getLayoutBounds())).contains(legend)).isTrue();
        assertThat(onFx(() -> data.localToScene(data.getLayoutBounds())).contains(title)).isTrue();
    }

    @Test
    void at1280x720TheFansKeyKeepsClearOfTheButtonsAndThePlot() throws Exception {
        // given
        open(1280, 720, false);

        // when a fan of seeds is run
        onFx(() -> {
            window.runSeedFan(5, 2);
            return null;
        });
        waitFor(() -> onFxQuietly(() -> window.seedFans().resultProperty().get() != null));
        FxWait.settle(window);

        // then its key, κ and the buttons do not overlap one another, nor the plot
        CostMapView map = window.mapView();
        Bounds mapPlot = onFx(() -> map.localToScene(box(map.plotArea())));
        List<String> ids = List.of("#mapLegend", "#conditionLabel", "#costMapFit", "#batchValleyToggle");
        List<Bounds> boxes = new ArrayList<>();
        for (String id : ids) {
            Bounds b = onFx(() -> sceneBounds(map.lookup(id)));
            assertThat(b).as(id).isNotNull();
            assertThat(b.intersects(mapPlot)).as("%s over the plot", id).isFalse();
            boxes.add(b);
        }
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).intersects(boxes.get(j)))
                        .as("%s %s and %s %s", ids.get(i), boxes.get(i), ids.get(j), boxes.get(j)).isFalse();
            }
        }
    }

    /** A visible node's box in scene coordinates, a hair smaller (anti-aliased edges may touch); null if hidden. */
    private static Bounds sceneBounds(Node n) {
        if (n == null || !n.isVisible()) {
            return null;
        }
        Bounds b = n.localToScene(n.getLayoutBounds());
        return new BoundingBox(b.getMinX() + 0.5, b.getMinY() + 0.5, b.getWidth() - 1, b.getHeight() - 1);
    }

    private static Bounds box(Rectangle2D r) {
        return new BoundingBox(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
    }
}
