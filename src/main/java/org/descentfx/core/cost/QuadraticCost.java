package org.descentfx.core.cost;

import java.util.Optional;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.Model;
import org.descentfx.core.model.MomentForm;

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
     * C(w, b) over the whole data set by the fastest exact route: the model's closed form of the
     * moments if it has one (the linear neuron: any n costs the same), the direct sum otherwise.
     */
    public static double fastCost(Model model, Dataset data, double w, double b) {
        Optional<MomentForm> closed = model.momentForm();
        return closed.isPresent() ? closed.get().cost(data.moments(), w, b) : cost(model, data, w, b);
    }

    /** C(w, b) when it costs O(1) (a model's closed form), otherwise NaN: "not measured". */
    public static double fastCostIfCheap(Model model, Dataset data, double w, double b) {
        Optional<MomentForm> closed = model.momentForm();
        return closed.isPresent() ? closed.get().cost(data.moments(), w, b) : Double.NaN;
    }

    /** Whether C over all data costs O(1) whatever n: the model has a closed form. */
    public static boolean isCheap(Model model) {
        return model.momentForm().isPresent();
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

    /** The mini-batch's gradient ∇C_X = (1/m) Σ_{j∈X} ∇C_xj, summed example by example as the update of Eq. (8)–(9) sums it. */
    public static double[] batchGradient(Model model, Dataset data, int[] batch, double w, double b) {
        double[] one = new double[2];
        double gw = 0;
        double gb = 0;
        for (int j : batch) {
            model.gradient(w, b, data.x(j), data.y(j), one);
            gw += one[0];
            gb += one[1];
        }
        return new double[] {gw / batch.length, gb / batch.length};
    }
}
