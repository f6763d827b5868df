package org.descentfx.bench;

import java.util.concurrent.TimeUnit;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.train.MiniBatches;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Part 1, what an epoch's order costs before any gradient: one operation is one epoch of n
 * examples. {@link #shuffle} is the app's Fisher–Yates over the indices with java.util.Random's
 * draws; {@link #gather} copies x and y into that order (what {@code Run} does once an epoch so its
 * mini-batches are contiguous); {@link #shuffleData} swaps x and y themselves with the same draws,
 * as {@code random.shuffle(training_data)} does in the book's network.py: the alternative to the
 * two, measured to show why the app does not use it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EpochOrder {
    @Param({"1000000"})
    public int n;

    private MiniBatches batches;
    private double[] x;
    private double[] y;
    private double[] xOut;
    private double[] yOut;
    private long state;

    @Setup(Level.Trial)
    public void setUp() {
        Dataset data = Workloads.data(LinearNeuron.INSTANCE, n);
        batches = new MiniBatches(n, Workloads.SEED);
        x = data.xs();
        y = data.ys();
        xOut = new double[n];
        yOut = new double[n];
        state = Workloads.SEED;
        batches.shuffle(); // gather reads a shuffled order, not the identity
    }

    @Benchmark
    public int shuffle() {
        batches.shuffle();
        return batches.at(0);
    }

    @Benchmark
    public double gather() {
        for (int i = 0; i < n; i++) {
            int k = batches.at(i);
            xOut[i] = x[k];
            yOut[i] = y[k];
        }
        return xOut[n - 1];
    }

    /** The same draws as {@link MiniBatches#shuffle}, swapping the examples instead of their indices. */
    @Benchmark
    public double shuffleData() {
        long s = state;
        for (int i = n - 1; i > 0; i--) {
            int bound = i + 1;
            s = (s * 0x5DEECE66DL + 0xBL) & ((1L << 48) - 1);
            int r = (int) (s >>> 17);
            int j;
            if ((bound & i) == 0) {
                j = (int) ((bound * (long) r) >> 31);
            } else {
                for (int u = r; u - (j = u % bound) + i < 0; u = (int) (s >>> 17)) {
                    s = (s * 0x5DEECE66DL + 0xBL) & ((1L << 48) - 1);
                }
            }
            double tx = x[i];
            double ty = y[i];
            x[i] = x[j];
            y[i] = y[j];
            x[j] = tx;
            y[j] = ty;
        }
        state = s;
        return x[0];
    }
}
