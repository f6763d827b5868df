package org.descentfx.core.gradient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.Model;
import org.descentfx.core.model.SigmoidNeuron;
import org.descentfx.core.train.MiniBatches;
import org.junit.jupiter.api.Test;

/**
 * ∇C_X of network.py's mini-batches (shuffle, slice) is an unbiased estimate of ∇C, with covariance
 * (S/m)·(n − m)/(n − 1): checked over every mini-batch of many epochs at one fixed point.
 */
class GradientSpreadTest {
    private static final int N = 23;
    private static final double W = 1.3;
    private static final double B = -0.4;

    @Test
    void meanOfPerExampleGradientsIsTheFiniteDifferenceGradientOfC() {
        // given
        Dataset data = noisyData(N, 3);
        GradientSpread spread = GradientSpread.at(SigmoidNeuron.INSTANCE, data, W, B);

        // when
        double h = 1e-6;
        double dw = (cost(data, W + h, B) - cost(data, W - h, B)) / (2 * h);
        double db = (cost(data, W, B + h) - cost(data, W, B - h)) / (2 * h);

        // then
        assertThat(spread.meanW()).isCloseTo(dw, within(1e-8));
        assertThat(spread.meanB()).isCloseTo(db, within(1e-8));
    }

    @Test
    void everyMiniBatchOfManyEpochsAveragesToTheGradientWithTheFormulasCovariance() {
        // given: n = 23, m = 5: four batches of 5 and a last short batch of 3 every epoch
        Dataset data = noisyData(N, 3);
        GradientSpread spread = GradientSpread.at(SigmoidNeuron.INSTANCE, data, W, B);
        int m = 5;
        Moments full = new Moments();
        Moments shortBatch = new Moments();
        MiniBatches batches = new MiniBatches(N, 42);

        // when
        for (int epoch = 0; epoch < 40_000; epoch++) {
            batches.shuffle();
            for (int from = 0; from < N; from += m) {
                int to = Math.min(from + m, N);
                double[] g = spread.batchMean(batches.slice(from, to));
                (to - from == m ? full : shortBatch).add(g);
            }
        }

        // then
        full.assertMatches(spread, m);
        shortBatch.assertMatches(spread, N % m);
    }

    @Test
    void theFormulaIsNotTheOneOfSamplingWithReplacement() {
        // given
        GradientSpread spread = GradientSpread.at(SigmoidNeuron.INSTANCE, noisyData(N, 3), W, B);

        // when
        Covariance withoutReplacement = spread.ofBatchMean(5);

        // then: the factor (n − m)/(n − 1) = 18/22 is there, so the test above can tell them apart
        assertThat(withoutReplacement.ww() / (spread.perExample().ww() / 5)).isCloseTo(18.0 / 22, within(1e-12));
    }

    @Test
    void atFullBatchTheEllipseIsAPointOnTheGradient() {
        // given
        GradientSpread spread = GradientSpread.at(SigmoidNeuron.INSTANCE, noisyData(N, 3), W, B);
        int[] all = new int[N];
        for (int i = 0; i < N; i++) {
            all[i] = i;
        }

        // when
        Ellipse twoSigma = spread.ofBatchMean(N).ellipse(spread.meanW(), spread.meanB(), 2);
        double[] g = spread.batchMean(all);

        // then
        assertThat(twoSigma.isPoint()).isTrue();
        assertThat(spread.ofBatchMean(N - 1).ellipse(0, 0, 1).isPoint()).isFalse();
        assertThat(g[0]).isCloseTo(spread.meanW(), within(1e-15));
        assertThat(g[1]).isCloseTo(spread.meanB(), within(1e-15));
    }

    @Test
    void theEllipseOutlineIsWhereTheQuadraticFormIsKSquared() {
        // given
        Covariance cov = new Covariance(4, 1.5, 1);
        Ellipse e = cov.ellipse(2, -1, 2);

        // when
        double[][] outline = e.outline(36);

        // then: vᵀ Cov⁻¹ v = k² on every outline point
        double det = cov.ww() * cov.bb() - cov.wb() * cov.wb();
        for (int k = 0; k < 36; k++) {
            double u = outline[0][k] - 2;
            double v = outline[1][k] + 1;
            double q = (cov.bb() * u * u - 2 * cov.wb() * u * v + cov.ww() * v * v) / det;
            assertThat(q).isCloseTo(4.0, within(1e-9));
        }
    }

    /** Running sums of ∇C_X: mean and covariance, compared with ∇C and the formula. */
    private static final class Moments {
        long count;
        double sw;
        double sb;
        double sww;
        double swb;
        double sbb;

        void add(double[] g) {
            count++;
            sw += g[0];
            sb += g[1];
            sww += g[0] * g[0];
            swb += g[0] * g[1];
            sbb += g[1] * g[1];
        }

        void assertMatches(GradientSpread spread, int m) {
            Covariance expected = spread.ofBatchMean(m);
            double mw = sw / count;
            double mb = sb / count;
            // the mean within four standard errors; the covariance within 3 % (the count is in the 10⁴s)
            assertThat(mw).isCloseTo(spread.meanW(), within(4 * Math.sqrt(expected.ww() / count)));
            assertThat(mb).isCloseTo(spread.meanB(), within(4 * Math.sqrt(expected.bb() / count)));
            assertThat(sww / count - mw * mw).isCloseTo(expected.ww(), within(0.03 * expected.ww()));
            assertThat(sbb / count - mb * mb).isCloseTo(expected.bb(), within(0.03 * expected.bb()));
            double scale = Math.sqrt(expected.ww() * expected.bb());
            assertThat(swb / count - mw * mb).isCloseTo(expected.wb(), within(0.03 * scale));
        }
    }

    private static double cost(Dataset data, double w, double b) {
        Model model = SigmoidNeuron.INSTANCE;
        return model.sumSquaredError(w, b, data.xs(), data.ys(), 0, data.size()) / (2.0 * data.size());
    }

    private static Dataset noisyData(int n, long seed) {
        Random random = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = -2 + 4 * random.nextDouble();
            y[i] = random.nextDouble() < SigmoidNeuron.sigmoid(2 * x[i] - 0.5) ? 1 : 0;
        }
        return Dataset.of("noisy", x, y);
    }
}
