package org.descentfx.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.model.SigmoidNeuron;
import org.descentfx.core.surface.Contour;
import org.descentfx.core.surface.ContourLines;
import org.descentfx.core.surface.CostGrid;
import org.descentfx.core.surface.CostSurface;
import org.descentfx.core.surface.Window;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Part 3: the cost surface as the window gets it, on all cores. The map first shows a
 * {@value CostSurface#COARSE_SIZE}² grid, then the {@value #FINE}² one: {@link #sigmoidCoarse} is
 * the time to the first picture and {@link #sigmoidProgressive} the time to the full one (both
 * grids, one after the other, as {@link CostSurface#progressive} delivers them).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SurfaceBench {
    static final int FINE = 256;
    /** As many levels as the window draws. */
    static final int LEVELS = 14;

    /** A window around the data's valley and the benchmarks' start point, as the map would frame it. */
    static final Window LINEAR_WINDOW = new Window(-2, 2, -2.5, 2.5);
    static final Window SIGMOID_WINDOW = new Window(-3, 5, -3, 4);

    @State(Scope.Benchmark)
    public static class LinearData {
        @Param({"100", "1000000"})
        public int linearN;

        Dataset data;

        @Setup
        public void setUp() {
            data = Workloads.data(LinearNeuron.INSTANCE, linearN);
        }
    }

    @State(Scope.Benchmark)
    public static class SigmoidData {
        @Param({"100", "1000", "10000"})
        public int sigmoidN;

        Dataset data;

        @Setup
        public void setUp() {
            data = Workloads.data(SigmoidNeuron.INSTANCE, sigmoidN);
        }
    }

    /** The fine sigmoid grid at n = 1,000, whose contours the window traces. */
    @State(Scope.Benchmark)
    public static class Grid {
        CostGrid grid;
        double[] levels;

        @Setup
        public void setUp() {
            Dataset data = Workloads.data(SigmoidNeuron.INSTANCE, 1000);
            grid = CostSurface.compute(SigmoidNeuron.INSTANCE, data, SIGMOID_WINDOW, FINE, FINE);
            levels = ContourLines.logLevels(grid.min(), grid.max(), LEVELS);
        }
    }

    @Benchmark
    public CostGrid linearFine(LinearData d) {
        return CostSurface.compute(LinearNeuron.INSTANCE, d.data, LINEAR_WINDOW, FINE, FINE);
    }

    @Benchmark
    public CostGrid sigmoidCoarse(SigmoidData d) {
        return CostSurface.compute(SigmoidNeuron.INSTANCE, d.data, SIGMOID_WINDOW,
                CostSurface.COARSE_SIZE, CostSurface.COARSE_SIZE);
    }

    @Benchmark
    public void sigmoidProgressive(SigmoidData d, Blackhole sink) {
        CostSurface.progressive(SigmoidNeuron.INSTANCE, d.data, SIGMOID_WINDOW, FINE, sink::consume, () -> false);
    }

    @Benchmark
    public List<Contour> contours(Grid g) {
        return ContourLines.trace(g.grid, g.levels);
    }
}
