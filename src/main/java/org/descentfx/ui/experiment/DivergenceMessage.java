package org.descentfx.ui.experiment;

import org.descentfx.core.train.Snapshot;
import org.descentfx.engine.EngineSnapshot;
import org.descentfx.ui.plot.Format;

/** The window's banner when a run diverged: which run, at which step, and what to do about it. */
public final class DivergenceMessage {
    private DivergenceMessage() {
    }

    /**
     * Empty while every run is fine; otherwise one sentence about the first run that diverged, or
     * else about the first one stuck on a plateau ({@link SaturationMessage}).
     */
    public static String of(EngineSnapshot s) {
        for (int i = 0; i < s.runs().size(); i++) {
            Snapshot r = s.runs().get(i);
            if (r.diverged()) {
                String who = s.runs().size() > 1 ? "The " + s.setup().runs().get(i).label() + " descent diverged"
                        : "Diverged";
                return String.format("%s at step %d: η = %s is too large for this valley — lower η and press Reset (R).",
                        who, r.divergedAtStep(), Format.exact(r.hyperparameters().learningRate()));
            }
        }
        return SaturationMessage.of(s);
    }
}
