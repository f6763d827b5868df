package org.descentfx.core.model;

/**
 * One neuron with weight w and bias b. It gives the output ŷ(x) and, by the chain
 * rule, the gradient of the per-example cost C_x = ½(y − ŷ)².
 */
public sealed interface Model permits LinearNeuron, SigmoidNeuron {

    /** A short name used on the command line and in session files: "linear", "sigmoid". */
    String id();

    /** A name for people: "linear neuron ŷ = w·x + b". */
    String displayName();

    /** ŷ(x) for parameters w and b. */
    double output(double w, double b, double x);

    /**
     * The per-example gradient (∂C_x/∂w, ∂C_x/∂b) of C_x = ½(y − ŷ)², written into {@code grad[0..1]}.
     */
    void gradient(double w, double b, double x, double y, double[] grad);

    /**
     * One pass over examples {@code from..to-1} of the arrays: adds Σ ∂C_x/∂w to {@code grad[0]},
     * Σ ∂C_x/∂b to {@code grad[1]} and returns Σ (y − ŷ)². Allocates nothing.
     */
    double accumulate(double w, double b, double[] x, double[] y, int from, int to, double[] grad);

    /** Σ (y − ŷ)² over examples {@code from..to-1}. */
    double sumSquaredError(double w, double b, double[] x, double[] y, int from, int to);

    /** The model for an id, or an exception naming the ids that exist. */
    static Model byId(String id) {
        return switch (id) {
            case "linear" -> LinearNeuron.INSTANCE;
            case "sigmoid" -> SigmoidNeuron.INSTANCE;
            default -> throw new IllegalArgumentException("unknown model '" + id + "': use linear or sigmoid");
        };
    }
}
