package org.descentfx.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.surface.Window;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Point;
import org.descentfx.core.train.Run;
import org.descentfx.engine.GeometricPath;
import org.descentfx.engine.PathRebuilder;
import org.descentfx.engine.Replay;
import org.descentfx.engine.TraceHistory;
import org.descentfx.ui.plot.RunColors;
import org.descentfx.ui.plot.Trace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The map strokes only the new part of each path per frame, and the picture is the one a full redraw
 * gives: the runs stacked in order, each one's halo under its own colour, and every true point
 * within 1.5 px of what is drawn.
 */
@ExtendWith(ApplicationExtension.class)
class IncrementalPathTest {
    private static final Window WINDOW = new Window(-3, 5, -2, 4);
    private static final double WIDTH = 700;
    private static final double HEIGHT = 560;
    /** Full batch first (at the bottom), then the mini-batch run over it. */
    private static final Color LOWER = RunColors.FULL_BATCH;
    private static final Color UPPER = RunColors.MINI_BATCH;
    private static final int FRAMES = 100;
    private static final int POINTS_PER_FRAME = 30;

    private CostMapView incremental;
    private CostMapView whole;

    @Start
    void start(Stage stage) {
        incremental = sized(new CostMapView());
        whole = sized(new CostMapView());
        stage.setScene(new Scene(new HBox(incremental, whole), 2 * WIDTH, HEIGHT));
        stage.show();
    }

    private static CostMapView sized(CostMapView view) {
        view.setMinSize(WIDTH, HEIGHT);
        view.setPrefSize(WIDTH, HEIGHT);
        view.setMaxSize(WIDTH, HEIGHT);
        view.setWindow(WINDOW);
        view.showSurface(CostMapPixels.paraboloid(WINDOW), List.of());
        return view;
    }

    @Test
    void aPathDrawnAFewVerticesAFrameLooksAsOneDrawnWhole(FxRobot robot) {
        // given: the lower run crosses its own older line and, late, the upper run's older line
        Point[] lowerWay = {new Point(-1, 2.5), new Point(-1, -1), new Point(-2.5, -1), new Point(-2.5, 0),
            new Point(4.5, 0)};
        Point[] upperWay = {new Point(1, 3.5), new Point(1, -1.5), new Point(3, 2)};
        TraceHistory lower = new TraceHistory();
        TraceHistory upper = new TraceHistory();
        Random jitter = new Random(3);
        int total = FRAMES * POINTS_PER_FRAME;

        // when: the points arrive a frame's worth at a time, and the map paints after each frame
        for (int frame = 0; frame < FRAMES; frame++) {
            int from = frame * POINTS_PER_FRAME;
            robot.interact(() -> {
                for (int k = from; k < from + POINTS_PER_FRAME; k++) {
                    append(lower, k, along(lowerWay, k / (total - 1.0)), jitter);
                    // the upper run reaches its last leg early, then goes round a circle there, over its own line for a while
                    double t = Math.min(1, 3.0 * k / total);
                    Point p = along(upperWay, t);
                    if (t == 1) {
                        double a = k / 250.0;
                        p = new Point(p.w() + 0.5 * Math.cos(a) - 0.5, p.b() + 0.5 * Math.sin(a));
                    }
                    append(upper, k, p, jitter);
                }
                incremental.showTraces(traces(lower, upper));
                incremental.layout();
            });
        }
        robot.interact(() -> {
            whole.showTraces(traces(lower, upper));
            whole.layout();
        });
        Image drawn = CostMapPixels.snapshot(incremental);
        Image redrawn = CostMapPixels.snapshot(whole);

        // then: the paths were stroked a frame at a time, never again in full
        PathLayer first = incremental.traceLayers().layer(0);
        PathLayer second = incremental.traceLayers().layer(1);
        assertThat(first.redraws()).isEqualTo(1);
        assertThat(second.redraws()).isEqualTo(1);
        assertThat(first.strokes()).isGreaterThan(FRAMES / 4);

        // and the picture is the full redraw's, but for the anti-aliased edge where two strokes meet or overlap:
        // there the edge pixels' coverage adds up, a little more of the line's colour or of the halo's white
        // (one line drawn over another, or white over a line, differs by some 300)
        double[] difference = difference(drawn, redrawn, 48);
        assertThat(difference[0]).as("the largest difference between two pixels").isLessThan(200);
        assertThat(difference[1]).as("pixels that differ").isLessThan(4 * (first.strokes() + second.strokes()));

        // and the upper run lies over the lower where the lower's new line crossed the upper's old one, its white
        // halo (2.25 px wide each side, its colour 1.1 px) cutting the lower line on either side
        Point2D cross = incremental.toPixel(new Point(1, 0));
        assertThat(CostMapPixels.nearestDistance(drawn, cross, UPPER, 0)).isLessThan(40);
        assertThat(CostMapPixels.nearestDistance(drawn, cross.add(1.6, 0), Color.WHITE, 0)).isLessThan(120);
        assertThat(CostMapPixels.nearestDistance(drawn, cross.add(-1.6, 0), Color.WHITE, 0)).isLessThan(120);
        // and the lower run's new halo does not cut its own older line
        Point2D self = incremental.toPixel(new Point(-1, 0));
        assertThat(CostMapPixels.nearestDistance(drawn, self.add(0, 2), LOWER, 0)).isLessThan(40);
        assertThat(CostMapPixels.nearestDistance(drawn, self.add(0, -2), LOWER, 0)).isLessThan(40);
    }

