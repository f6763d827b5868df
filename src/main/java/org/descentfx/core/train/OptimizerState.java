package org.descentfx.core.train;

/**
 * What an optimizer carries from one step to the next, as an immutable value, so a snapshot of a
 * run holds it whole. Plain SGD carries nothing: {@link #NONE}.
 *
 * @param steps  steps the optimizer has taken since the run's start or reset (t of a rule that counts)
 * @param first  the first per-parameter accumulator (w, b) of the rule, zero where it has none
 * @param second the second one, zero where it has none
 */
public record OptimizerState(long steps, Point first, Point second) {
    public static final OptimizerState NONE = new OptimizerState(0, Point.ORIGIN, Point.ORIGIN);
}
