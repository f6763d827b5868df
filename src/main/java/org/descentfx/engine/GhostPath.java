package org.descentfx.engine;

/**
 * Where the first run went on a branch that is not the current one, from the step where the two
 * part: at most {@link BranchTree#GHOST_POINTS} of its true points, evenly spaced in steps, the
 * first and the last always kept. C is Eq. (1) at each point. Immutable: the arrays are never written.
 */
public record GhostPath(long[] steps, double[] w, double[] b, double[] cost) {
    public GhostPath {
        if (w.length != steps.length || b.length != steps.length || cost.length != steps.length) {
            throw new IllegalArgumentException("one w, b and C per step");
        }
    }

    public int size() {
        return steps.length;
    }
}
