package org.descentfx.ui.valley;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.geometry.Point3D;
import javafx.scene.shape.TriangleMesh;
import org.descentfx.core.surface.CostGrid;
import org.descentfx.core.surface.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.descentfx.ui.plot.ColorScale;

/** The valley's height field: heights, interpolation, faces, winding and colours. */
class ValleyMeshTest {

    private static final Window WINDOW = new Window(-2, 3, -2, 1);
    private static final int COLUMNS = 6;
    private static final int ROWS = 5;

    /** A narrow paraboloid, C = (w − 1)² + 9·(b + ½)² + 0.2, as in a long valley of Eq. (1). */
    static double cost(double w, double b) {
        return (w - 1) * (w - 1) + 9 * (b + 0.5) * (b + 0.5) + 0.2;
    }

    static CostGrid paraboloid(Window window, int columns, int rows) {
        double[] values = new double[columns * rows];
        for (int row = 0; row < rows; row++) {
            for (int col = 0; col < columns; col++) {
                double w = window.wMin() + col * window.width() / (columns - 1);
                double b = window.bMin() + row * window.height() / (rows - 1);
                values[row * columns + col] = cost(w, b);
            }
        }
        return CostGrid.of(window, columns, rows, values);
    }

    private final CostGrid grid = paraboloid(WINDOW, COLUMNS, ROWS);

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void vertexHeightsAreTheHeightScaleOfCAtEachNode(boolean log) {
        // given
        ValleyMesh mesh = ValleyMesh.of(grid, log);
        HeightScale scale = HeightScale.of(grid, log);

        // when
        TriangleMesh triangles = mesh.triangleMesh();
        float[] points = triangles.getPoints().toArray(null);

        // then
        assertThat(points).hasSize(3 * COLUMNS * ROWS);
        for (int row = 0; row < ROWS; row++) {
            for (int col = 0; col < COLUMNS; col++) {
                int i = row * COLUMNS + col;
                assertThat((double) points[3 * i]).isCloseTo(mesh.x(grid.w(col)), within(1e-4));
                assertThat((double) points[3 * i + 1]).isCloseTo(-scale.height(grid.cost(col, row)), within(1e-4));
                assertThat((double) points[3 * i + 2]).isCloseTo(mesh.z(grid.b(row)), within(1e-4));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void heightsRiseWithCostFromZeroAtTheMinimumToTopAtTheMaximum(boolean log) {
        // given
        HeightScale scale = new HeightScale(0.2, 50.2, log, 90);

        // then
        assertThat(scale.height(0.2)).isZero();
        assertThat(scale.height(50.2)).isCloseTo(90, within(1e-9));
        double previous = -1;
        for (double c = 0.2; c <= 50.2; c += 0.05) {
            double h = scale.height(c);
            assertThat(h).isGreaterThan(previous).isBetween(0.0, 90.0);
            previous = h;
        }
    }

    @Test
    void linearHeightsAreProportionalToCAboveTheMinimum() {
        // given
        HeightScale scale = new HeightScale(1, 11, false, 90);

        // then
        assertThat(scale.height(6)).isCloseTo(45, within(1e-12));
        assertThat(scale.height(3.5)).isCloseTo(22.5, within(1e-12));
    }

    @Test
    void logHeightsLiftAValleysFloorThatLinearHeightsFlatten() {
        // given: a cost 1% of the way up the walls
        HeightScale linear = new HeightScale(0, 100, false, 70);
        HeightScale log = new HeightScale(0, 100, true, 70);

        // then: linear shows it barely off the floor, log several times higher
        assertThat(linear.height(1)).isCloseTo(0.7, within(1e-12));
        double flat = 100 * HeightScale.LOG_FLAT_FRACTION;
        assertThat(log.height(1)).isCloseTo(70 * Math.log1p(1 / flat) / Math.log1p(100 / flat), within(1e-12));
        assertThat(log.height(1)).isGreaterThan(5 * linear.height(1));
    }

    @Test
    void logHeightsDoNotDependOnTheUnitsOfC() {
        HeightScale small = new HeightScale(0.5, 2.5, true, 70);
        HeightScale large = new HeightScale(5e5, 2.5e6, true, 70);
        assertThat(large.height(1.3e6)).isCloseTo(small.height(1.3), within(1e-9));
    }

    @Test
    void costsOutsideTheRangeAreClampedAndAFlatRangeLiesAtZero() {
        HeightScale scale = new HeightScale(1, 2, false, 90);
        assertThat(scale.height(0)).isZero();
        assertThat(scale.height(5)).isEqualTo(90);
        assertThat(scale.height(Double.POSITIVE_INFINITY)).isEqualTo(90);
        assertThat(scale.height(Double.NaN)).isNaN();
        assertThat(new HeightScale(3, 3, true, 90).height(3)).isZero();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void heightAtANodeIsThatVertexsHeight(boolean log) {
        // given
        ValleyMesh mesh = ValleyMesh.of(grid, log);
        float[] points = mesh.points();

        // then
        for (int row = 0; row < ROWS; row++) {
            for (int col = 0; col < COLUMNS; col++) {
                double h = mesh.heightAt(grid.w(col), grid.b(row));
                assertThat(h).isCloseTo(mesh.height(col, row), within(1e-9));
                assertThat(-h).isCloseTo(points[3 * (row * COLUMNS + col) + 1], within(1e-4));
            }
        }
    }

    @Test
    void heightAtInterpolatesBilinearlyBetweenNodes() {
        // given
        ValleyMesh mesh = ValleyMesh.of(grid, true);
        double wMid = 0.5 * (grid.w(2) + grid.w(3));
        double bMid = 0.5 * (grid.b(1) + grid.b(2));
        double wThird = grid.w(2) + (grid.w(3) - grid.w(2)) / 3;

        // then
        assertThat(mesh.heightAt(wMid, grid.b(1))).isCloseTo(
                0.5 * (mesh.height(2, 1) + mesh.height(3, 1)), within(1e-9));
        assertThat(mesh.heightAt(wMid, bMid)).isCloseTo(0.25 * (mesh.height(2, 1) + mesh.height(3, 1)
                + mesh.height(2, 2) + mesh.height(3, 2)), within(1e-9));
        assertThat(mesh.heightAt(wThird, grid.b(2))).isCloseTo(
                2.0 / 3 * mesh.height(2, 2) + 1.0 / 3 * mesh.height(3, 2), within(1e-9));
    }

    @Test
    void heightAtHasNoValueOutsideTheWindowOrForNonFinitePoints() {
        ValleyMesh mesh = ValleyMesh.of(grid, true);
        assertThat(mesh.heightAt(3.01, 0)).isNaN();
        assertThat(mesh.heightAt(0, -2.01)).isNaN();
        assertThat(mesh.heightAt(Double.NaN, 0)).isNaN();
        assertThat(mesh.heightAt(0, Double.POSITIVE_INFINITY)).isNaN();
        assertThat(mesh.above(5, 0, 1)).isNull();
        assertThat(mesh.heightAt(3, 1)).isCloseTo(mesh.height(COLUMNS - 1, ROWS - 1), within(1e-9));
    }

    @Test
    void theWindowIsStretchedOverASquareCentredAtTheOrigin() {
        // given
        ValleyMesh mesh = ValleyMesh.of(grid, false);

        // when
        Point3D nearLeft = mesh.toScene(WINDOW.wMin(), WINDOW.bMin(), grid.min());
        Point3D farRight = mesh.toScene(WINDOW.wMax(), WINDOW.bMax(), grid.max());

        // then
        assertThat(nearLeft).isEqualTo(new Point3D(-100, -0.0, -100));
        assertThat(farRight.getX()).isCloseTo(100, within(1e-9));
        assertThat(farRight.getY()).isCloseTo(-HeightScale.DEFAULT_TOP, within(1e-9));
        assertThat(farRight.getZ()).isCloseTo(100, within(1e-9));
    }

    @Test
    void everyCellIsTwoTriangles() {
        // when
        int[] faces = ValleyMesh.of(grid, true).triangleMesh().getFaces().toArray(null);

        // then
        assertThat(faces.length / 6).isEqualTo(2 * (COLUMNS - 1) * (ROWS - 1));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void everyFaceNormalPointsUpTowardsTheCameraAndTheLight(boolean log) {
        // given
        ValleyMesh mesh = ValleyMesh.of(paraboloid(WINDOW, 24, 17), log);
        float[] p = mesh.points();
        int[] faces = mesh.faces();

        // then: (p1 − p0) × (p2 − p0) has a negative y, and y points down in JavaFX
        for (int f = 0; f < faces.length; f += 6) {
            Point3D p0 = vertex(p, faces[f]);
            Point3D p1 = vertex(p, faces[f + 2]);
            Point3D p2 = vertex(p, faces[f + 4]);
            Point3D normal = p1.subtract(p0).crossProduct(p2.subtract(p0));
            assertThat(normal.getY()).isNegative();
        }
    }

    static Point3D vertex(float[] points, int i) {
        return new Point3D(points[3 * i], points[3 * i + 1], points[3 * i + 2]);
    }

    @Test
    void textureCoordinatesAreTheColourScalePositionOfC() {
        // given
        ValleyMesh linear = ValleyMesh.of(grid, false);

        // when
        float[] tex = linear.triangleMesh().getTexCoords().toArray(null);
        int[] faces = linear.faces();

        // then: the same colours as the 2D map, whatever the height scale
        for (int row = 0; row < ROWS; row++) {
            for (int col = 0; col < COLUMNS; col++) {
                int i = row * COLUMNS + col;
                double expected = ColorScale.position(grid.cost(col, row), grid.min(), grid.max());
                assertThat((double) tex[2 * i]).isCloseTo(expected, within(1e-6));
            }
        }
        for (int f = 0; f < faces.length; f += 2) {
            assertThat(faces[f + 1]).isEqualTo(faces[f]);
        }
    }

    @Test
    void cellsNextToAnUnknownCostAreLeftOut() {
        // given
        double[] values = grid.values();
        values[2 * COLUMNS + 3] = Double.NaN;
        ValleyMesh mesh = ValleyMesh.of(CostGrid.of(WINDOW, COLUMNS, ROWS, values), true);

        // then: the four cells around node (3, 2) are a hole, and the surface has no height there
        assertThat(mesh.faces().length / 6).isEqualTo(2 * (COLUMNS - 1) * (ROWS - 1) - 8);
        assertThat(mesh.heightAt(grid.w(3), grid.b(2))).isNaN();
        assertThat(mesh.points()[3 * (2 * COLUMNS + 3) + 1]).isZero();
    }
}
