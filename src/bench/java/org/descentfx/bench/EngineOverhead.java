package org.descentfx.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.Model;
import org.descentfx.core.train.Run;
import org.descentfx.core.train.RunState;
import org.descentfx.engine.EngineSnapshot;
import org.descentfx.engine.RunSpec;
import org.descentfx.engine.TraceChunk;
import org.descentfx.engine.TraceHistory;
import org.descentfx.engine.TrainingEngine;
import org.descentfx.engine.TrainingSetup;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Part 2: what the training thread costs on top of the steps themselves. {@link #engine} plays a
 * {@link TrainingEngine} as fast as possible with everything the window gets recorded (every
 * point into the trace, C where the engine measures it, a snapshot per time slice) while this
 * thread plays the window's part: once a frame it drains the trace into a {@link TraceHistory}.
 * The figures are the engine's steps per second, counted by {@link TrainingEngine#primaryStep()},
 * and the CPU time its training thread had.
 * {@link #bare} steps the same {@link Run} in a plain loop.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EngineOverhead {
    private static final long FRAME_NANOS = TimeUnit.MILLISECONDS.toNanos(16);

    @Param({"linear", "sigmoid"})
    public String model;

    @Param({"1000", "1000000"})
    public int n;

    /** A number, or "n" for full-batch descent. */
    @Param({"10", "100", "n"})
    public String m;

    private Run run;
    private TrainingEngine engine;
    private final TraceHistory history = new TraceHistory();
    private long firstStep;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long trainingThread = -1;
    private long firstCpuNanos;
    private volatile EngineSnapshot latest;

    /**
     * The engine's steps in the current iteration, and the CPU time its training thread had in it;
     * JMH reports both per second, so trainingCpuNanos / 10⁹ is the share of wall time it ran.
     */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class EngineSteps {
        public long steps;
        public long trainingCpuNanos;

        @Setup(Level.Iteration)
        public void clear() {
            steps = 0;
            trainingCpuNanos = 0;
        }
    }

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams benchmark) {
        Model neuron = Workloads.model(model);
        Dataset data = Workloads.data(neuron, n);
        run = new Run(data, neuron, Workloads.START, Workloads.hyperparameters(neuron, m, n), Workloads.SEED);
        if (!benchmark.getBenchmark().endsWith(".engine")) {
            return;
        }
        TrainingSetup setup = new TrainingSetup(data, neuron, Workloads.START, Workloads.SEED,
                Workloads.hyperparameters(neuron, m, n), List.of(RunSpec.single()));
        engine = new TrainingEngine(setup, Runnable::run, snapshot -> latest = snapshot);
        engine.setSpeed(Double.POSITIVE_INFINITY);
        engine.play();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("descentfx-training")) {
                trainingThread = t.getId();
            }
        }
    }

    @Setup(Level.Iteration)
    public void startCounting() {
        if (engine != null) {
            engine.drainTrace(this::take);
            firstStep = engine.primaryStep();
            firstCpuNanos = threads.getThreadCpuTime(trainingThread);
        }
    }

    @TearDown(Level.Iteration)
    public void checkStillDescending() {
        boolean engineStopped = engine != null && engine.primaryStep() == firstStep;
        if (run.state() != RunState.READY || engineStopped || latest != null && latest.anyDiverged()) {
            throw new IllegalStateException("a descent stopped or diverged: its figure would be meaningless");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws InterruptedException {
        if (engine != null) {
            engine.close();
            engine.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    /** One frame of the window: wait, then take the trace; the counter holds the steps so far. */
    @Benchmark
    public int engine(EngineSteps counter) {
        LockSupport.parkNanos(FRAME_NANOS);
        engine.drainTrace(this::take);
        counter.steps = engine.primaryStep() - firstStep;
        counter.trainingCpuNanos = threads.getThreadCpuTime(trainingThread) - firstCpuNanos;
        return history.size();
    }

    /** What the window does with a chunk: its history copies what it keeps, and the chunk goes back. */
    private void take(TraceChunk chunk) {
        history.append(chunk);
        engine.recycle(chunk);
    }

    @Benchmark
    public boolean bare() {
        return run.stepMiniBatch();
    }
}
