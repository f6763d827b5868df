package org.descentfx.ui.valley;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Point3D;
import javafx.geometry.Rectangle2D;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.data.Moments;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.model.Model;
import org.descentfx.core.surface.CostGrid;
import org.descentfx.core.surface.CostSurface;
import org.descentfx.core.surface.Minimum;
import org.descentfx.core.surface.Window;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Point;
import org.descentfx.core.train.Run;
import org.descentfx.core.train.UpdateRule;
import org.descentfx.engine.GeometricPath;
import org.descentfx.engine.PathRebuilder;
import org.descentfx.engine.PathScale;
import org.descentfx.engine.ReplayPlan;
import org.descentfx.engine.TraceHistory;
import org.descentfx.ui.map.DrawnDistance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The 3D trail never draws a false chord: after a run of 10⁵ steps, whose history the window has
 * thinned, every true point (an exact replay is the oracle), laid on the valley as the ball would
 * be, projects within 1.5 pixels of the trail's projection, at the default view and closer in.
 * Pure geometry: the camera's sums are {@link ValleyProjection}'s. Before the trail was thinned for
 * the view's own pixels, the farthest true point lay 18–46 px from it at the default view.
 */
class ValleyTrailTruthTest {
    private static final double BOUND_PX = 1.5;
    private static final Point START = new Point(-1, -3);
    private static final Model MODEL = LinearNeuron.INSTANCE;
    private static final long SEED = 3;
    private static final long STEPS = 100_000;
    private static Dataset data;
    private static ValleyMesh mesh;
    private static double curvature;
    private static Point floor;

    /**
     * The runs of the issue; η of full batch near and just beyond 2/λ, the stability limit. The
     * divergent one starts near the floor, so that its zig-zag grows across the valley in view.
     */
    enum Descent {
        STOCHASTIC(0.02, 1, false), MINI_BATCH(0.05, 10, false), FULL_BATCH(1.7, 100, false),
        DIVERGENT(2.001, 100, true);

        final double eta;
        final int m;
        final boolean nearFloor;

        Descent(double eta, int m, boolean nearFloor) {
            this.eta = eta;
            this.m = m;
            this.nearFloor = nearFloor;
        }

        Point start() {
            return nearFloor ? new Point(floor.w() + 0.01, floor.b() - 0.02) : START;
        }

        Hyperparameters hyperparameters() {
            return new Hyperparameters(m == 100 ? eta / curvature : eta, m);
        }
    }

    /** Where the valley is seen from, and how large its pane is. */
    enum View {
        DEFAULT(760, 560, ValleyCamera.DEFAULT_DISTANCE), CLOSER(600, 540, ValleyCamera.MIN_DISTANCE);

        final double width;
        final double height;
        final double distance;

        View(double width, double height, double distance) {
            this.width = width;
            this.height = height;
            this.distance = distance;
        }

        ValleyProjection projection() {
            ValleyCamera camera = new ValleyCamera();
            camera.setDistance(distance);
            return ValleyProjection.of(camera, width, height);
        }
    }

    @BeforeAll
    static void valley() throws Exception {
        data = BuiltInDatasets.load("noisy-line");
        floor = Minimum.of(MODEL, data, START);
        Window window = Window.around(floor, START, 0.35, 1.0);
        CostGrid grid = CostSurface.compute(MODEL, data, window, 256, 256);
        mesh = ValleyMesh.of(grid, true);
        Moments m = data.moments();
        double a = m.sxx() / m.n() + m.meanX() * m.meanX();
        double b = m.meanX();
        curvature = 0.5 * (a + 1) + Math.sqrt(0.25 * (a - 1) * (a - 1) + b * b);
    }

    @ParameterizedTest(name = "{0}, {1} view")
    @EnumSource(Descent.class)
    void everyTruePointProjectsWithinOneAndAHalfPixelsOfTheTrail(Descent descent) {
        for (View view : View.values()) {
            check(descent, view);
        }
    }

    private static void check(Descent descent, View view) {
        // given: a run of 10⁵ steps, kept as the window keeps it
        Hyperparameters h = descent.hyperparameters();
        TraceHistory history = new TraceHistory();
        Run run = new Run(data, MODEL, descent.start(), h, SEED);
        history.append(0, 0, run.w(), run.b(), Double.NaN, run.cost());
        while (run.step() < STEPS && run.stepMiniBatch()) {
            history.append(run.step(), run.examplesSeen(), run.w(), run.b(), run.lastBatchCost(), Double.NaN);
        }
        long steps = run.step();
        assertThat(history.size()).as("the history is thinned").isLessThan((int) steps);

        // when: the trail is laid for this view, its path rebuilt by replay where the history cannot serve it
        ValleyProjection projection = view.projection();
        List<List<Point3D>> trail = trail(history, projection, descent.start(), h, steps);

        // then: every true point inside the view projects within 1.5 px of the projected trail
        Rectangle2D viewport = new Rectangle2D(0, 0, projection.width(), projection.height());
        List<List<Point2D>> drawn = new ArrayList<>();
        for (List<Point3D> line : trail) {
            drawn.add(line.stream().map(projection::project).toList());
        }
        DrawnDistance distance = new DrawnDistance(drawn, viewport, 3 * BOUND_PX);
        Run truth = new Run(data, MODEL, descent.start(), h, SEED);
        double worst = 0;
        long worstStep = -1;
        long inside = 0;
        for (long k = 0; k <= steps; k++) {
            if (k > 0) {
                truth.stepMiniBatch();
            }
            Point3D p = mesh.above(truth.w(), truth.b(), ValleyView.TRAIL_LIFT);
            Point2D px = p == null ? null : projection.project(p);
            if (px != null && viewport.contains(px)) {
                inside++;
                double d = distance.to(px.getX(), px.getY());
                if (d > worst) {
                    worst = d;
                    worstStep = k;
                }
            }
        }
        System.out.printf("%s %s: %d of %d true points in view, farthest %.3f px (step %d)%n",
                descent, view, inside, steps + 1, worst, worstStep);
        assertThat(inside).isGreaterThan(steps / 10);
        assertThat(worst).as("%s, %s view: the farthest true point (step %d) from the trail, in px", descent, view, worstStep)
                .isLessThanOrEqualTo(BOUND_PX);
    }

    /** The trail as the view lays it: its path rebuilt by exact replay when the history asks for one, as the window's is. */
    private static List<List<Point3D>> trail(TraceHistory history, ValleyProjection projection, Point start,
                                             Hyperparameters h, long steps) {
        TrailScale scale = TrailScale.of(mesh, projection);
        GeometricPath path = ValleyTrail.pathFor(history, scale);
        if (path == null) {
            GeometricPath rebuilt = PathRebuilder.replay(data, MODEL, start, SEED, UpdateRule.SGD,
                    new ReplayPlan(h, List.of(), steps), scale.path());
            assertThat(history.adoptPath(ValleyTrail.PATH_VIEW, rebuilt)).isTrue();
            path = ValleyTrail.pathFor(history, scale);
        }
        assertThat(path.meetsBound()).isTrue();
        List<List<Point3D>> runs = ValleyTrail.runs(mesh, path, ValleyView.TRAIL_LIFT, scale.sag());
        System.out.printf("  k = %.0f path px per unit, sag %.4f, %d vertices, %d trail points%n",
                scale.path().widthPx() / ValleyMesh.SIZE, scale.sag(), path.size(), runs.stream().mapToInt(List::size).sum());
        return runs;
    }
}
