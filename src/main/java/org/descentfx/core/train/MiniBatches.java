package org.descentfx.core.train;

/**
 * The order in which an epoch visits the examples, as in {@code network.py}: at the start of
 * every epoch the n indices are shuffled (seeded), then cut into consecutive slices of m.
 * The permutation carries over from epoch to epoch, like {@code random.shuffle(training_data)}
 * in the book, so the k-th epoch's order depends only on the seed and k — never on m.
 *
 * <p>The draws are those of {@code new java.util.Random(seed).nextInt(i + 1)}, whose algorithm
 * that class's Javadoc specifies exactly. They are computed here in a plain {@code long}, because
 * {@code Random} updates its state atomically on every draw: that alone made the shuffle several
 * times slower, and the shuffle is a large part of an epoch of small mini-batches.
 */
public final class MiniBatches {
    private static final long MULTIPLIER = 0x5DEECE66DL;
    private static final long ADDEND = 0xBL;
    private static final long MASK = (1L << 48) - 1;

    private final int n;
    private final long seed;
    private final int[] order;
    /** The 48-bit state of java.util.Random's linear congruential generator. */
    private long generator;

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
        generator = (seed ^ MULTIPLIER) & MASK;
    }

    /** Shuffles the order for a new epoch (Fisher–Yates). */
    public void shuffle() {
        long state = generator;
        for (int i = n - 1; i > 0; i--) {
            // j = Random.nextInt(bound) for bound = i + 1, as its Javadoc gives it
            int bound = i + 1;
            state = (state * MULTIPLIER + ADDEND) & MASK;
            int r = (int) (state >>> 17);
            int j;
            if ((bound & i) == 0) {
                j = (int) ((bound * (long) r) >> 31);
            } else {
                for (int u = r; u - (j = u % bound) + i < 0; u = (int) (state >>> 17)) {
                    state = (state * MULTIPLIER + ADDEND) & MASK;
                }
            }
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        generator = state;
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

    /** Copies the indices of positions {@code from..to-1} into {@code out} from index 0, allocating nothing. */
    void copy(int from, int to, int[] out) {
        System.arraycopy(order, from, out, 0, to - from);
    }

    /** Writes x and y in this epoch's order into {@code xOut}, {@code yOut}, so batches are contiguous. */
    void gather(double[] x, double[] y, double[] xOut, double[] yOut) {
        for (int i = 0; i < n; i++) {
            int k = order[i];
            xOut[i] = x[k];
            yOut[i] = y[k];
        }
    }

    /** The generator's 48-bit state: with {@link #order()} all a later epoch's shuffle depends on. */
    public long generator() {
        return generator;
    }

    /** A copy of this epoch's order. */
    public int[] order() {
        return order.clone();
    }

    /** Takes up an order and a generator state, as {@link #order()} and {@link #generator()} gave them. */
    public void resume(int[] savedOrder, long savedGenerator) {
        if (savedOrder.length != n) {
            throw new IllegalArgumentException("the order has " + savedOrder.length + " examples, the data " + n);
        }
        System.arraycopy(savedOrder, 0, order, 0, n);
        generator = savedGenerator & MASK;
    }

    public int size() {
        return n;
    }

    public long seed() {
        return seed;
    }
}
