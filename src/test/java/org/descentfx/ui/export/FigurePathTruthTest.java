package org.descentfx.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.descentfx.ui.plot.TestTraces.fx;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.model.Model;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Point;
import org.descentfx.core.train.Run;
import org.descentfx.core.train.UpdateRule;
import org.descentfx.engine.PathRebuilder;
import org.descentfx.engine.ReplayPlan;
import org.descentfx.engine.TraceHistory;
import org.descentfx.ui.chart.CostChartView;
import org.descentfx.ui.map.DrawnDistance;
import org.descentfx.ui.map.MapFrame;
import org.descentfx.ui.plot.RunColors;
import org.descentfx.ui.plot.Trace;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * An exported figure never draws a false chord: after a long stochastic run, whose history the
 * window has thinned, every true point (an exact replay is the oracle) lies within 1.5 pixels of
 * the path the figure strokes, in the figure's own pixels, whatever the scale it is drawn at.
 */
@ExtendWith(ApplicationExtension.class)
class FigurePathTruthTest {
    private static final double BOUND_PX = 1.5;
    private static final Point START = new Point(-1, -3);
    private static final Model MODEL = LinearNeuron.INSTANCE;
    private static final long SEED = 3;
    private static final long STEPS = 200_000;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Pane(), 200, 100));
        stage.show();
    }

    @ParameterizedTest(name = "at scale {0}")
    @ValueSource(ints = {1, 3})
    void everyTruePointLiesWithinOneAndAHalfPixelsOfTheFiguresPath(int scale) throws Exception {
        // given: a stochastic run (m = 1) of 200 000 steps, kept as the window keeps it
        Dataset data = BuiltInDatasets.load("noisy-line");
        Hyperparameters h = new Hyperparameters(0.02, 1);
        TraceHistory history = new TraceHistory();
        Run run = new Run(data, MODEL, START, h, SEED);
        history.append(0, 0, run.w(), run.b(), Double.NaN, run.cost());
        while (run.step() < STEPS) {
            run.stepMiniBatch();
            history.append(run.step(), run.examplesSeen(), run.w(), run.b(), run.lastBatchCost(), Double.NaN);
        }
        assertThat(history.size()).as("the history is thinned").isLessThan(10_000);
        Trace trace = new Trace("stochastic (m = 1)", RunColors.STOCHASTIC, history, run.point(), null, true, false);
        Figure figure = new Figure(MODEL, data, Figure.frame(MODEL, data, START, List.of(history)), START,
                List.of(trace), CostChartView.XAxisMode.STEPS, false, null);

        // when: the map is drawn 760 × 600 layout pixels large, at the given scale, its path rebuilt by replay
        int width = 760 * scale;
        int height = 600 * scale;
        FigureRenderer.Rendered rendered = fx(() -> FigureRenderer.renderWithPaths(figure, FigureView.MAP,
                width, height, scale, (i, pathScale) -> PathRebuilder.replay(data, MODEL, START, SEED, UpdateRule.SGD,
                        new ReplayPlan(h, List.of(), STEPS), pathScale)));

        // then: in the figure's pixels, every true point inside the plot is within 1.5 px of the stroke
        MapFrame frame = MapFrame.of(figure.window(), 760, 600);
        List<List<Point2D>> drawn = new ArrayList<>();
        for (List<Point> line : rendered.paths().get(0)) {
            drawn.add(line.stream().map(p -> frame.toPixel(p).multiply(scale)).toList());
        }
        Rectangle2D plot = frame.plot();
        Rectangle2D plotPx = new Rectangle2D(plot.getMinX() * scale, plot.getMinY() * scale,
                plot.getWidth() * scale, plot.getHeight() * scale);
        DrawnDistance distance = new DrawnDistance(drawn, plotPx, 3 * BOUND_PX);
        Run truth = new Run(data, MODEL, START, h, SEED);
        double worst = 0;
        long worstStep = -1;
        long inside = 0;
        for (long k = 0; k <= STEPS; k++) {
            if (k > 0) {
                truth.stepMiniBatch();
            }
            Point2D px = frame.toPixel(truth.point()).multiply(scale);
            if (plotPx.contains(px)) {
                inside++;
                double d = distance.to(px.getX(), px.getY());
                if (d > worst) {
                    worst = d;
                    worstStep = k;
                }
            }
        }
        assertThat(inside).isGreaterThan(STEPS / 2);
        assertThat(worst).as("the farthest true point (step %d) from the figure's path, in its pixels", worstStep)
                .isLessThanOrEqualTo(BOUND_PX);
    }
}
