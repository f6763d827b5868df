package org.descentfx.core.surface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.SigmoidNeuron;
import org.descentfx.core.train.Point;
import org.junit.jupiter.api.Test;

class ContourLinesTest {

    /** C = w² + b² sampled on size × size nodes over [−2, 2]², node spacing 4/(size − 1). */
    private static CostGrid paraboloid(int size) {
        Window window = new Window(-2, 2, -2, 2);
        double[] values = new double[size * size];
        for (int row = 0; row < size; row++) {
            for (int col = 0; col < size; col++) {
                double w = CostGrid.node(-2, 2, col, size);
                double b = CostGrid.node(-2, 2, row, size);
                values[row * size + col] = w * w + b * b;
            }
        }
        return CostGrid.of(window, size, size, values);
    }

    private static List<Point> allPoints(Contour contour) {
        return contour.lines().stream().flatMap(line -> line.points().stream()).toList();
    }

    @Test
    void aParaboloidsContourIsOneClosedCircleOfTheRightRadius() {
        // given
        CostGrid grid = paraboloid(101);
        double spacing = 0.04;
        double r = 1.3;

        // when
        Contour contour = ContourLines.trace(grid, new double[] {r * r}).get(0);

        // then
        assertThat(contour.level()).isEqualTo(r * r);
        assertThat(contour.segmentCount()).isGreaterThan(100);
        assertThat(contour.lines()).hasSize(1);
        Polyline circle = contour.lines().get(0);
        assertThat(circle.closed()).isTrue();
        assertThat(circle.points().get(0)).isEqualTo(circle.points().get(circle.points().size() - 1));
        for (Point p : circle.points()) {
            assertThat(Math.hypot(p.w(), p.b())).isCloseTo(r, within(spacing));
        }
    }

    @Test
    void aLevelTheGridNeverReachesHasNoLines() {
        CostGrid grid = paraboloid(21);

        List<Contour> contours = ContourLines.trace(grid, new double[] {-1, 100});

        assertThat(contours).hasSize(2);
        assertThat(contours).allSatisfy(c -> assertThat(c.lines()).isEmpty());
    }

    @Test
    void aContourCutByTheWindowIsOpenAndEndsOnTheBorder() {
        // given a circle of radius 2.5 that leaves the window [−2, 2]² through all four sides
        CostGrid grid = paraboloid(41);

        // when
        Contour contour = ContourLines.trace(grid, new double[] {6.25}).get(0);

        // then four arcs, one round each corner, each from border to border
        assertThat(contour.lines()).hasSize(4);
        for (Polyline arc : contour.lines()) {
            assertThat(arc.closed()).isFalse();
            assertThat(onBorder(arc.points().get(0))).isTrue();
            assertThat(onBorder(arc.points().get(arc.points().size() - 1))).isTrue();
        }
    }

    private static boolean onBorder(Point p) {
        return Math.abs(Math.abs(p.w()) - 2) < 1e-12 || Math.abs(Math.abs(p.b()) - 2) < 1e-12;
    }

    @Test
    void saddleWithTheCentreAboveTheLevelJoinsTheHighCorners() {
        // given high corners (0, 0) and (1, 1), low corners (1, 0) and (0, 1); centre average 0.5
        CostGrid saddle = CostGrid.of(new Window(0, 1, 0, 1), 2, 2, new double[] {1, 0, 0, 1});

        // when the level 0.4 is below the centre
        Contour contour = ContourLines.trace(saddle, new double[] {0.4}).get(0);

        // then each segment cuts off one low corner
        assertThat(contour.lines()).hasSize(2);
        assertThat(contour.lines()).extracting(line -> Set.copyOf(line.points())).containsExactlyInAnyOrder(
                Set.of(new Point(0.6, 0), new Point(1, 0.4)),
                Set.of(new Point(0.4, 1), new Point(0, 0.6)));
    }

    @Test
    void saddleWithTheCentreBelowTheLevelJoinsTheLowCorners() {
        CostGrid saddle = CostGrid.of(new Window(0, 1, 0, 1), 2, 2, new double[] {1, 0, 0, 1});

        Contour contour = ContourLines.trace(saddle, new double[] {0.6}).get(0);

        // then each segment cuts off one high corner
        assertThat(contour.lines()).hasSize(2);
        for (Polyline segment : contour.lines()) {
            Point mid = new Point(
                    (segment.points().get(0).w() + segment.points().get(1).w()) / 2,
                    (segment.points().get(0).b() + segment.points().get(1).b()) / 2);
            double toHighCorner = Math.min(Math.hypot(mid.w(), mid.b()), Math.hypot(mid.w() - 1, mid.b() - 1));
            assertThat(toHighCorner).isLessThan(0.5);
        }
    }

