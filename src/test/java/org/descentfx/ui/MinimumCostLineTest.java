package org.descentfx.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.descentfx.ui.FxWait.onFx;
import static org.descentfx.ui.FxWait.onFxQuietly;
import static org.descentfx.ui.FxWait.waitFor;

import javafx.scene.control.ComboBox;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.Model;
import org.descentfx.core.model.SigmoidNeuron;
import org.descentfx.ui.chart.CostChartView;
import org.descentfx.ui.experiment.Experiment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The cost chart names the valley's least C with a dotted line, so "within 1% of the minimum" can
 * be read off it: for the linear neuron the least-squares fit's C, worked out here from the data's
 * sums; for the sigmoid neuron, whose floor is not known in closed form, no line.
 */
class MinimumCostLineTest {
    private final FxRobot robot = new FxRobot();
    private DescentApp app;
    private Experiment experiment;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (DescentApp) FxToolkit.setupApplication(DescentApp.class);
        experiment = app.window().experiment();
        waitFor(() -> experiment.snapshotProperty().get() != null && experiment.surfaceProperty().get() != null);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void theLinearNeuronsChartHasTheLeastSquaresCAndTheSigmoidsNone() throws Exception {
        CostChartView chart = robot.lookup("#costChart").queryAs(CostChartView.class);
        Dataset data = onFx(() -> experiment.datasetProperty().get());
        assertThat(onFx(chart::minimumCost)).isCloseTo(leastSquaresCost(data), org.assertj.core.data.Offset.offset(1e-9));

        onFx(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Model> models = (ComboBox<Model>) robot.lookup("#modelChoice").query();
            models.setValue(SigmoidNeuron.INSTANCE);
            return null;
        });
        waitFor(() -> Double.isNaN(onFxQuietly(chart::minimumCost)));
    }

    /** C of Eq. (1) at w = Sxy/Sxx, b = ȳ − w·x̄. */
    private static double leastSquaresCost(Dataset d) {
        int n = d.size();
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += d.x(i) / n;
            my += d.y(i) / n;
        }
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (d.x(i) - mx) * (d.x(i) - mx);
            sxy += (d.x(i) - mx) * (d.y(i) - my);
        }
        double w = sxy / sxx;
        double b = my - w * mx;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double e = d.y(i) - (w * d.x(i) + b);
            sum += e * e;
        }
        return sum / (2 * n);
    }
}
