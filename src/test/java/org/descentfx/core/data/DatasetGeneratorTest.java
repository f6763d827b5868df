package org.descentfx.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DatasetGeneratorTest {
    private static final DatasetGenerator NOISY_LINE = new DatasetGenerator(10_000, 2, 6, 2, 1, 0.5, 42);

    @Test
    void sameRecipeGivesIdenticalData() {
        Dataset first = NOISY_LINE.line("a");
        Dataset second = new DatasetGenerator(10_000, 2, 6, 2, 1, 0.5, 42).line("b");

        assertThat(second.xs()).containsExactly(first.xs());
        assertThat(second.ys()).containsExactly(first.ys());
    }

    @Test
    void anotherSeedGivesOtherData() {
        Dataset other = new DatasetGenerator(10_000, 2, 6, 2, 1, 0.5, 43).line("b");

        assertThat(other.xs()).isNotEqualTo(NOISY_LINE.line("a").xs());
    }

    @Test
    void drawsXUniformlyFromItsRange() {
        // when
        Dataset data = NOISY_LINE.line("line");
        // then: inside [2, 6], spread over it, mean near 4 and variance near (6 − 2)²/12
        Moments m = data.moments();
        assertThat(Arrays.stream(data.xs())).allMatch(x -> x >= 2 && x <= 6);
        assertThat(m.meanX()).isCloseTo(4.0, within(0.05));
        assertThat(m.sxx() / m.n()).isCloseTo(16.0 / 12, within(0.05));
    }

    @Test
    void lineDataFitsTheSlopeAndInterceptThatMadeIt() {
        // when: least squares on the generated data, w = Sxy / Sxx, b = ȳ − w·x̄
        Moments m = NOISY_LINE.line("line").moments();
        double w = m.sxy() / m.sxx();
        double b = m.meanY() - w * m.meanX();
        // then
        assertThat(w).isCloseTo(2.0, within(0.03));
        assertThat(b).isCloseTo(1.0, within(0.12));
    }

    @Test
    void noiseHasTheRequestedStandardDeviation() {
        // given
        Dataset data = NOISY_LINE.line("line");
        // when: the residuals from the true line
        double sum = 0;
        double sumOfSquares = 0;
        for (int i = 0; i < data.size(); i++) {
            double r = data.y(i) - (2 * data.x(i) + 1);
            sum += r;
            sumOfSquares += r * r;
        }
        double mean = sum / data.size();
        double sd = Math.sqrt(sumOfSquares / data.size() - mean * mean);
        // then
        assertThat(mean).isCloseTo(0.0, within(0.02));
        assertThat(sd).isCloseTo(0.5, within(0.02));
    }

    @Test
    void withoutNoiseTheLineIsExact() {
        Dataset data = new DatasetGenerator(50, -1, 1, -3, 0.25, 0, 7).line("exact");

        for (int i = 0; i < data.size(); i++) {
            assertThat(data.y(i)).isEqualTo(-3 * data.x(i) + 0.25);
        }
    }

    @Test
    void sigmoidDataFollowsTheSigmoidOfTheLine() {
        // given: no noise, then a little noise
        Dataset exact = new DatasetGenerator(200, -4, 4, 1.5, -0.5, 0, 3).sigmoid("exact");
        Dataset noisy = new DatasetGenerator(200, -4, 4, 1.5, -0.5, 0.05, 3).sigmoid("noisy");
        // then: σ(1.5x − 0.5) exactly, and within a few standard deviations with noise
        for (int i = 0; i < exact.size(); i++) {
            double sigma = 1 / (1 + Math.exp(-(1.5 * exact.x(i) - 0.5)));
            assertThat(exact.y(i)).isCloseTo(sigma, within(1e-15));
            assertThat(noisy.x(i)).isEqualTo(exact.x(i));
            assertThat(noisy.y(i)).isCloseTo(sigma, within(0.25));
        }
    }

    @Test
    void sizeIsN() {
        assertThat(new DatasetGenerator(1, 0, 0, 1, 0, 0, 0).line("one").size()).isEqualTo(1);
        assertThat(new DatasetGenerator(60, -4, 4, 1, 0, 0.1, 0).sigmoid("sixty").size()).isEqualTo(60);
    }

    @Test
    void refusesRecipesThatMakeNoSense() {
        assertThatThrownBy(() -> new DatasetGenerator(0, 0, 1, 1, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("n must be");
        assertThatThrownBy(() -> new DatasetGenerator(10, 1, 0, 1, 0, 0, 0))
                .hasMessage("xMin 1.0 is greater than xMax 0.0");
        assertThatThrownBy(() -> new DatasetGenerator(10, 0, 1, 1, 0, -0.5, 0))
                .hasMessageContaining("noise is a standard deviation");
        assertThatThrownBy(() -> new DatasetGenerator(10, 0, 1, Double.NaN, 0, 0, 0))
                .hasMessage("slope must be finite, was NaN");
    }

    @Test
    void readsARecipeWrittenAsFieldsInAnyOrder() {
        DatasetGenerator read = DatasetGenerator.parse(" seed=7, n=100000, xMin=-1, xMax=1.5, slope=2, intercept=-1, noise=0.25");

        assertThat(read).isEqualTo(new DatasetGenerator(100_000, -1, 1.5, 2, -1, 0.25, 7));
    }

    @Test
    void aBrokenRecipeNamesWhatIsWrong() {
        String whole = "n=10, xMin=0, xMax=1, slope=2, intercept=1, noise=0.5, seed=1";

        assertThatThrownBy(() -> DatasetGenerator.parse(whole.replace(", seed=1", "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the recipe has no 'seed='");
        assertThatThrownBy(() -> DatasetGenerator.parse(whole + ", slop=3")).hasMessageStartingWith("'slop=3' is not one of n=");
        assertThatThrownBy(() -> DatasetGenerator.parse(whole + ", n=4")).hasMessage("'n' is given twice");
        assertThatThrownBy(() -> DatasetGenerator.parse(whole.replace("noise=0.5", "noise=lots")))
                .hasMessage("'noise' is not a number: lots");
        assertThatThrownBy(() -> DatasetGenerator.parse(whole.replace("n=10", "n=1e5")))
                .hasMessageContaining("n and seed must be whole numbers");
        assertThatThrownBy(() -> DatasetGenerator.parse(whole.replace("n=10", "n=0"))).hasMessageContaining("n must be");
    }
}