    @Test
    void cellsWithANaNCornerAreSkipped() {
        // given the node (1, 0) of a paraboloid unknown
        CostGrid full = paraboloid(101);
        double[] values = full.values();
        values[50 * 101 + 75] = Double.NaN;
        CostGrid holed = CostGrid.of(full.window(), 101, 101, values);

        // when
        Contour contour = ContourLines.trace(holed, new double[] {1.0}).get(0);

        // then the unit circle is broken at the hole, and no point lies in the four cells round it
        assertThat(contour.lines()).hasSize(1);
        assertThat(contour.lines().get(0).closed()).isFalse();
        for (Point p : allPoints(contour)) {
            assertThat(Double.isFinite(p.w()) && Double.isFinite(p.b())).isTrue();
            boolean insideHole = p.w() > 0.96 + 1e-9 && p.w() < 1.04 - 1e-9 && Math.abs(p.b()) < 0.04 - 1e-9;
            assertThat(insideHole).as("point %s inside the NaN cells", p).isFalse();
        }
    }

    @Test
    void everyDefaultLevelOfASigmoidValleyIsDrawn() {
        // given
        Random random = new Random(11);
        double[] x = new double[200];
        double[] y = new double[200];
        for (int i = 0; i < x.length; i++) {
            x[i] = 4 * random.nextDouble() - 2;
            y[i] = x[i] + 0.5 * random.nextGaussian() > 0 ? 1 : 0;
        }
        Dataset data = Dataset.of("step", x, y);
        CostGrid grid = CostSurface.compute(SigmoidNeuron.INSTANCE, data, new Window(-4, 8, -4, 4), 80, 60);

        // when
        List<Contour> contours = ContourLines.trace(grid, ContourLines.logLevels(grid.min(), grid.max(), 12));

        // then
        assertThat(contours).hasSize(12);
        assertThat(contours).allSatisfy(c -> assertThat(c.segmentCount()).isPositive());
    }

    @Test
    void logLevelsAreStrictlyIncreasingInsideTheRangeWithAConstantRatioAboveTheMinimum() {
        // given a range that starts below zero
        double min = -5;
        double max = 10;

        // when
        double[] levels = ContourLines.logLevels(min, max, 8);

        // then
        assertThat(levels).hasSize(8);
        assertThat(levels[0]).isGreaterThan(min);
        assertThat(levels[7]).isLessThan(max);
        double ratio = (levels[1] - min) / (levels[0] - min);
        assertThat(ratio).isGreaterThan(1);
        for (int k = 1; k < levels.length; k++) {
            assertThat(levels[k]).isGreaterThan(levels[k - 1]);
            assertThat((levels[k] - min) / (levels[k - 1] - min)).isCloseTo(ratio, within(1e-9));
        }
        assertThat(levels[0] - min).isLessThan(0.01 * (max - min));
    }

    @Test
    void oneLogLevelLiesInsideTheRange() {
        double[] levels = ContourLines.logLevels(0, 1, 1);

        assertThat(levels).hasSize(1);
        assertThat(levels[0]).isStrictlyBetween(0.0, 1.0);
    }

    @Test
    void logLevelsDropWhatDoublePrecisionCannotSeparate() {
        double[] levels = ContourLines.logLevels(1e16, 1e16 + 4, 10);

        for (int k = 0; k < levels.length; k++) {
            assertThat(levels[k]).isStrictlyBetween(1e16, 1e16 + 4);
            if (k > 0) {
                assertThat(levels[k]).isGreaterThan(levels[k - 1]);
            }
        }
    }

    @Test
    void logLevelsRejectAnEmptyRangeAndNoLevels() {
        assertThatThrownBy(() -> ContourLines.logLevels(1, 1, 5)).hasMessageContaining("min < max");
        assertThatThrownBy(() -> ContourLines.logLevels(0, Double.POSITIVE_INFINITY, 5)).hasMessageContaining("finite");
        assertThatThrownBy(() -> ContourLines.logLevels(0, 1, 0)).hasMessageContaining("at least 1");
    }
}
