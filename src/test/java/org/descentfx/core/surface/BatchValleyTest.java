package org.descentfx.core.surface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.Model;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Point;
import org.descentfx.core.train.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The mini-batch's own valley: C_X over the grid is the direct sum of Eq. (1) over the batch, the
 * step −η∇C_X crosses C_X's contour through the point at a right angle, and its floor is where C_X
 * is lowest. The references here share no code with production: ŷ and C_X are written out.
 */
class BatchValleyTest {
    private static final Window WINDOW = new Window(-1.5, 1.5, -1.5, 1.5);

    /** ŷ of the model named, written out: w·x + b, or σ(w·x + b). */
    private static double output(String model, double w, double b, double x) {
        double z = w * x + b;
        return model.equals("linear") ? z : 1 / (1 + Math.exp(-z));
    }

    /** C_X = 1/(2m) Σ_{j∈X} (y_j − ŷ_j)², Eq. (1) over the batch alone. */
    private static double directBatchCost(String model, Dataset data, int[] batch, double w, double b) {
        double sum = 0;
        for (int j : batch) {
            double e = data.y(j) - output(model, w, b, data.x(j));
            sum += e * e;
        }
        return sum / (2.0 * batch.length);
    }

    private static Run runAfterSteps(String model, Dataset data, Point start, int m, int steps) {
        Run run = new Run(data, Model.byId(model), start, new Hyperparameters(model.equals("linear") ? 0.02 : 0.8, m), 7);
        for (int k = 0; k < steps; k++) {
            run.stepMiniBatch();
        }
        return run;
    }

