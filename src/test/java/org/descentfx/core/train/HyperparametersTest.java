package org.descentfx.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** η and m check themselves, with messages a person can act on. */
class HyperparametersTest {

    @ParameterizedTest(name = "η = {0}")
    @ValueSource(doubles = {0.0, -0.0, -0.1, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void rejectsALearningRateThatIsNotPositiveAndFinite(double eta) {
        // given / when / then
        assertThatThrownBy(() -> new Hyperparameters(eta, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the learning rate η must be a positive finite number, not " + eta);
    }

    @ParameterizedTest(name = "m = {0}")
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void rejectsAMiniBatchSizeBelowOne(int m) {
        // given / when / then
        assertThatThrownBy(() -> new Hyperparameters(0.1, m))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the mini-batch size m must be at least 1, not " + m);
    }

    @Test
    void acceptsAnyPositiveFiniteRateAndAnySizeFromOne() {
        // given / when
        Hyperparameters tiny = new Hyperparameters(Double.MIN_VALUE, 1);
        Hyperparameters huge = new Hyperparameters(1e300, Integer.MAX_VALUE);

        // then
        assertThat(tiny.learningRate()).isEqualTo(Double.MIN_VALUE);
        assertThat(tiny.miniBatchSize()).isEqualTo(1);
        assertThat(huge.learningRate()).isEqualTo(1e300);
        assertThat(huge.miniBatchSize()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void withersChangeOneFieldAndStillCheckIt() {
        // given
        Hyperparameters h = new Hyperparameters(0.5, 8);

        // when / then
        assertThat(h.withLearningRate(0.01)).isEqualTo(new Hyperparameters(0.01, 8));
        assertThat(h.withMiniBatchSize(3)).isEqualTo(new Hyperparameters(0.5, 3));
        assertThatThrownBy(() -> h.withLearningRate(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> h.withMiniBatchSize(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
