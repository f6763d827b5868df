package org.descentfx.bench;

import java.util.concurrent.TimeUnit;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.Model;
import org.descentfx.core.train.Run;
import org.descentfx.core.train.RunState;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Part 1: mini-batch SGD on one core. One operation is one step of Eq. (8)–(9), so the
 * example-gradients per second are m × the operations per second. {@link #run} is the
 * app's {@link Run#stepMiniBatch()} (this epoch's shuffled order, divergence check and all);
 * {@link #contiguous} is the same update written as the plainest loop over arrays already in
 * order, with the same sums in the same order: what one core can do at best.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SgdThroughput {
    @Param({"linear", "sigmoid"})
    public String model;

    @Param({"1000", "1000000"})
    public int n;

    /** A number, or "n" for full-batch descent. */
    @Param({"1", "10", "100", "n"})
    public String m;

    private Run run;
    private double[] x;
    private double[] y;
    private boolean linear;
    private int batch;
    private double learningRate;
    private double w;
    private double b;
    private int position;

    @Setup(Level.Trial)
    public void setUp() {
        Model neuron = Workloads.model(model);
        Dataset data = Workloads.data(neuron, n);
        run = new Run(data, neuron, Workloads.START, Workloads.hyperparameters(neuron, m, n), Workloads.SEED);
        x = data.xs();
        y = data.ys();
        linear = Workloads.isLinear(neuron);
        batch = Workloads.miniBatchSize(m, n);
        learningRate = Workloads.learningRate(neuron);
        w = Workloads.START.w();
        b = Workloads.START.b();
    }

    @TearDown(Level.Iteration)
    public void checkStillDescending() {
        if (run.state() != RunState.READY || !Double.isFinite(w) || !Double.isFinite(b)) {
            throw new IllegalStateException("the benchmark's descent diverged: its figure would be meaningless");
        }
    }

    @Benchmark
    public boolean run() {
        return run.stepMiniBatch();
    }

    /** One step over the next m examples of arrays already in order; returns C_X as Run does. */
    @Benchmark
    public double contiguous() {
        int from = position;
        int to = Math.min(from + batch, x.length);
        double gw = 0;
        double gb = 0;
        double sse = 0;
        if (linear) {
            for (int i = from; i < to; i++) {
                double delta = w * x[i] + b - y[i];
                gw += delta * x[i];
                gb += delta;
                sse += delta * delta;
            }
        } else {
            for (int i = from; i < to; i++) {
                double a = 1.0 / (1.0 + Math.exp(-(w * x[i] + b)));
                double error = a - y[i];
                double delta = error * a * (1 - a);
                gw += delta * x[i];
                gb += delta;
                sse += error * error;
            }
        }
        double scale = learningRate / (to - from);
        w = w - scale * gw;
        b = b - scale * gb;
        position = to == x.length ? 0 : to;
        return sse / (2.0 * (to - from));
    }
}
