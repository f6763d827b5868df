package org.descentfx.ui.lesson;

import org.descentfx.core.lesson.Setup;
import org.descentfx.engine.EngineSnapshot;

/**
 * Whether the training thread has done what a step's set-up asked. The set-up's verbs are commands
 * that the engine takes in order, so for a moment after a step is shown the newest snapshot is
 * still one from before them: a wait judged on it, or a prediction's truth read from it, would be
 * of the state the step replaced. A set-up that resets is done once a snapshot of a later
 * generation has the steps taken since the reset; one that only steps, once the step count has
 * grown by them. No JavaFX.
 */
record Settling(long generation, long stepAtShow, boolean restarts, long steps) {

    /** For {@code setup} applied when {@code shown} was the newest snapshot (null before the first). */
    static Settling of(Setup setup, EngineSnapshot shown) {
        long generation = shown == null ? -1 : shown.generation();
        long step = shown == null ? 0 : shown.primary().step();
        boolean restarts = false;
        long steps = 0;
        for (Setup.Action a : setup.actions()) {
            switch (a.kind()) {
                case RESET -> {
                    restarts = true;
                    steps = 0;
                }
                case TO_STEP -> {
                    restarts = true;
                    steps = a.count();
                }
                case STEP -> steps += a.count();
                default -> {
                    // play, pause and whole epochs say nothing about the count of steps to expect
                }
            }
        }
        return new Settling(generation, step, restarts, steps);
    }

    /** Whether {@code s} shows the set-up done. */
    boolean settled(EngineSnapshot s) {
        if (s == null) {
            return false;
        }
        if (restarts) {
            return s.generation() > generation && s.primary().step() >= steps;
        }
        return s.generation() > generation || s.primary().step() >= stepAtShow + steps;
    }
}
