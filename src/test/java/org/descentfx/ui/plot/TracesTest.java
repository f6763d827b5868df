package org.descentfx.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;

import org.descentfx.core.train.Point;
import org.descentfx.engine.RunSpec;
import org.descentfx.engine.TraceHistory;
import org.junit.jupiter.api.Test;

/** The window and render name and colour a run the same way, through one builder. */
class TracesTest {
    @Test
    void aRunIsNamedAfterItsRuleAndItsMAndColouredByItsRule() {
        // given
        RunSpec full = RunSpec.lineup(true, false).get(1);
        TraceHistory history = new TraceHistory();

        // when
        Trace t = Traces.of(full, 100, 100, history, new Point(1, 2), new Point(0.1, 0), true, false);

        // then
        assertThat(t.label()).isEqualTo("full batch (m = 100)");
        assertThat(t.color()).isEqualTo(RunColors.FULL_BATCH);
        assertThat(t.history()).isSameAs(history);
        assertThat(t.current()).isEqualTo(new Point(1, 2));
        assertThat(t.nextStep()).isEqualTo(new Point(0.1, 0));
        assertThat(t.visible()).isTrue();
        assertThat(t.diverged()).isFalse();
    }

    @Test
    void theLabelCapsMAtN() {
        assertThat(Traces.label(RunSpec.single(), 1_000_000, 100)).isEqualTo("mini-batch (m = 100)");
        assertThat(Traces.label(RunSpec.single(), 10, 100)).isEqualTo("mini-batch (m = 10)");
    }
}
