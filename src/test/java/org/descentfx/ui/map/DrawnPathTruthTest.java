package org.descentfx.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.model.Model;
import org.descentfx.core.surface.Minimum;
import org.descentfx.core.surface.Window;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Point;
import org.descentfx.core.train.Run;
import org.descentfx.core.train.RunState;
import org.descentfx.engine.GeometricPath;
import org.descentfx.engine.PathRebuilder;
import org.descentfx.engine.Replay;
import org.descentfx.engine.TraceHistory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The map never draws a false chord: after long runs, every true point of the run (an exact replay
 * is the oracle) lies within 1.5 px of the path the map strokes, at the window it shows and after
 * zooming in, with few vertices.
 */
class DrawnPathTruthTest {
    private static final double BOUND_PX = 1.5;
    private static final Point START = new Point(-1, 2);
    private static final long SEED = 42;
    private static final Model MODEL = LinearNeuron.INSTANCE;
    private static final Dataset DATA = noisyLine(100);

    static Stream<Arguments> runs() {
        return Stream.of(
                Arguments.of("stochastic", 0.05, 1, 1_000_000L),
                Arguments.of("mini-batch", 0.08, 10, 300_000L),
                Arguments.of("full batch", 0.1, 100, 100_000L),
                Arguments.of("divergent", 0.2, 10, 100_000L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void everyTruePointLiesWithinOneAndAHalfPixelsOfTheDrawnPath(String name, double eta, int m, long steps) {
        // given: a run as the window keeps it, drawn on the window that frames floor and start
        Hyperparameters h = new Hyperparameters(eta, m);
        MapFrame frame = MapFrame.of(Window.around(Minimum.of(MODEL, DATA, START), START, 0.35, 1.0), 1000, 760);
        TraceHistory history = new TraceHistory();
        history.pathFor(PathClip.scaleOf(frame));
        Run run = new Run(DATA, MODEL, START, h, SEED);
        record(history, run);
        while (run.step() < steps && run.state() == RunState.READY) {
            run.stepMiniBatch();
            record(history, run);
        }

        // then: at the window shown
        assertTruthDrawn(frame, history, h, run.step(), run.point());

        // when the learner zooms in 8 times around the minimum (the start, if it diverged), the path is
        // rebuilt by exact replay
        Point floor = run.state() == RunState.DIVERGED ? START : Minimum.of(MODEL, DATA, START);
        Window w = frame.window();
        double hw = w.width() / 16;
        double hb = w.height() / 16;
        MapFrame zoomed = MapFrame.of(new Window(floor.w() - hw, floor.w() + hw, floor.b() - hb, floor.b() + hb),
                1000, 760);
        if (history.pathFor(PathClip.scaleOf(zoomed)) == null) { // the history no longer holds every point
            GeometricPath rebuilt = PathRebuilder.replay(DATA, MODEL, START, SEED, org.descentfx.core.train.UpdateRule.SGD,
                    Replay.planOf(history, h, run.step()), PathClip.scaleOf(zoomed));
            assertThat(history.adoptPath(rebuilt)).isTrue();
        }

        // then: at the new scale too
        assertTruthDrawn(zoomed, history, h, run.step(), run.point());
    }

    private static void assertTruthDrawn(MapFrame frame, TraceHistory history, Hyperparameters h, long steps,
                                         Point current) {
        GeometricPath path = history.pathFor(PathClip.scaleOf(frame));
        assertThat(path).isNotNull();
        assertThat(path.meetsBound()).isTrue();
        PathClip.Recorder pen = new PathClip.Recorder();
        PathClip.draw(pen, frame, path, current);
        DrawnDistance drawn = new DrawnDistance(pen.polylines(), frame.plot(), 3 * BOUND_PX);
        Run truth = new Run(DATA, MODEL, START, h, SEED);
        long inside = 0;
        double worst = 0;
        long worstStep = -1;
        for (long k = 0; k <= steps; k++) {
            if (k > 0) {
                truth.stepMiniBatch();
            }
            double x = frame.x(truth.w());
            double y = frame.y(truth.b());
            if (frame.plot().contains(x, y)) {
                inside++;
                double d = drawn.to(x, y);
                if (d > worst) {
                    worst = d;
                    worstStep = k;
                }
            }
        }
        assertThat(inside).isPositive();
        assertThat(worst).as("the farthest true point (step %d) from the drawn path, in px", worstStep)
                .isLessThanOrEqualTo(BOUND_PX);
        assertThat(path.size()).as("vertices").isLessThan(20_000);
    }

    private static void record(TraceHistory history, Run run) {
        history.append(run.step(), run.examplesSeen(), run.w(), run.b(), run.lastBatchCost(), Double.NaN);
    }

    /** y = 1.5 x − 2 plus Gaussian noise, x uniform in [2, 6]. */
    static Dataset noisyLine(int n) {
        Random random = new Random(7);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 2 + 4 * random.nextDouble();
            y[i] = 1.5 * x[i] - 2 + 0.3 * random.nextGaussian();
        }
        return Dataset.of("line", x, y);
    }
}
