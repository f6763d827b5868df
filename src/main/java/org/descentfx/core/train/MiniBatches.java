package org.descentfx.core.train;

import java.util.Random;

/**
 * The order in which an epoch visits the examples, as in {@code network.py}: at the start of
 * every epoch the n indices are shuffled (seeded), then cut into consecutive slices of m.
 * The permutation carries over from epoch to epoch, like {@code random.shuffle(training_data)}
 * in the book, so the k-th epoch's order depends only on the seed and k — never on m.
 */
public final class MiniBatches {
    private final int n;
    private final long seed;
    private final int[] order;
    private Random random;

    public MiniBatches(int n, long seed) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1");
        }
        this.n = n;
        this.seed = seed;
        this.order = new int[n];
        restart();
    }

    /** Back to the state before the first epoch: identity order, fresh generator. */
    public void restart() {
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        random = new Random(seed);
    }

    /** Shuffles the order for a new epoch (Fisher–Yates). */
    public void shuffle() {
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    /** The index, in data-file order, of the example at position {@code position} of this epoch. */
    public int at(int position) {
        return order[position];
    }

    /** The indices of positions {@code from..to-1} of this epoch, in data-file order. */
    public int[] slice(int from, int to) {
        int[] out = new int[to - from];
        System.arraycopy(order, from, out, 0, out.length);
        return out;
    }

    /** Writes x and y in this epoch's order into {@code xOut}, {@code yOut}, so batches are contiguous. */
    void gather(double[] x, double[] y, double[] xOut, double[] yOut) {
        for (int i = 0; i < n; i++) {
            int k = order[i];
            xOut[i] = x[k];
            yOut[i] = y[k];
        }
    }

    public int size() {
        return n;
    }

    public long seed() {
        return seed;
    }
}
