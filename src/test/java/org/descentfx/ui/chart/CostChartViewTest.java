package org.descentfx.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.descentfx.ui.plot.TestTraces.BLUE;
import static org.descentfx.ui.plot.TestTraces.RED;
import static org.descentfx.ui.plot.TestTraces.falling;
import static org.descentfx.ui.plot.TestTraces.fx;
import static org.descentfx.ui.plot.TestTraces.history;
import static org.descentfx.ui.plot.TestTraces.pixelsNear;
import static org.descentfx.ui.plot.TestTraces.snapshot;
import static org.descentfx.ui.plot.TestTraces.trace;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.controlsfx.control.SegmentedButton;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Point;
import org.descentfx.engine.TestChunks;
import org.descentfx.engine.TraceHistory;
import org.descentfx.ui.chart.CostChartView.XAxisMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.descentfx.ui.plot.TestTraces;
import org.descentfx.ui.plot.Trace;

@ExtendWith(ApplicationExtension.class)
class CostChartViewTest {
    private CostChartView chart;

    @Start
    void start(Stage stage) {
        chart = new CostChartView();
        stage.setScene(new Scene(new StackPane(chart), 800, 500));
        stage.show();
    }

    @Test
    void takesItsNodeId() {
        assertThat(chart.getId()).isEqualTo("costChart");
    }

    @Test
    void gainsPointsAsTheRunGoesOn() throws Exception {
        // given a run of 100 steps on the chart
        TraceHistory h = falling(100);
        List<Trace> traces = List.of(trace("SGD", RED, h, Point.ORIGIN));
        int before = fx(() -> {
            chart.show(traces, 100);
            return chart.plottedPointCount();
        });

        // when 100 more steps arrive
        TestTraces.append(h, 100, 200, TestTraces::fallingCost, TestTraces::fallingCost);
        int after = fx(() -> {
            chart.show(traces, 100);
            return chart.plottedPointCount();
        });

        // then C (100 points) and C_X (99: none at the start) are plotted, and more after
        assertThat(before).isEqualTo(199);
        assertThat(after).isGreaterThan(before);
    }

    @Test
    void logScalePlotsOnlyPositiveCosts() throws Exception {
        // given a cost that is exactly 0 on every other step, and no mini-batch cost
        TraceHistory h = history(100, i -> i % 2 == 0 ? 0 : 1.0 / (i + 1), i -> Double.NaN);
        List<Trace> traces = List.of(trace("run", RED, h, Point.ORIGIN));

        int linear = fx(() -> {
            chart.show(traces, 100);
            return chart.plottedPointCount();
        });
        int log = fx(() -> {
            chart.logScaleProperty().set(true);
            return chart.plottedPointCount();
        });

        assertThat(linear).isEqualTo(100);
        assertThat(log).isEqualTo(50);
    }

    @ParameterizedTest
    @CsvSource({"STEPS, 99", "EXAMPLES, 990", "EPOCHS, 9.9"})
    void xAxisCountsStepsExamplesOrEpochs(XAxisMode mode, double expectedEnd) throws Exception {
        // given 100 steps of m = 10 on n = 100 examples: epochs = examples seen / n
        List<Trace> traces = List.of(trace("run", RED, falling(100), Point.ORIGIN));

        double end = fx(() -> {
            chart.show(traces, 100);
            chart.xAxisModeProperty().set(mode);
            return chart.xAxisMax();
        });

        assertThat(end).isCloseTo(expectedEnd, within(1e-9));
    }

    @Test
    void decimationKeepsAtMostTwoPointsPerPixelColumn() throws Exception {
        // given 8,000 noisy steps on a chart 400 px wide
        TraceHistory h = history(8000, i -> 1 + 0.5 * Math.sin(i * 0.9), i -> 1 + 0.8 * Math.cos(i * 1.3));
        List<Trace> traces = List.of(trace("run", RED, h, Point.ORIGIN));

        int plotted = fx(() -> {
            chart.setMaxWidth(400);
            chart.getParent().layout();
            chart.show(traces, 100);
            return chart.plottedPointCount();
        });

        // then two series of at most two points per column of a plot narrower than 400 px
        assertThat(chart.getWidth()).isEqualTo(400);
        assertThat(plotted).isPositive().isLessThanOrEqualTo(2 * 2 * 400);
    }