    @Test
    void everyTruePointLiesWithinOneAndAHalfPixelsOfThePathDrawnFrameByFrame(FxRobot robot) {
        // given: a stochastic run (m = 1) as the window receives it, 200 steps a frame
        Dataset data = DrawnPathTruthTest.noisyLine(100);
        Hyperparameters h = new Hyperparameters(0.05, 1);
        Point start = new Point(-1, 2);
        Run run = new Run(data, LinearNeuron.INSTANCE, start, h, 42);
        TraceHistory history = new TraceHistory();
        Window window = new Window(-1.5, 2.5, -2.5, 2.5);
        robot.interact(() -> incremental.setWindow(window));

        // when
        for (int frame = 0; frame < 150; frame++) {
            robot.interact(() -> {
                for (int k = 0; k < 200; k++) {
                    history.append(run.step(), run.examplesSeen(), run.w(), run.b(), run.lastBatchCost(), Double.NaN);
                    run.stepMiniBatch();
                }
                incremental.showTraces(List.of(trace(history, UPPER, run)));
                incremental.layout();
            });
        }
        robot.interact(() -> {
            history.append(run.step(), run.examplesSeen(), run.w(), run.b(), run.lastBatchCost(), Double.NaN);
            incremental.showTraces(List.of(trace(history, UPPER, run)));
            incremental.layout();
        });

        // then
        assertThat(incremental.traceLayers().layer(0).redraws()).isEqualTo(1);
        assertTruthDrawn(data, h, start, run.step());

        // when: zoomed in 8 times around the floor, the path rebuilt by exact replay for the new scale
        Point floor = new Point(run.w(), run.b());
        Window zoomed = new Window(floor.w() - 0.25, floor.w() + 0.25, floor.b() - 0.3125, floor.b() + 0.3125);
        robot.interact(() -> {
            incremental.setWindow(zoomed);
            incremental.layout();
            GeometricPath rebuilt = PathRebuilder.replay(data, LinearNeuron.INSTANCE, start, 42,
                    org.descentfx.core.train.UpdateRule.SGD, Replay.planOf(history, h, run.step()),
                    incremental.pathScale());
            assertThat(history.adoptPath(rebuilt)).isTrue();
            incremental.showTraces(List.of(trace(history, UPPER, run)));
            incremental.layout();
        });

        // then: drawn again in full, and as true
        assertThat(incremental.traceLayers().layer(0).redraws()).isGreaterThan(1);
        assertTruthDrawn(data, h, start, run.step());
    }

    private void assertTruthDrawn(Dataset data, Hyperparameters h, Point start, long steps) {
        List<List<Point2D>> pixels = new ArrayList<>();
        for (List<Point> line : incremental.drawnPaths().get(0)) {
            pixels.add(line.stream().map(incremental::toPixel).toList());
        }
        var plot = incremental.plotArea();
        DrawnDistance drawn = new DrawnDistance(pixels, plot, 4.5);
        Run truth = new Run(data, LinearNeuron.INSTANCE, start, h, 42);
        double worst = 0;
        long inside = 0;
        for (long k = 0; k <= steps; k++) {
            if (k > 0) {
                truth.stepMiniBatch();
            }
            Point2D p = incremental.toPixel(new Point(truth.w(), truth.b()));
            if (plot.contains(p)) {
                inside++;
                worst = Math.max(worst, drawn.to(p.getX(), p.getY()));
            }
        }
        assertThat(inside).isGreaterThan(steps / 2);
        assertThat(worst).as("the farthest true point from the drawn path, in px").isLessThanOrEqualTo(1.5);
    }

    private static Trace trace(TraceHistory history, Color color, Run run) {
        return new Trace("run", color, history, new Point(run.w(), run.b()), null, true, false);
    }

    private static List<Trace> traces(TraceHistory lower, TraceHistory upper) {
        return List.of(new Trace("full batch", LOWER, lower, last(lower), null, true, false),
                new Trace("mini-batch", UPPER, upper, last(upper), null, true, false));
    }

    private static Point last(TraceHistory h) {
        return new Point(h.w(h.size() - 1), h.b(h.size() - 1));
    }

    private static void append(TraceHistory h, long step, Point p, Random jitter) {
        h.append(step, step, p.w() + 0.004 * jitter.nextGaussian(), p.b() + 0.004 * jitter.nextGaussian(), 1, 1);
    }

    /** The point a fraction t of the way along the polyline through {@code way}, by length. */
    private static Point along(Point[] way, double t) {
        double total = 0;
        for (int i = 1; i < way.length; i++) {
            total += Math.hypot(way[i].w() - way[i - 1].w(), way[i].b() - way[i - 1].b());
        }
        double left = t * total;
        for (int i = 1; i < way.length; i++) {
            double leg = Math.hypot(way[i].w() - way[i - 1].w(), way[i].b() - way[i - 1].b());
            if (left <= leg || i == way.length - 1) {
                double s = Math.min(1, left / leg);
                return new Point(way[i - 1].w() + s * (way[i].w() - way[i - 1].w()),
                        way[i - 1].b() + s * (way[i].b() - way[i - 1].b()));
            }
            left -= leg;
        }
        return way[way.length - 1];
    }

    /** The largest RGB distance (0–441) between two pixels at one place, and how many lie farther apart than {@code tolerance}. */
    private static double[] difference(Image a, Image b, double tolerance) {
        double largest = 0;
        long count = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                double d = CostMapPixels.distance(a.getPixelReader().getArgb(x, y), b.getPixelReader().getColor(x, y));
                largest = Math.max(largest, d);
                count += d > tolerance ? 1 : 0;
            }
        }
        return new double[] {largest, count};
    }
}
