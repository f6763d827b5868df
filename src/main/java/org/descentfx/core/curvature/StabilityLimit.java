package org.descentfx.core.curvature;

import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.Model;
import org.descentfx.core.train.Point;

/**
 * How large η may be for full-batch descent, Eq. (5)–(6), from the curvature H of C.
 *
 * <p>On a quadratic C (the linear neuron) the error e = v − v* obeys e′ = (I − ηH)e exactly, so along
 * an eigen-axis of curvature λ each step multiplies the distance by (1 − ηλ): below 1/λmax every step
 * stays on its side of the floor, between 1/λmax and 2/λmax it crosses the valley and back while
 * shrinking, above 2/λmax |1 − ηλmax| > 1 and it diverges. The slow axis contracts by |1 − ηλmin| a step.
 * For the sigmoid neuron H changes from point to point: the same numbers then describe the quadratic
 * that fits C at this point, and are only local.
 *
 * @param hessian the curvature used
 * @param local   whether it holds at this point only (the Hessian is not constant)
 */
public record StabilityLimit(Hessian hessian, boolean local) {

    /** The limit at {@code at}; for a model with constant curvature the point does not matter. */
    public static StabilityLimit of(Model model, Dataset data, Point at) {
        return new StabilityLimit(Hessian.of(model, data, at), !model.constantCurvature());
    }

    /** 1/λmax: above it a full-batch step overshoots the floor across the valley. NaN where C curves down. */
    public double etaOscillates() {
        double max = hessian.lambdaMax();
        return max > 0 ? 1 / max : Double.NaN;
    }

    /** 2/λmax: above it full-batch descent diverges (on a quadratic); NaN where C curves down everywhere. */
    public double etaDiverges() {
        double max = hessian.lambdaMax();
        return max > 0 ? 2 / max : Double.NaN;
    }

    /** |1 − ηλmin|: by how much one full-batch step shrinks the distance along the slow axis. */
    public double slowContraction(double learningRate) {
        return Math.abs(1 - learningRate * hessian.lambdaMin());
    }

    /** Which of the three zones η is in. */
    public Zone zoneOf(double learningRate) {
        double oscillates = etaOscillates();
        if (Double.isNaN(oscillates) || learningRate <= oscillates) {
            return Zone.SMOOTH;
        }
        return learningRate < etaDiverges() ? Zone.OSCILLATING : Zone.DIVERGING;
    }

    /** The zones of η for full-batch descent. */
    public enum Zone {
        /** η ≤ 1/λmax: every step stays on its side of the floor. */
        SMOOTH,
        /** 1/λmax < η < 2/λmax: steps cross the valley and back, converging. */
        OSCILLATING,
        /** η ≥ 2/λmax: each crossing lands higher than the last. */
        DIVERGING
    }
}
