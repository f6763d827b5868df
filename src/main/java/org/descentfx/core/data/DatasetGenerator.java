package org.descentfx.core.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A recipe for synthetic training inputs: n values of x drawn uniformly from
 * [xMin, xMax], each with a target y from a known rule plus Gaussian noise of
 * standard deviation {@code noise}. Because the rule is known, a learner's
 * (w, b) can be checked against the slope and intercept that made the data.
 *
 * <p>Draws come from {@link java.util.Random} seeded with {@code seed}: its generator
 * and its {@code nextGaussian} are specified exactly, so the same recipe gives the
 * same data on every Java version and machine. Per example, x is drawn first, then
 * its noise. A record that checks itself; safe to use from any thread.
 *
 * @param n         the number of examples, 1 ≤ n ≤ {@value #MAX_SIZE}
 * @param xMin      the smallest x that can be drawn
 * @param xMax      the largest x, xMin ≤ xMax
 * @param slope     the weight w that made the data
 * @param intercept the bias b that made the data
 * @param noise     the standard deviation of the Gaussian noise added to y, ≥ 0
 * @param seed      the seed of the random draws
 */
public record DatasetGenerator(int n, double xMin, double xMax, double slope, double intercept,
                               double noise, long seed) {
    /** The largest n generated: ten times a file's limit, still only 160 MB of doubles. */
    public static final int MAX_SIZE = 10 * DatasetReader.MAX_ROWS;

    public DatasetGenerator {
        if (n < 1 || n > MAX_SIZE) {
            throw new IllegalArgumentException("n must be between 1 and " + MAX_SIZE + ", was " + n);
        }
        requireFinite("xMin", xMin);
        requireFinite("xMax", xMax);
        requireFinite("slope", slope);
        requireFinite("intercept", intercept);
        requireFinite("noise", noise);
        if (xMin > xMax) {
            throw new IllegalArgumentException("xMin " + xMin + " is greater than xMax " + xMax);
        }
        if (noise < 0) {
            throw new IllegalArgumentException("noise is a standard deviation, so it cannot be negative: " + noise);
        }
    }

    /** y = slope·x + intercept + noise·N(0, 1): data for the linear neuron ŷ = w·x + b. */
    public Dataset line(String name) {
        return generate(name, false);
    }

    /**
     * y = σ(slope·x + intercept) + noise·N(0, 1): data for the sigmoid neuron ŷ = σ(w·x + b).
     * y is not clamped to [0, 1]. The noise may push a target a little outside σ's range,
     * which the quadratic cost of Eq. (1) handles like any other target: the
     * neuron just cannot reach it exactly.
     */
    public Dataset sigmoid(String name) {
        return generate(name, true);
    }

    private Dataset generate(String name, boolean sigmoid) {
        Random random = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = xMin + (xMax - xMin) * random.nextDouble();
            double z = slope * x[i] + intercept;
            double clean = sigmoid ? 1.0 / (1.0 + Math.exp(-z)) : z;
            y[i] = clean + noise * random.nextGaussian();
        }
        return Dataset.of(name, x, y);
    }

    /** The recipe's fields as {@link #parse} reads them, in the record's order. */
    private static final List<String> FIELDS = List.of("n", "xMin", "xMax", "slope", "intercept", "noise", "seed");

    /**
     * A recipe written as {@code n=100000, xMin=-1, xMax=1, slope=2, intercept=1, noise=0.5, seed=1}:
     * every field once, in any order. A missing, unknown or repeated field, or a value that is not a
     * number or breaks the record's checks, is an {@link IllegalArgumentException} that names it.
     */
    static DatasetGenerator parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            int eq = part.indexOf('=');
            String key = eq < 0 ? part.strip() : part.substring(0, eq).strip();
            if (eq < 0 || !FIELDS.contains(key)) {
                throw new IllegalArgumentException("'" + part.strip() + "' is not one of " + String.join("=…, ", FIELDS) + "=…");
            }
            if (values.put(key, part.substring(eq + 1).strip()) != null) {
                throw new IllegalArgumentException("'" + key + "' is given twice");
            }
        }
        for (String key : FIELDS) {
            if (!values.containsKey(key)) {
                throw new IllegalArgumentException("the recipe has no '" + key + "='");
            }
        }
        try {
            return new DatasetGenerator(Integer.parseInt(values.get("n")), number(values, "xMin"), number(values, "xMax"),
                    number(values, "slope"), number(values, "intercept"), number(values, "noise"),
                    Long.parseLong(values.get("seed")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("n and seed must be whole numbers: " + text, e);
        }
    }

    private static double number(Map<String, String> values, String key) {
        try {
            return Double.parseDouble(values.get(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + key + "' is not a number: " + values.get(key), e);
        }
    }

    private static void requireFinite(String what, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be finite, was " + value);
        }
    }
}
