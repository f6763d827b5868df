package org.descentfx.core.lesson;

/**
 * Something the learner must do before a step offers Next.
 *
 * @param value the threshold of the comparisons (an epoch, a step, η or m)
 * @param hint  what to tell the learner while waiting; never empty
 */
public record Wait(Kind kind, double value, String hint) {
    public enum Kind {
        /** Play pressed (the runs played) since the step was shown. */
        PLAY,
        EPOCH_AT_LEAST, STEP_AT_LEAST,
        /** η below {@code value}. */
        ETA_BELOW,
        ETA_ABOVE,
        /** m at most {@code value}. */
        BATCH_AT_MOST,
        BATCH_AT_LEAST,
        /** Comparison of full batch and stochastic turned on. */
        COMPARE
    }

    /** What the window shows of the learner's doing, for {@link #isMet}. */
    public record Observed(boolean playedSinceShown, long epoch, long step, double learningRate, int miniBatchSize,
            boolean compare) {
    }

    /** Whether the learner has done it. */
    public boolean isMet(Observed o) {
        return switch (kind) {
            case PLAY -> o.playedSinceShown();
            case EPOCH_AT_LEAST -> o.epoch() >= value;
            case STEP_AT_LEAST -> o.step() >= value;
            case ETA_BELOW -> o.learningRate() < value;
            case ETA_ABOVE -> o.learningRate() > value;
            case BATCH_AT_MOST -> o.miniBatchSize() <= value;
            case BATCH_AT_LEAST -> o.miniBatchSize() >= value;
            case COMPARE -> o.compare();
        };
    }
}
