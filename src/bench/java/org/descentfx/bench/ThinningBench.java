package org.descentfx.bench;

import java.util.concurrent.TimeUnit;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.surface.Window;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Run;
import org.descentfx.engine.GeometricPath;
import org.descentfx.engine.PathScale;
import org.descentfx.engine.TraceHistory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Part 6: paths thinned by geometry. A stochastic descent's points (m = 1, the noisiest path) go
 * into the map's {@link GeometricPath} at a 900 × 700 px map of its valley ({@link #thinAtMapScale}),
 * and into the bounded {@link TraceHistory} the window keeps per run ({@link #history}); the figure
 * is the time for the whole run, read per point in {@link ThinningPart}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ThinningBench {
    static final int STEPS = 1_000_000;

    @State(Scope.Benchmark)
    public static class Points {
        @Param({"1", "10"})
        public int m;

        double[] w = new double[STEPS + 1];
        double[] b = new double[STEPS + 1];
        PathScale scale;

        @Setup
        public void setUp() {
            Dataset data = Workloads.data(LinearNeuron.INSTANCE, 100);
            Run run = new Run(data, LinearNeuron.INSTANCE, Workloads.START, new Hyperparameters(0.01, m), Workloads.SEED);
            double w0 = run.w();
            double b0 = run.b();
            double lowW = w0;
            double highW = w0;
            double lowB = b0;
            double highB = b0;
            w[0] = w0;
            b[0] = b0;
            for (int k = 1; k <= STEPS; k++) {
                run.stepMiniBatch();
                w[k] = run.w();
                b[k] = run.b();
                lowW = Math.min(lowW, w[k]);
                highW = Math.max(highW, w[k]);
                lowB = Math.min(lowB, b[k]);
                highB = Math.max(highB, b[k]);
            }
            double padW = 0.1 * (highW - lowW);
            double padB = 0.1 * (highB - lowB);
            scale = new PathScale(new Window(lowW - padW, highW + padW, lowB - padB, highB + padB), 900, 700);
        }
    }

    /** The vertices kept, so that the work is not optimised away; 1M points at the map's scale. */
    @Benchmark
    public int thinAtMapScale(Points p) {
        GeometricPath path = new GeometricPath(p.scale);
        for (int k = 0; k <= STEPS; k++) {
            path.append(k, p.w[k], p.b[k]);
        }
        return path.size();
    }

    /** The window's bounded history of one run: 1M points in, memory flat. */
    @Benchmark
    public int history(Points p) {
        TraceHistory h = new TraceHistory();
        for (int k = 0; k <= STEPS; k++) {
            h.append(k, k * (long) p.m, p.w[k], p.b[k], Double.NaN, Double.NaN);
        }
        h.pathFor(p.scale);
        return h.size();
    }
}
