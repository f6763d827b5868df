package org.descentfx.core.train;

/** The summed gradient Σ_j ∇C_Xj of one mini-batch X at any point (w, b): the same examples, another place. */
@FunctionalInterface
public interface BatchGradient {

    /** Writes (Σ_j ∂C_Xj/∂w, Σ_j ∂C_Xj/∂b) at (w, b) into {@code gradientSum[0..1]}. */
    void sumAt(double w, double b, double[] gradientSum);
}
