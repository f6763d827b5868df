package org.descentfx.core.cost;

import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.model.Model;

/** The quadratic cost of Eq. (1), C = 1/(2n) Σ (y − ŷ)², over all data or over a mini-batch X. */
public final class QuadraticCost {
    private QuadraticCost() {
    }

    /** C(w, b) over the whole data set, Eq. (1), summed example by example. */
    public static double cost(Model model, Dataset data, double w, double b) {
        double sse = 0;
        for (int i = 0; i < data.size(); i++) {
            double error = data.y(i) - model.output(w, b, data.x(i));
            sse += error * error;
        }
        return sse / (2.0 * data.size());
    }

    /**
     * C(w, b) over the whole data set by the fastest exact route: the closed form of the
     * moments for the linear neuron (any n costs the same), the direct sum otherwise.
     */
    public static double fastCost(Model model, Dataset data, double w, double b) {
        if (model instanceof LinearNeuron) {
            return data.moments().linearCost(w, b);
        }
        return cost(model, data, w, b);
    }

    /** C(w, b) when it costs O(1) (the linear neuron's closed form), otherwise NaN: "not measured". */
    public static double fastCostIfCheap(Model model, Dataset data, double w, double b) {
        return model instanceof LinearNeuron ? data.moments().linearCost(w, b) : Double.NaN;
    }

    /** C_X = 1/(2m) Σ_{j∈X} (y_j − ŷ_j)² over the examples whose indices are in {@code batch}. */
    public static double batchCost(Model model, Dataset data, int[] batch, double w, double b) {
        double sse = 0;
        for (int j : batch) {
            double error = data.y(j) - model.output(w, b, data.x(j));
            sse += error * error;
        }
        return sse / (2.0 * batch.length);
    }

    /** The full gradient ∇C = (1/n) Σ ∇C_x, each C_x by the model's chain rule. */
    public static double[] gradient(Model model, Dataset data, double w, double b) {
        double[] one = new double[2];
        double gw = 0;
        double gb = 0;
        for (int i = 0; i < data.size(); i++) {
            model.gradient(w, b, data.x(i), data.y(i), one);
            gw += one[0];
            gb += one[1];
        }
        return new double[] {gw / data.size(), gb / data.size()};
    }
}
