package org.descentfx.ui.fan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * The fan's "final C" title, turned upright left of the tick labels, never runs into them: the plot
 * starts right of the widest label, however many digits the final costs need (it was a fixed 50 px,
 * in which "0.00124" reached under the title). The pane is as wide at every window size, so this holds at
 * 1600 × 1000, 1280 × 720 and 1024 × 768 alike.
 */
class FanAxisTitleClearTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // fonts are measured by the toolkit
    }

    @Test
    void theWidestTickLabelStartsRightOfTheTitle() {
        for (double[] costs : new double[][] {{0.00123, 0.00124, 0.00126}, {0.1, 0.12, 0.14}, {12.5, 130.25, 1.75}}) {
            FanHistogram hist = FanHistogram.of(costs, costs[0]);
            double[] ticks = org.descentfx.ui.plot.NiceTicks.ticks(hist.low(), hist.high(), 4);
            double step = ticks.length > 1 ? ticks[1] - ticks[0] : hist.high() - hist.low();
            double left = SeedFanPane.yAxisWidth(hist);
            for (double t : ticks) {
                String label = org.descentfx.ui.plot.NiceTicks.format(t, step);
                // the label is drawn right-aligned 6 px left of the plot
                double labelLeft = left - 6 - SeedFanPane.textWidth(label);
                assertThat(labelLeft).as("left edge of %s", label).isGreaterThan(SeedFanPane.titleRight());
            }
        }
    }
}