    @ParameterizedTest
    @ValueSource(strings = {"linear", "sigmoid"})
    void theContourFieldIsTheDirectSumOfEquationOneOverTheBatchAtEveryNode(String model) throws Exception {
        // given: the next batch of a run on the noisy line, some steps in
        Dataset data = BuiltInDatasets.load("noisy-line");
        Run run = runAfterSteps(model, data, new Point(0.2, -0.4), 10, 13);
        int[] batch = run.nextBatch();

        // when
        BatchValley valley = BatchValley.of(Model.byId(model), data, batch, run.point(), WINDOW, 33, () -> false);

        // then
        CostGrid grid = valley.grid();
        assertThat(valley.size()).isEqualTo(10);
        for (int row = 0; row < grid.rows(); row++) {
            for (int col = 0; col < grid.columns(); col++) {
                double expected = directBatchCost(model, data, batch, grid.w(col), grid.b(row));
                assertThat(grid.cost(col, row)).as("node (%d, %d)", col, row)
                        .isCloseTo(expected, within(1e-9 * Math.max(1, expected)));
            }
        }
        assertThat(valley.contours()).isNotEmpty();
        for (Contour c : valley.contours()) {
            for (Polyline line : c.lines()) {
                Point p = line.points().get(line.points().size() / 2);
                assertThat(directBatchCost(model, data, batch, p.w(), p.b()))
                        .isCloseTo(c.level(), within(0.02 * c.level() + 0.02 * (grid.max() - grid.min()) / 32));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"linear", "sigmoid"})
    void theStepIsMinusEtaTimesTheGradientOfCxAndCrossesCxsContourThroughThePointAtARightAngle(String model)
            throws Exception {
        // given
        Dataset data = BuiltInDatasets.load("two-valleys");
        Run run = runAfterSteps(model, data, new Point(-0.6, -1.3), 2, 3);
        int[] batch = run.nextBatch();
        Point at = run.point();
        Point step = run.nextStepVector();
        double eta = run.hyperparameters().learningRate();

        // when
        BatchValley valley = BatchValley.of(Model.byId(model), data, batch, at, WINDOW, 257, () -> false);

        // then: the step is −η∇C_X, ∇C_X by central differences of the direct sum
        double h = 1e-6;
        double gw = (directBatchCost(model, data, batch, at.w() + h, at.b())
                - directBatchCost(model, data, batch, at.w() - h, at.b())) / (2 * h);
        double gb = (directBatchCost(model, data, batch, at.w(), at.b() + h)
                - directBatchCost(model, data, batch, at.w(), at.b() - h)) / (2 * h);
        assertThat(step.w()).isCloseTo(-eta * gw, within(1e-7));
        assertThat(step.b()).isCloseTo(-eta * gb, within(1e-7));
        // and the contour of C_X through the point runs across it
        double[] tangent = tangentNear(valley.through(), at);
        double cos = (tangent[0] * step.w() + tangent[1] * step.b()) / Math.hypot(step.w(), step.b());
        assertThat(Math.abs(cos)).as("|cos| between the step and C_X's contour").isLessThan(0.03);
        assertThat(valley.through().get(0).level())
                .isCloseTo(directBatchCost(model, data, batch, at.w(), at.b()), within(1e-12));
    }

    @Test
    void theStepIsNotPerpendicularToTheContourOfCThroughThePoint() throws Exception {
        // given: one example a batch, so C_X is far from C
        Dataset data = BuiltInDatasets.load("noisy-line");
        Run run = runAfterSteps("linear", data, new Point(0.2, -0.4), 1, 5);
        Point at = run.point();
        Point step = run.nextStepVector();

        // when: C's contour through the point, traced on C's own grid
        Window around = new Window(at.w() - 0.5, at.w() + 0.5, at.b() - 0.5, at.b() + 0.5);
        CostGrid c = CostSurface.compute(Model.byId("linear"), data, around, 257, 257);
        double level = org.descentfx.core.cost.QuadraticCost.cost(Model.byId("linear"), data, at.w(), at.b());
        double[] tangent = tangentNear(ContourLines.trace(c, new double[] {level}), at);

        // then
        double cos = (tangent[0] * step.w() + tangent[1] * step.b()) / Math.hypot(step.w(), step.b());
        assertThat(Math.abs(cos)).isGreaterThan(0.1);
    }

    @Test
    void theLinearNeuronsFloorIsTheBatchsLeastSquaresFit() throws Exception {
        Dataset data = BuiltInDatasets.load("noisy-line");
        int[] batch = {3, 17, 40, 41, 77};

        BatchValley valley = BatchValley.of(Model.byId("linear"), data, batch, new Point(0, 0), WINDOW, 17, () -> false);

        assertThat(valley.floor().kind()).isEqualTo(BatchFloor.Kind.MINIMUM);
        Point f = valley.floor().point();
        double h = 1e-6;
        assertThat((directBatchCost("linear", data, batch, f.w() + h, f.b())
                - directBatchCost("linear", data, batch, f.w() - h, f.b())) / (2 * h)).isCloseTo(0, within(1e-6));
        assertThat((directBatchCost("linear", data, batch, f.w(), f.b() + h)
                - directBatchCost("linear", data, batch, f.w(), f.b() - h)) / (2 * h)).isCloseTo(0, within(1e-6));
    }

    @ParameterizedTest
    @ValueSource(strings = {"linear", "sigmoid"})
    void oneExampleIsFitAllAlongALine(String model) throws Exception {
        // given the example x = -1.0, y = 0.3 of two-valleys, alone
        Dataset data = BuiltInDatasets.load("two-valleys");
        int[] batch = {3};

        BatchValley valley = BatchValley.of(Model.byId(model), data, batch, new Point(0, 0), WINDOW, 17, () -> false);

        // then: ŷ = y everywhere on w·x + b = z
        BatchFloor floor = valley.floor();
        assertThat(floor.kind()).isEqualTo(BatchFloor.Kind.LINE);
        assertThat(floor.x()).isEqualTo(-1.0);
        for (double w : new double[] {-1, 0, 2.5}) {
            double b = floor.point().b() - w * floor.x();
            assertThat(directBatchCost(model, data, batch, w, b)).isCloseTo(0, within(1e-20));
        }
    }

    @Test
    void aSigmoidCannotReachATargetOfOneSoItsLowestPointInViewIsMarkedAsSuch() throws Exception {
        Dataset data = BuiltInDatasets.load("two-valleys");
        int[] batch = {0}; // x = 8.6, y = 1: σ < 1 everywhere

        BatchValley valley = BatchValley.of(Model.byId("sigmoid"), data, batch, new Point(0, 0), WINDOW, 17, () -> false);

        assertThat(valley.floor().kind()).isEqualTo(BatchFloor.Kind.LOWEST_IN_VIEW);
        assertThat(valley.floor().point()).isEqualTo(valley.grid().argmin());
    }

    /** The unit direction of the segment of these contours nearest to p. */
    private static double[] tangentNear(List<Contour> contours, Point p) {
        double best = Double.POSITIVE_INFINITY;
        double[] t = null;
        for (Contour c : contours) {
            for (Polyline line : c.lines()) {
                List<Point> pts = line.points();
                for (int i = 1; i < pts.size(); i++) {
                    Point a = pts.get(i - 1);
                    Point b = pts.get(i);
                    double d = Math.hypot((a.w() + b.w()) / 2 - p.w(), (a.b() + b.b()) / 2 - p.b());
                    double len = Math.hypot(b.w() - a.w(), b.b() - a.b());
                    if (d < best && len > 0) {
                        best = d;
                        t = new double[] {(b.w() - a.w()) / len, (b.b() - a.b()) / len};
                    }
                }
            }
        }
        assertThat(best).as("a contour passes by the point").isLessThan(0.05);
        return t;
    }
}