    @Test
    void drawsEachTraceInItsColour() throws Exception {
        int emptyRed = pixelsNear(snapshot(chart), RED);
        List<Trace> traces = List.of(trace("full batch", RED, falling(200), Point.ORIGIN),
                trace("SGD", BLUE, falling(150), Point.ORIGIN));

        fx(() -> {
            chart.show(traces, 100);
            return null;
        });
        var image = snapshot(chart);

        assertThat(emptyRed).isZero();
        assertThat(pixelsNear(image, RED)).isGreaterThan(150);
        assertThat(pixelsNear(image, BLUE)).isGreaterThan(150);
    }

    @Test
    void marksWhereTheLearningRateChanged() throws Exception {
        // given a run whose η changed at step 120, and the same run without the change
        TraceHistory changed = falling(200);
        changed.append(TestChunks.change(120, 1200, new Hyperparameters(0.5, 10)));
        Color dash = Color.WHITE.interpolate(RED, 0.75);

        int without = markerPixels(List.of(trace("run", RED, falling(200), Point.ORIGIN)), 120, dash);
        int with = markerPixels(List.of(trace("run", RED, changed, Point.ORIGIN)), 120, dash);

        // then a dashed line in the run's colour runs down the column of step 120
        assertThat(without).isZero();
        assertThat(with).isGreaterThan(60);
    }

