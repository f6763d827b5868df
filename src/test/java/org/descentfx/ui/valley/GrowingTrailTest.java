package org.descentfx.ui.valley;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.collections.ArrayChangeListener;
import javafx.collections.ObservableFloatArray;
import javafx.scene.shape.TriangleMesh;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.surface.CostGrid;
import org.descentfx.core.surface.CostSurface;
import org.descentfx.core.surface.Minimum;
import org.descentfx.core.surface.Window;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Point;
import org.descentfx.core.train.Run;
import org.descentfx.engine.GeometricPath;
import org.descentfx.engine.PathScale;
import org.descentfx.engine.TraceHistory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * While training runs, the 3D trail grows instead of being laid again: after every frame its
 * tube is, number for number, the one {@link ValleyTrail#tube} builds from the whole path (so
 * {@code ValleyTrailTruthTest}'s 1.5 px bound holds for it too), and the frame wrote into the
 * mesh only the rings from the last one laid for good on.
 */
class GrowingTrailTest {
    private static final Point START = new Point(-1, -3);
    private static Dataset data;
    private static ValleyMesh mesh;
    private static TrailScale scale;

    @BeforeAll
    static void valley() throws Exception {
        data = BuiltInDatasets.load("noisy-line");
        Window window = Window.around(Minimum.of(LinearNeuron.INSTANCE, data, START), START, 0.35, 1.0);
        CostGrid grid = CostSurface.compute(LinearNeuron.INSTANCE, data, window, 128, 128);
        mesh = ValleyMesh.of(grid, true);
        scale = TrailScale.of(mesh, ValleyProjection.of(new ValleyCamera(), 760, 560));
    }

    @ParameterizedTest(name = "m = {0}, η = {1}, {2} steps a frame")
    @CsvSource({"1, 0.02, 7", "10, 0.05, 40", "100, 0.1, 3"})
    void eachFrameAddsOnlyTheNewRingsAndTheTubeIsTheWholePathsTube(int m, double eta, int stepsPerFrame) {
        // given: a run and the 3D view's path of its history
        TraceHistory history = new TraceHistory();
        Run run = new Run(data, LinearNeuron.INSTANCE, START, new Hyperparameters(eta, m), 1);
        history.append(0, 0, run.w(), run.b(), Double.NaN, run.cost());
        GeometricPath path = ValleyTrail.pathFor(history, scale);
        GrowingTrail trail = new GrowingTrail(mesh, path, ValleyView.TRAIL_LIFT, scale.sag(), ValleyView.TRAIL_RADIUS);
        TriangleMesh target = new TriangleMesh();
        int[] firstWritten = {Integer.MAX_VALUE};
        ObservableFloatArray points = target.getPoints();
        points.addListener((ArrayChangeListener<ObservableFloatArray>) (array, sizeChanged, from, to) -> {
            if (to > from) {
                firstWritten[0] = Math.min(firstWritten[0], from);
            }
        });
        int ring = 3 * ValleyTrail.SIDES;

        for (int frame = 0; frame < 150; frame++) {
            // when: a frame's steps arrive and the trail is laid
            for (int s = 0; s < stepsPerFrame; s++) {
                run.stepMiniBatch();
                history.append(run.step(), run.examplesSeen(), run.w(), run.b(), run.lastBatchCost(), Double.NaN);
            }
            assertThat(trail.grows(mesh, path, scale.sag())).as("frame %d", frame).isTrue();
            int before = points.size();
            firstWritten[0] = Integer.MAX_VALUE;
            trail.layOn(target);

            // then: the mesh holds the whole path's tube
            ValleyTrail.Tube whole = ValleyTrail.tube(
                    ValleyTrail.runs(mesh, path, ValleyView.TRAIL_LIFT, scale.sag()), ValleyView.TRAIL_RADIUS);
            assertThat(target.getPoints().toArray(null)).as("frame %d's points", frame).isEqualTo(whole.points());
            assertThat(target.getFaces().toArray(null)).as("frame %d's faces", frame).isEqualTo(whole.faces());
            // and what was there before, but for the open end's last rings and the ring it turned, stays untouched
            if (frame > 0 && firstWritten[0] != Integer.MAX_VALUE) {
                assertThat(firstWritten[0]).as("frame %d wrote from", frame)
                        .isGreaterThanOrEqualTo(Math.max(0, before - 64 * ring));
            }
        }
        assertThat(path.size()).as("vertices in the end").isGreaterThan(20);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"another path", "another sag"})
    void aTrailDoesNotGrowIntoAnotherPathOrSag(String change) {
        // given
        TraceHistory history = new TraceHistory();
        history.append(0, 0, -1, -3, Double.NaN, Double.NaN);
        history.append(1, 1, -0.5, -2.8, Double.NaN, Double.NaN);
        GeometricPath path = ValleyTrail.pathFor(history, scale);
        GrowingTrail trail = new GrowingTrail(mesh, path, ValleyView.TRAIL_LIFT, scale.sag(), ValleyView.TRAIL_RADIUS);
        trail.layOn(new TriangleMesh());

        // then
        GeometricPath other = new GeometricPath(new PathScale(mesh.grid().window(), 300, 300));
        boolean grows = change.equals("another path") ? trail.grows(mesh, other, scale.sag())
                : trail.grows(mesh, path, scale.sag() * 2);
        assertThat(grows).isFalse();
        assertThat(trail.grows(mesh, path, scale.sag())).isTrue();
    }
}
