package org.descentfx.ui.valley;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import javafx.geometry.Point3D;
import org.descentfx.core.surface.Window;
import org.descentfx.engine.TraceHistory;
import org.junit.jupiter.api.Test;

/** The path laid on the valley: sampling, gaps and the tube around it. */
class ValleyTrailTest {

    private static final Window WINDOW = new Window(-2, 3, -2, 1);
    private final ValleyMesh mesh = ValleyMesh.of(ValleyMeshTest.paraboloid(WINDOW, 30, 20), true);

    @Test
    void thePathFloatsJustAboveTheSurface() {
        // given
        TraceHistory history = new TraceHistory();
        history.append(0, 0, -1.5, 0.5, 0, 0);
        history.append(1, 1, 0.5, -0.4, 0, 0);

        // when
        List<List<Point3D>> runs = ValleyTrail.runs(mesh, history, 2);

        // then
        assertThat(runs).hasSize(1);
        Point3D first = runs.get(0).get(0);
        assertThat(first.getX()).isCloseTo(mesh.x(-1.5), within(1e-9));
        assertThat(first.getZ()).isCloseTo(mesh.z(0.5), within(1e-9));
        assertThat(first.getY()).isCloseTo(-(mesh.heightAt(-1.5, 0.5) + 2), within(1e-9));
    }

    @Test
    void pointsOffTheSurfaceCutThePathRatherThanJoinAcrossTheGap() {
        // given: inside, inside, outside the window, not finite, inside, inside
        TraceHistory history = new TraceHistory();
        double[][] wb = {{0, 0}, {0.5, 0}, {9, 0}, {Double.NaN, 0}, {1, -0.5}, {1.2, -0.5}};
        for (int i = 0; i < wb.length; i++) {
            history.append(i, i, wb[i][0], wb[i][1], 0, 0);
        }

        // when
        List<List<Point3D>> runs = ValleyTrail.runs(mesh, history, 1);

        // then: one run from (0, 0) along the step towards (9, 0) up to the surface's edge, as the map
        // draws it, and one from (1, −0.5) to (1.2, −0.5)
        assertThat(runs).hasSize(2);
        assertThat(runs.get(0).get(0).getX()).isCloseTo(mesh.x(0), within(1e-9));
        assertThat(runs.get(0).get(runs.get(0).size() - 1).getX()).isGreaterThan(mesh.x(0.5))
                .isLessThanOrEqualTo(ValleyMesh.SIZE / 2);
        assertThat(runs.get(0)).allMatch(p -> Math.abs(p.getZ() - mesh.z(0)) < 1e-9);
        assertThat(runs.get(1).get(0).getX()).isCloseTo(mesh.x(1), within(1e-9));
        assertThat(runs.get(1).get(runs.get(1).size() - 1).getX()).isCloseTo(mesh.x(1.2), within(1e-9));
    }

    @Test
    void aLongStepIsLaidOnTheSurfaceAlongTheStraightLineOfTheMap() {
        // given: one step across the valley's floor, from one wall to the other
        TraceHistory history = new TraceHistory();
        history.append(0, 0, -1.5, -1.8, 0, 0);
        history.append(1, 1, 2.5, 0.8, 0, 0);

        // when
        List<Point3D> run = ValleyTrail.runs(mesh, history, 1.5).get(0);

        // then: many pieces, their ends on the line between the step's ends and 1.5 above the surface,
        // and between their ends never further from the surface than the sag allowed
        assertThat(run.size()).isGreaterThan(10);
        for (int i = 1; i < run.size(); i++) {
            Point3D p = run.get(i);
            assertThat(p.getZ()).isCloseTo(mesh.z(bOnStep(p.getX())), within(1e-6));
            assertThat(p.getY()).isCloseTo(-(mesh.heightAt(wOnStep(p.getX()), bOnStep(p.getX())) + 1.5), within(1e-6));
            for (double f = 0.1; f < 1; f += 0.1) {
                Point3D between = run.get(i - 1).interpolate(p, f);
                double surface = -(mesh.heightAt(wOnStep(between.getX()), bOnStep(between.getX())) + 1.5);
                assertThat(between.getY()).isCloseTo(surface, within(ValleyTrail.DEFAULT_SAG + 1e-9));
            }
        }
    }

    /** w and b of the step from (−1.5, −1.8) to (2.5, 0.8) where it passes scene x. */
    private double wOnStep(double x) {
        return -1.5 + 4 * (x - mesh.x(-1.5)) / (mesh.x(2.5) - mesh.x(-1.5));
    }

    private double bOnStep(double x) {
        return -1.8 + 2.6 * (x - mesh.x(-1.5)) / (mesh.x(2.5) - mesh.x(-1.5));
    }

    @Test
    void aLongZigZagStaysWithinAFixedNumberOfPoints() {
        // given: 100 000 steps, each across the whole window
        TraceHistory history = new TraceHistory(50_000, 50_000);
        for (int i = 0; i < 100_000; i++) {
            history.append(i, i, i % 2 == 0 ? -1.9 : 2.9, -1.9 + 2.8 * i / 100_000.0, 0, 0);
        }

        // when
        List<List<Point3D>> runs = ValleyTrail.runs(mesh, history, 1);

        // then
        int points = runs.stream().mapToInt(List::size).sum();
        assertThat(points).isBetween(100, ValleyTrail.MAX_POINTS);
    }

    @Test
    void theTubeHasARingPerPointAndItsFacesPointOutwards() {
        // given: a path that bends, climbs and turns back
        List<Point3D> run = List.of(new Point3D(0, -10, 0), new Point3D(20, -5, 5),
                new Point3D(30, -30, 30), new Point3D(0, -20, 40));

        // when
        ValleyTrail.Tube tube = ValleyTrail.tube(List.of(run), 1.5);

        // then
        assertThat(tube.vertexCount()).isEqualTo(ValleyTrail.SIDES * run.size());
        assertThat(tube.faceCount()).isEqualTo(2 * ValleyTrail.SIDES * (run.size() - 1));
        float[] p = tube.points();
        int[] f = tube.faces();
        for (int i = 0; i < f.length; i += 6) {
            Point3D a = ValleyMeshTest.vertex(p, f[i]);
            Point3D b = ValleyMeshTest.vertex(p, f[i + 2]);
            Point3D c = ValleyMeshTest.vertex(p, f[i + 4]);
            Point3D normal = b.subtract(a).crossProduct(c.subtract(a));
            int segment = f[i] / ValleyTrail.SIDES;
            Point3D axis = run.get(Math.min(segment, run.size() - 2)).midpoint(run.get(Math.min(segment, run.size() - 2) + 1));
            Point3D centroid = a.add(b).add(c).multiply(1.0 / 3);
            assertThat(normal.dotProduct(centroid.subtract(axis))).isPositive();
        }
    }

    @Test
    void everyRingLiesAtTheRadiusAroundItsPoint() {
        // given
        List<Point3D> run = List.of(new Point3D(0, 0, 0), new Point3D(10, -3, 4), new Point3D(10, -3, 20));

        // when
        float[] p = ValleyTrail.tube(List.of(run), 2).points();

        // then
        for (int v = 0; v < p.length / 3; v++) {
            Point3D centre = run.get(v / ValleyTrail.SIDES);
            assertThat(ValleyMeshTest.vertex(p, v).distance(centre)).isCloseTo(2, within(1e-4));
        }
    }
}
