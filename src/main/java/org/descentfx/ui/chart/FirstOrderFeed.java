package org.descentfx.ui.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;
import org.descentfx.engine.FirstOrderCheck;
import org.descentfx.engine.TrainingSetup;
import org.descentfx.ui.plot.Trace;

/**
 * Feeds the cost chart's first-order check: one {@link FirstOrderCheck} per run, updated from the
 * runs' histories only while the check is shown (each new step costs passes over the n examples).
 * FX thread only.
 */
public final class FirstOrderFeed {
    private final CostChartView chart;
    private final List<FirstOrderCheck> checks = new ArrayList<>();

    public FirstOrderFeed(CostChartView chart) {
        this.chart = chart;
    }

    /** Called with the traces the chart was just given. */
    public void update(TrainingSetup setup, List<Trace> traces) {
        if (!chart.firstOrderProperty().get()) {
            return;
        }
        while (checks.size() < traces.size()) {
            checks.add(new FirstOrderCheck());
        }
        List<Color> colors = new ArrayList<>();
        List<FirstOrderCheck.Series> series = new ArrayList<>();
        for (int i = 0; i < traces.size(); i++) {
            Trace t = traces.get(i);
            if (t.visible() && t.history() != null) {
                colors.add(t.color());
                series.add(checks.get(i).update(setup.model(), setup.data(), t.history()));
            }
        }
        chart.showFirstOrder(colors, series);
    }
}
