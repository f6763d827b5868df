package org.descentfx.core.model;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * One neuron with weight w and bias b. It gives the output ŷ(x) and, by the chain
 * rule, the gradient of the per-example cost C_x = ½(y − ŷ)². What else it offers (a closed
 * form of C, a fast grid of C) it says through its methods, so no caller asks which model it is.
 */
public sealed interface Model permits LinearNeuron, SigmoidNeuron {

    /** A short name used on the command line and in session files: "linear", "sigmoid". */
    String id();

    /** A name for people: "linear neuron ŷ = w·x + b". */
    String displayName();

    /** The formula alone, for legends: "ŷ = w·x + b". */
    String formula();

    /** ŷ(x) for parameters w and b. */
    double output(double w, double b, double x);

    /**
     * The per-example gradient (∂C_x/∂w, ∂C_x/∂b) of C_x = ½(y − ŷ)², written into {@code grad[0..1]}.
     */
    void gradient(double w, double b, double x, double y, double[] grad);

    /**
     * The per-example second derivatives of C_x = ½(y − ŷ)²: {@code h = {∂²C_x/∂w², ∂²C_x/∂w∂b, ∂²C_x/∂b²}}.
     * Their mean over the n examples is the Hessian of C (Eq. (1)), the curvature that bounds η.
     */
    void secondDerivatives(double w, double b, double x, double y, double[] h);

    /** The lowest output ŷ can approach, for any (w, b): 0 for σ, −∞ for the linear neuron. */
    default double lowestOutput() {
        return Double.NEGATIVE_INFINITY;
    }

    /** The highest output ŷ can approach, for any (w, b): 1 for σ, +∞ for the linear neuron. */
    default double highestOutput() {
        return Double.POSITIVE_INFINITY;
    }

    /** Whether C's Hessian is the same at every (w, b): C is then a quadratic, and its stability limit global. */
    boolean constantCurvature();

    /**
     * One pass over examples {@code from..to-1} of the arrays: adds Σ ∂C_x/∂w to {@code grad[0]},
     * Σ ∂C_x/∂b to {@code grad[1]} and returns Σ (y − ŷ)². Allocates nothing.
     */
    double accumulate(double w, double b, double[] x, double[] y, int from, int to, double[] grad);

    /** Σ (y − ŷ)² over examples {@code from..to-1}. */
    double sumSquaredError(double w, double b, double[] x, double[] y, int from, int to);

    /** C and ∇C of Eq. (1) from the data's moments, when this model's C has such a closed form. */
    Optional<MomentForm> momentForm();

    /**
     * Σ (y − ŷ)² at every node (ws[col], bs[row]), row-major (index row·ws.length + col), each node
     * summed over the examples in data order. Columns spread over all cores; {@code cancelled} is
     * checked per column and throws {@link java.util.concurrent.CancellationException}. This one
     * sums node by node; a model may know a faster exact route.
     */
    default double[] gridSumSquaredErrors(double[] x, double[] y, double[] ws, double[] bs, BooleanSupplier cancelled) {
        return GridSums.byNode(this, x, y, ws, bs, cancelled);
    }

    /** Every model, in the order a learner is offered them. */
    static List<Model> all() {
        return List.of(LinearNeuron.INSTANCE, SigmoidNeuron.INSTANCE);
    }

    /** The model for an id, or an exception naming the ids that exist. */
    static Model byId(String id) {
        for (Model m : all()) {
            if (m.id().equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown model '" + id + "': use "
                + all().stream().map(Model::id).collect(Collectors.joining(" or ")));
    }
}