    private int markerPixels(List<Trace> traces, double step, Color colour) throws Exception {
        double sx = fx(() -> {
            chart.show(traces, 100);
            return chart.screenX(step);
        });
        WritableImage image = snapshot(chart);
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            count += TestTraces.near(image.getPixelReader().getColor((int) sx, y), colour) ? 1 : 0;
        }
        return count;
    }

    @Test
    void hiddenTracesAreNotPlotted() throws Exception {
        Trace hidden = new Trace("hidden", RED, falling(100), Point.ORIGIN, null, false, false);

        int plotted = fx(() -> {
            chart.show(List.of(hidden), 100);
            return chart.plottedPointCount();
        });

        assertThat(plotted).isZero();
    }

    @Test
    void clearEmptiesTheChart() throws Exception {
        int plotted = fx(() -> {
            chart.show(List.of(trace("run", RED, falling(100), Point.ORIGIN)), 100);
            chart.clear();
            return chart.plottedPointCount();
        });

        assertThat(plotted).isZero();
    }

    @ParameterizedTest(name = "log scale: {0}")
    @ValueSource(booleans = {false, true})
    void drawsThreeLongSeriesWithWorkBoundedByTheWidthNotTheLength(boolean log) throws Exception {
        // given three runs of 8,000 noisy steps each
        List<Trace> traces = List.of(
                trace("a", RED, history(8000, i -> 1 + Math.sin(i), i -> 1 + Math.cos(i)), Point.ORIGIN),
                trace("b", BLUE, history(8000, i -> 2 + Math.sin(i), i -> 2 + Math.cos(i)), Point.ORIGIN),
                trace("c", TestTraces.BLUE.darker(), history(8000, i -> 3 + Math.sin(i), i -> 3 + Math.cos(i)),
                        Point.ORIGIN));

        // when it is drawn
        double[] drawn = fx(() -> {
            chart.logScaleProperty().set(log);
            chart.show(traces, 100);
            return new double[] {chart.plottedPointCount(), chart.getWidth()};
        });

        // then what is drawn grows with the plot's pixel columns, not with the 48,000 points of the six
        // series (C and C_X of each run): the count is ColumnDecimator's, at most a column's highest and lowest
        // point, which keeps a frame within its budget (the time itself is measured by the benchmark ViewPaintCost).
        // 800 px wide, six series of two points a column stay under 48,000 / 4 (8,739 and 8,415 drawn, with the
        // legend's row above the plot and without: that row takes height, never columns)
        int points = (int) drawn[0];
        double columns = drawn[1];
        assertThat(points).isPositive();
        assertThat((double) points).isLessThanOrEqualTo(6 * 2 * columns);
        assertThat(points).isLessThan(48_000 / 4);
    }

    @Test
    void labelsWhatChanged() {
        Hyperparameters before = new Hyperparameters(0.02, 10);

        assertThat(CostChartAnnotations.changeText(null, before)).isEqualTo("η=0.02, m=10");
        assertThat(CostChartAnnotations.changeText(before, before.withLearningRate(0.5))).isEqualTo("η=0.5");
        assertThat(CostChartAnnotations.changeText(before, before.withMiniBatchSize(1))).isEqualTo("m=1");
    }

    @Test
    void theLegendCoversNoneOfASlowFullBatchCurve() throws Exception {
        // given, against epochs on a log axis, a short mini-batch run that fell fast and a full-batch run
        // that falls slowly, so that the full batch's curve runs high across the top of the plot
        TraceHistory fast = TestTraces.history(30, i -> Math.exp(-i / 5.0) + 1e-3, i -> Double.NaN);
        TraceHistory slow = TestTraces.history(200, i -> Math.exp(-i / 400.0), i -> Double.NaN);
        // and, as in the window, a full batch of two points only: one step, a straight line across the top
        TraceHistory twoPoints = new TraceHistory();
        twoPoints.append(0, 0, 0, 0, Double.NaN, 1.0);
        twoPoints.append(1, 1990, 0, 0, 0.9, 0.9);
        List<Trace> traces = List.of(trace("mini-batch", RED, fast, Point.ORIGIN),
                trace("full batch", TestTraces.BLUE, slow, Point.ORIGIN));

        // when the chart draws them
        javafx.geometry.Bounds legend = fx(() -> {
            chart.logScaleProperty().set(true);
            chart.xAxisModeProperty().set(XAxisMode.EPOCHS);
            chart.show(traces, 10);
            return chart.legendBounds();
        });

        // then the legend lies over no drawn column of the full batch's C, nor of the mini-batch's
        assertThat(fx(() -> CostChartAnnotations.covered(chart.line(1, false), legend))).isZero();
        assertThat(fx(() -> CostChartAnnotations.covered(chart.line(0, false), legend))).isZero();

        // and a full batch drawn as one straight step across the top is not hidden either
        List<Trace> withStep = List.of(trace("mini-batch", RED, fast, Point.ORIGIN),
                trace("full batch", TestTraces.BLUE, twoPoints, Point.ORIGIN));
        javafx.geometry.Bounds again = fx(() -> {
            chart.show(withStep, 10);
            return chart.legendBounds();
        });
        assertThat(fx(() -> CostChartAnnotations.covered(chart.line(1, false), again))).isZero();
    }

    @Test
    void aNarrowChartsLegendRowsSpanTheViewNotJustThePlot() throws Exception {
        // given three runs in a chart 420 px wide, as at 1280 × 720 in compare mode
        List<Trace> traces = List.of(trace("mini-batch (m = 10)", RED, falling(100), Point.ORIGIN),
                trace("full batch (m = 100)", BLUE, falling(100), Point.ORIGIN),
                trace("stochastic (m = 1)", TestTraces.BLUE.darker(), falling(100), Point.ORIGIN));

        // when it is drawn
        narrow();
        javafx.geometry.Bounds[] drawn = fx(() -> {
            chart.show(traces, 100);
            return new javafx.geometry.Bounds[] {chart.legendBounds(), chart.plotBounds(), chart.getLayoutBounds()};
        });

        // then the four entries take two rows, not three: above the plot they may start left of its axis
        assertThat(drawn[0].getHeight()).isLessThanOrEqualTo(2 * 19);
        assertThat(drawn[0].getMinX()).isLessThan(drawn[1].getMinX());
        assertThat(drawn[0].getMaxY()).isLessThanOrEqualTo(drawn[1].getMinY());
        assertThat(drawn[2].contains(drawn[0])).isTrue();
    }

    @Test
    void ghostsAreNamedInTheLegendsRowsAboveThePlotOnTheStepsAxisOnly() throws Exception {
        // given two runs and two ghosts with long names, the chart narrow enough that the entries wrap
        List<Trace> traces = List.of(trace("full batch", RED, falling(100), Point.ORIGIN),
                trace("mini-batch m = 10", BLUE, falling(100), Point.ORIGIN));
        List<org.descentfx.engine.Branch> ghosts = List.of(ghost(2, "a branch with a long name"), ghost(3, "another one"));

        // when it is drawn against steps
        narrow();
        javafx.geometry.Bounds[] drawn = fx(() -> {
            chart.xAxisModeProperty().set(XAxisMode.STEPS);
            chart.show(traces, 100);
            javafx.geometry.Bounds without = chart.legendBounds();
            chart.showGhosts(ghosts);
            chart.show(traces, 100);
            return new javafx.geometry.Bounds[] {without, chart.legendBounds(), chart.plotBounds()};
        });

        // then the legend names both ghosts, takes more rows for them, and still ends above the plot
        assertThat(fx(chart::ghostLegend)).containsExactly("ghost: a branch with a long name", "ghost: another one");
        assertThat(drawn[1].getHeight()).isGreaterThan(drawn[0].getHeight());
        assertThat(drawn[1].getMaxY()).isLessThanOrEqualTo(drawn[2].getMinY());
        assertThat(drawn[1].getMaxX()).isLessThanOrEqualTo(drawn[2].getMaxX());

        // and against epochs no ghost is drawn, so none is named
        fx(() -> {
            chart.xAxisModeProperty().set(XAxisMode.EPOCHS);
            chart.show(traces, 100);
            return null;
        });
        assertThat(fx(chart::ghostLegend)).isEmpty();
    }

    /** The stage 420 px wide, laid out at that width before the test draws. */
    private void narrow() throws Exception {
        fx(() -> {
            Stage stage = (Stage) chart.getScene().getWindow();
            stage.setMinWidth(0); // the primary stage is shared: a window test before this one may have set its minimum
            stage.setWidth(420);
            return null;
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        fx(() -> {
            chart.getScene().getRoot().layout();
            return null;
        });
        assertThat(fx(chart::getWidth)).isEqualTo(420.0);
    }

    private static org.descentfx.engine.Branch ghost(int id, String name) {
        long[] steps = {5, 6, 7};
        double[] zero = {0, 0, 0};
        double[] cost = {0.5, 0.4, 0.3};
        return new org.descentfx.engine.Branch(id, name, 5, 1, 7, false,
                new org.descentfx.engine.GhostPath(steps, zero, zero, cost));
    }

    @Test
    void toolbarDrivesTheChartsProperties() throws Exception {
        HBox bar = fx(() -> CostChartView.toolbarFor(chart));
        SegmentedButton axis = (SegmentedButton) bar.getChildren().get(0);
        CheckBox log = (CheckBox) bar.getChildren().get(1);
        ToggleButton epochs = axis.getButtons().get(1);

        fx(() -> {
            epochs.fire();
            log.fire();
            return null;
        });
        assertThat(chart.xAxisModeProperty().get()).isEqualTo(XAxisMode.EPOCHS);
        assertThat(chart.logScaleProperty().get()).isTrue();

        fx(() -> {
            chart.xAxisModeProperty().set(XAxisMode.EXAMPLES);
            epochs.fire();
            epochs.fire();
            return null;
        });
        assertThat(axis.getButtons().get(1).isSelected()).isTrue();
        assertThat(axis.getToggleGroup().getSelectedToggle()).isNotNull();
        assertThat(epochs.getTooltip().getText()).contains("one pass over all n training inputs");
    }

    @ParameterizedTest
    @ValueSource(strings = {"STEPS", "EPOCHS", "EXAMPLES"})
    void withTheFullBatchCxLiesOnC(String axis) throws Exception {
        // given a full-batch run of 60 steps: C_X of step k is C at the point before step k
        org.descentfx.core.data.Dataset data = org.descentfx.core.data.BuiltInDatasets.load("noisy-line");
        int n = data.size();
        org.descentfx.core.train.Run run = new org.descentfx.core.train.Run(data,
                org.descentfx.core.model.LinearNeuron.INSTANCE, new Point(-1, 2), new Hyperparameters(0.02, n), 1);
        TraceHistory h = new TraceHistory();
        h.append(0, 0, run.w(), run.b(), Double.NaN, run.cost());
        for (int k = 1; k <= 60; k++) {
            run.stepMiniBatch();
            h.append(run.step(), run.examplesSeen(), run.w(), run.b(), run.lastBatchCost(), run.cost());
        }

        // when it is drawn
        fx(() -> {
            chart.xAxisModeProperty().set(XAxisMode.valueOf(axis));
            chart.show(List.of(trace("full batch", RED, h, run.point())), n);
            chart.layout();
            return null;
        });

        // then the faint C_X line and the C line coincide, column by column (C has one more point, the newest)
        ColumnDecimator batch = chart.line(0, true);
        ColumnDecimator cost = chart.line(0, false);
        assertThat(batch.columns()).isGreaterThan(10);
        for (int k = 0; k < batch.columns() - 1; k++) {
            assertThat(batch.column(k)).isEqualTo(cost.column(k));
            assertThat(batch.firstY(k)).isCloseTo(cost.firstY(k), within(1e-6));
            assertThat(batch.top(k)).isCloseTo(cost.top(k), within(1e-6));
            assertThat(batch.bottom(k)).isCloseTo(cost.bottom(k), within(1e-6));
        }
    }
}
