package org.descentfx.ui.step;

import org.descentfx.core.train.Snapshot;
import org.descentfx.core.train.StepBreakdown;
import org.descentfx.core.train.OptimizerChoice;
import org.descentfx.core.train.UpdateRule;
import org.descentfx.engine.EngineSnapshot;
import org.descentfx.engine.TrainingSetup;

/**
 * Feeds the step panel from the engine's snapshots: the next step of the first run, from the point
 * and mini-batch that one snapshot holds together. Computed on the FX thread, O(m + n); so only
 * while the panel is open, once per new snapshot, and while playing at most a few times a second.
 *
 * <p>The first typesetting waits for the frame after the map has its surface: loading the
 * typesetter and its fonts takes about a CPU-second, which the window's first frame need not wait
 * for (docs/BENCHMARKS.md, part 5).
 */
public final class StepFeed {
    private static final long PLAYING_PAUSE_NANOS = 250_000_000L;

    private final StepPanel panel;
    private EngineSnapshot last;
    private long lastNanos;
    private long mapShownAt;

    public StepFeed(StepPanel panel) {
        this.panel = panel;
        panel.expandedProperty().addListener((o, a, open) -> last = null);
    }

    /**
     * Called once per frame with the newest snapshot; {@code mapShown} says whether the map has its
     * cost surface (nothing is typeset before the frame after that).
     */
    public void update(EngineSnapshot s, long now, boolean mapShown) {
        if (!mapShown || mapShownAt == 0) {
            mapShownAt = mapShown ? now : 0;
            return;
        }
        if (now == mapShownAt) {
            return;
        }
        if (s == null || s == last || !panel.isExpanded() || (s.playing() && now - lastNanos < PLAYING_PAUSE_NANOS)) {
            return;
        }
        last = s;
        lastNanos = now;
        Snapshot run = s.primary();
        TrainingSetup setup = s.setup();
        OptimizerChoice rule = setup.optimizerOf(0); // a racer follows its own
        if (run.diverged() || !run.point().isFinite()) {
            panel.showNothing("The run diverged at step " + run.divergedAtStep() + ": there is no next step to explain."
                    + " Lower η and press Reset.");
        } else if (!rule.id().equals(UpdateRule.SGD.id())) {
            // a fresh optimizer of another rule would not carry the run's velocity or averages: its step would be wrong
            panel.showNothing("This run follows " + rule.id() + ", whose step also depends on what it"
                    + " carries from earlier steps. The panel explains plain SGD, Eq. (8)–(9): choose sgd to see it.");
        } else if (s.nextBatch().length == 0) {
            panel.showNothing("The next mini-batch has m = " + setup.hyperparameters().miniBatchSize()
                    + " examples: too many to list. Choose a smaller m to see its numbers.");
        } else {
            panel.show(StepBreakdown.of(setup.model(), setup.data(), run.point(), s.nextBatch(),
                    setup.runs().get(0).resolve(setup.hyperparameters(), setup.data().size()).learningRate(),
                    rule.create()), run.step(), setup.data().size());
        }
    }
}
