package org.descentfx.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.descentfx.ui.plot.TestTraces.RED;
import static org.descentfx.ui.plot.TestTraces.fx;
import static org.descentfx.ui.plot.TestTraces.trace;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.descentfx.core.train.Point;
import org.descentfx.engine.FirstOrderCheck;
import org.descentfx.engine.TraceHistory;
import org.descentfx.ui.plot.Trace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Steps that raised C are marked on the cost chart; the first-order check of Eq. (3) is a toggle of it. */
@ExtendWith(ApplicationExtension.class)
class FirstOrderChartTest {
    /** C per step: falls, rises at steps 3 and 6, falls. */
    private static final double[] COSTS = {10, 8, 6, 7, 5, 4, 4.5, 3, 2, 1.5};

    private CostChartView chart;

    @Start
    void start(Stage stage) {
        chart = new CostChartView();
        stage.setScene(new Scene(new VBox(CostChartView.toolbarFor(chart), chart), 800, 500));
        stage.show();
    }

    @Test
    void eachStepThatRaisedCIsMarkedWhereItsCostIs() throws Exception {
        // given
        TraceHistory h = new TraceHistory();
        for (int k = 0; k < COSTS.length; k++) {
            h.append(k, 10L * k, -k, k, Double.NaN, COSTS[k]);
        }
        List<Trace> traces = List.of(trace("SGD", RED, h, Point.ORIGIN));

        // when
        List<double[]> marks = fx(() -> {
            chart.show(traces, 10);
            return chart.raisedMarks();
        });

        // then: two marks, at steps 3 and 6 on their costs
        assertThat(marks).hasSize(2);
        double[] expected = fx(() -> new double[] {chart.screenX(3), chart.screenX(6)});
        assertThat(marks.get(0)[0]).isCloseTo(expected[0], within(1e-9));
        assertThat(marks.get(1)[0]).isCloseTo(expected[1], within(1e-9));
    }

    @Test
    void theToggleShowsPredictedAgainstActualChangesAndMarksTheRises(FxRobot robot) throws Exception {
        // given: three steps, the second of which raised C although Eq. (3) predicted a fall
        FirstOrderCheck.Series s = new FirstOrderCheck.Series(new long[] {1, 2, 3}, new long[] {10, 20, 30},
                new double[] {-2, -0.5, -0.25}, new double[] {-1.9, 0.1, -0.2});
        TraceHistory h = new TraceHistory();
        h.append(0, 0, 0, 0, Double.NaN, 1);

        // when: the check box is ticked
        robot.clickOn("#costChartFirstOrder");
        int plotted = fx(() -> {
            chart.show(List.of(trace("SGD", RED, h, Point.ORIGIN)), 10);
            chart.showFirstOrder(List.of(RED), List.of(s));
            return chart.plottedPointCount();
        });
        List<double[]> marks = fx(chart::firstOrderMarks);
        boolean on = fx(() -> chart.firstOrderProperty().get());

        // then: on a linear axis all six values are drawn, and the rise is marked
        assertThat(on).isTrue();
        assertThat(fx(() -> chart.logScaleProperty().get())).isFalse();
        assertThat(plotted).isEqualTo(6);
        assertThat(marks).hasSize(1);
        assertThat(marks.get(0)[0]).isCloseTo(fx(() -> chart.screenX(2)), within(1e-9));

        // when: log scale, then the check box again
        int logPlotted = fx(() -> {
            chart.logScaleProperty().set(true);
            return chart.plottedPointCount();
        });
        robot.clickOn("#costChartFirstOrder");

        // then: on a log axis only the five decreases (a rise is not one), and the toggle is off again
        assertThat(logPlotted).isEqualTo(5);
        assertThat(fx(() -> chart.firstOrderProperty().get())).isFalse();
        assertThat(robot.lookup("#costChartFirstOrder").queryAs(CheckBox.class).isSelected()).isFalse();
    }
}
