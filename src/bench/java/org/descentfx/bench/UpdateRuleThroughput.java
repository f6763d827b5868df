package org.descentfx.bench;

import java.util.concurrent.TimeUnit;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.Model;
import org.descentfx.core.train.Run;
import org.descentfx.core.train.RunState;
import org.descentfx.core.train.UpdateRule;
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
 * Part 1, the rules beyond chapter 1: one operation is one {@link Run#stepMiniBatch()} of the linear
 * neuron over a million examples with the given update rule at its default constants, beside
 * plain SGD on the same descent. What a rule adds per step (a velocity, running means of g², a
 * second gradient at Nesterov's look-ahead) is paid once per mini-batch, not per example.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class UpdateRuleThroughput {
    static final int N = 1_000_000;

    @Param({"sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"})
    public String rule;

    @Param({"1", "10"})
    public String m;

    private Run run;

    @Setup(Level.Trial)
    public void setUp() {
        Model neuron = Workloads.model("linear");
        Dataset data = Workloads.data(neuron, N);
        run = new Run(data, neuron, Workloads.START, Workloads.hyperparameters(neuron, m, N), Workloads.SEED,
                UpdateRule.of(UpdateRule.Kind.byId(rule)));
    }

    @TearDown(Level.Iteration)
    public void checkStillDescending() {
        if (run.state() != RunState.READY) {
            throw new IllegalStateException("the benchmark's descent diverged: its figure would be meaningless");
        }
    }

    @Benchmark
    public boolean run() {
        return run.stepMiniBatch();
    }
}
