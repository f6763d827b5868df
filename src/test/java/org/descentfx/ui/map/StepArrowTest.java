package org.descentfx.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The arrow is named for the step it draws: −(η/m) Σ ∇C_Xj is −η∇C only when m = n. */
class StepArrowTest {
    @Test
    void aMiniBatchStepIsNamedForItsMiniBatch() {
        assertThat(StepArrow.label(10, 100)).isEqualTo("\u2212\u03b7\u2207C_X");
        assertThat(StepArrow.label(1, 100)).isEqualTo("\u2212\u03b7\u2207C_X");
    }

    @Test
    void onlyTheFullBatchStepIsMinusEtaGradC() {
        assertThat(StepArrow.label(100, 100)).isEqualTo("\u2212\u03b7\u2207C");
    }
}
