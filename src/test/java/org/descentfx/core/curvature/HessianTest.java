package org.descentfx.core.curvature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.model.Model;
import org.descentfx.core.model.SigmoidNeuron;
import org.descentfx.core.train.Point;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Hessian of Eq. (1) against finite differences of the direct sum, and its eigen-decomposition. */
class HessianTest {

    static Stream<Arguments> pointsOnData() throws Exception {
        return Stream.of(
                Arguments.of(LinearNeuron.INSTANCE, "noisy-line", new Point(0, 0)),
                Arguments.of(LinearNeuron.INSTANCE, "centred-line", new Point(-1.5, 3)),
                Arguments.of(SigmoidNeuron.INSTANCE, "sigmoid-steps", new Point(0.3, -0.2)),
                Arguments.of(SigmoidNeuron.INSTANCE, "sigmoid-steps", new Point(1.5, -0.5)),
                Arguments.of(SigmoidNeuron.INSTANCE, "single-example", new Point(2, 2)),
                // points where C curves down along one axis (λmin < 0): on two-valleys near its start and between
                // its valleys, and far out on σ's flat tail
                Arguments.of(SigmoidNeuron.INSTANCE, "two-valleys", new Point(-0.5, -1.5)),
                Arguments.of(SigmoidNeuron.INSTANCE, "two-valleys", new Point(-0.2, -0.9)),
                Arguments.of(SigmoidNeuron.INSTANCE, "sigmoid-steps", new Point(4, 3)));
    }

    @ParameterizedTest(name = "{0} on {1} at {2}")
    @MethodSource("pointsOnData")
    void equalsCentralSecondDifferencesOfTheDirectSum(Model model, String name, Point at) throws Exception {
        // given
        Dataset data = BuiltInDatasets.load(name);
        double h = 1e-4;

        // when
        Hessian exact = Hessian.of(model, data, at);

        // then: second differences of C itself (Eq. (1) summed example by example), no derivative code shared
        double ww = (c(model, data, at.w() + h, at.b()) - 2 * c(model, data, at.w(), at.b())
                + c(model, data, at.w() - h, at.b())) / (h * h);
        double bb = (c(model, data, at.w(), at.b() + h) - 2 * c(model, data, at.w(), at.b())
                + c(model, data, at.w(), at.b() - h)) / (h * h);
        double wb = (c(model, data, at.w() + h, at.b() + h) - c(model, data, at.w() + h, at.b() - h)
                - c(model, data, at.w() - h, at.b() + h) + c(model, data, at.w() - h, at.b() - h)) / (4 * h * h);
        double scale = Math.max(1, Math.abs(exact.ww()));
        assertThat(exact.ww()).isCloseTo(ww, within(1e-5 * scale));
        assertThat(exact.wb()).isCloseTo(wb, within(1e-5 * scale));
        assertThat(exact.bb()).isCloseTo(bb, within(1e-5 * scale));
    }

    @Test
    void linearNeuronsHessianIsTheMomentsMatrix() throws Exception {
        // given: H = [[⟨x²⟩, ⟨x⟩], [⟨x⟩, 1]], the means taken here by hand
        Dataset data = BuiltInDatasets.load("noisy-line");
        double meanX = 0;
        double meanX2 = 0;
        for (int i = 0; i < data.size(); i++) {
            meanX += data.x(i) / data.size();
            meanX2 += data.x(i) * data.x(i) / data.size();
        }

        // when
        Hessian far = Hessian.of(LinearNeuron.INSTANCE, data, new Point(-40, 90));
        Hessian near = Hessian.of(LinearNeuron.INSTANCE, data, new Point(2, 1));

        // then: the same at every point
        assertThat(far.ww()).isCloseTo(meanX2, within(1e-12));
        assertThat(far.wb()).isCloseTo(meanX, within(1e-12));
        assertThat(far.bb()).isEqualTo(1.0);
        assertThat(near).isEqualTo(far);
    }

    @ParameterizedTest(name = "{0} on {1} at {2}")
    @MethodSource("pointsOnData")
    void eigenpairsSatisfyHvEqualsLambdaV(Model model, String name, Point at) throws Exception {
        // given
        Hessian h = Hessian.of(model, BuiltInDatasets.load(name), at);

        // when
        double max = h.lambdaMax();
        double min = h.lambdaMin();
        Point steep = h.steepAxis();
        Point gentle = h.gentleAxis();

        // then: trace and determinant are kept, and each axis is an eigenvector of unit length
        double tol = 1e-9 * Math.max(1, Math.abs(max));
        assertThat(max + min).isCloseTo(h.ww() + h.bb(), within(tol));
        assertThat(max * min).isCloseTo(h.ww() * h.bb() - h.wb() * h.wb(), within(tol * Math.max(1, Math.abs(max))));
        assertThat(max).isGreaterThanOrEqualTo(min);
        assertEigen(h, steep, max, tol);
        assertEigen(h, gentle, min, tol);
        assertThat(Math.hypot(steep.w(), steep.b())).isCloseTo(1, within(1e-12));
    }

    @Test
    void noisyLineIsANarrowValleyAndTheCentredLineARoundOne() throws Exception {
        // when
        double noisy = Hessian.of(LinearNeuron.INSTANCE, BuiltInDatasets.load("noisy-line"), Point.ORIGIN)
                .conditionNumber();
        double centred = Hessian.of(LinearNeuron.INSTANCE, BuiltInDatasets.load("centred-line"), Point.ORIGIN)
                .conditionNumber();

        // then: x in [2, 6] gives ⟨x²⟩ ≫ var(x), so κ is large; x centred on 0 gives κ = max(⟨x²⟩, 1)/min(…)
        assertThat(noisy).isGreaterThan(100);
        assertThat(centred).isLessThan(2);
    }

    private static void assertEigen(Hessian h, Point v, double lambda, double tol) {
        assertThat(h.ww() * v.w() + h.wb() * v.b()).isCloseTo(lambda * v.w(), within(tol));
        assertThat(h.wb() * v.w() + h.bb() * v.b()).isCloseTo(lambda * v.b(), within(tol));
    }

    /** Eq. (1) summed here, example by example, with σ written out: no code of the app's cost or models. */
    private static double c(Model model, Dataset data, double w, double b) {
        boolean sigmoid = model == SigmoidNeuron.INSTANCE;
        double sum = 0;
        for (int i = 0; i < data.size(); i++) {
            double z = w * data.x(i) + b;
            double out = sigmoid ? 1 / (1 + Math.exp(-z)) : z;
            double e = data.y(i) - out;
            sum += e * e;
        }
        return sum / (2.0 * data.size());
    }
}
