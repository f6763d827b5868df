package org.descentfx.core.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * The training inputs: n immutable pairs (x, y), n ≥ 1, every value finite.
 * The x of the text is a scalar here, so one neuron has exactly two parameters.
 */
public final class Dataset {
    private final String name;
    private final double[] x;
    private final double[] y;
    private final Moments moments;

    private Dataset(String name, double[] x, double[] y) {
        this.name = name;
        this.x = x;
        this.y = y;
        this.moments = Moments.of(x, y);
    }

    /** Copies the arrays; rejects empty or mismatched input and non-finite values. */
    public static Dataset of(String name, double[] x, double[] y) {
        Objects.requireNonNull(name, "name");
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " values but y has " + y.length);
        }
        if (x.length == 0) {
            throw new IllegalArgumentException("a data set needs at least one example");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("example " + i + " is not finite: (" + x[i] + ", " + y[i] + ")");
            }
        }
        return new Dataset(name, x.clone(), y.clone());
    }

    public String name() {
        return name;
    }

    /** n, the number of training inputs in Eq. (1). */
    public int size() {
        return x.length;
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    /** A copy of all x, in file order. */
    public double[] xs() {
        return x.clone();
    }

    /** A copy of all y, in file order. */
    public double[] ys() {
        return y.clone();
    }

    /** The sums the linear neuron's closed-form cost needs. */
    public Moments moments() {
        return moments;
    }

    public Dataset withName(String newName) {
        return new Dataset(newName, x, y);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dataset d && Arrays.equals(x, d.x) && Arrays.equals(y, d.y);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(x) + Arrays.hashCode(y);
    }

    @Override
    public String toString() {
        return name + " (n = " + x.length + ")";
    }
}
