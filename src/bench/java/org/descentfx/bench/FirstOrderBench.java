package org.descentfx.bench;

import java.util.concurrent.TimeUnit;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.Model;
import org.descentfx.core.train.Run;
import org.descentfx.engine.FirstOrderCheck;
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
 * Part 7: what the first-order check of Eq. (3) ({@link FirstOrderCheck}) costs on top of plain stepping.
 * {@link #step} is what the training thread does per mini-batch of m = 10: the step of Eq. (8)–(9), C of
 * Eq. (1) measured at the new point, the point appended to the run's history. {@link #check} is one call
 * of the chart's check on a fresh cache over {@link #STEPS} steps of such a history: it computes as many
 * steps as its example budget allows (all of them at n = 100, about 666 at n = 1,000), and
 * {@link FirstOrderPart} reads both per step.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FirstOrderBench {
    /** Steps in a history: as many as the check keeps. */
    static final int STEPS = 2048;
    static final int M = 10;

    @State(Scope.Benchmark)
    public static class Descent {
        @Param({"linear", "sigmoid"})
        public String model;

        @Param({"100", "1000"})
        public int n;

        Model neuron;
        Dataset data;
        Run run;
        TraceHistory history;
        /** The stepping run's own history: bounded, it takes points for ever as the window's does. */
        TraceHistory live = new TraceHistory();

        @Setup
        public void setUp() {
            neuron = Workloads.model(model);
            data = Workloads.data(neuron, n);
            history = new TraceHistory();
            Run r = fresh();
            record(history, r);
            for (int k = 0; k < STEPS; k++) {
                r.stepMiniBatch();
                record(history, r);
            }
            run = fresh();
        }

        Run fresh() {
            return new Run(data, neuron, Workloads.START, Workloads.hyperparameters(neuron, Integer.toString(M), n),
                    Workloads.SEED);
        }
    }

    static void record(TraceHistory h, Run r) {
        h.append(r.step(), r.examplesSeen(), r.w(), r.b(), r.lastBatchCost(), r.cost());
    }

    /** {@link #STEPS} steps of plain descent as the training thread takes them. */
    @Benchmark
    public long step(Descent d) {
        for (int k = 0; k < STEPS; k++) {
            d.run.stepMiniBatch();
            record(d.live, d.run);
        }
        return d.run.step();
    }

    /** One call of the check with nothing cached: the steps it measured, so the work is kept. */
    @Benchmark
    public int check(Descent d) {
        return new FirstOrderCheck().update(d.neuron, d.data, d.history).size();
    }

    /** How many steps one {@link #check} call measures (its example budget's worth, at most {@link #STEPS}). */
    static int stepsPerCall(String model, int n) {
        Descent d = new Descent();
        d.model = model;
        d.n = n;
        d.setUp();
        return new FirstOrderBench().check(d);
    }
}
