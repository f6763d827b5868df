package org.descentfx.core.train;

/** Whether a run can take another step. */
public enum RunState {
    /** At the start or part-way; the next mini-batch can be taken. */
    READY,
    /** w, b or C became NaN or infinite, or C passed {@link Run#DIVERGENCE_COST}; only a reset recovers. */
    DIVERGED
}
