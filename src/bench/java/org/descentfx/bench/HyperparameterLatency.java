package org.descentfx.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.Model;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.engine.RunSpec;
import org.descentfx.engine.TraceChunk;
import org.descentfx.engine.TrainingEngine;
import org.descentfx.engine.TrainingSetup;

/**
 * How many steps a change of η takes to reach the descent while the engine plays as fast as
 * possible. This thread reads the step the engine has reached, asks for a new η (each request a
 * value of its own), and later finds in the trace the {@link TraceChunk.Change} that records the
 * first step using that η. The latency is that step minus the step read. A request arrives while
 * a step is under way (they follow each other without a gap), which still uses the old η; the
 * design's promise, "at the next mini-batch boundary", is then the step after it: 2. A request
 * overtaken by the next one before the training thread got a core is not counted (newest wins),
 * nor is one whose own thread lost its core between reading the step and asking (the step read
 * again after asking has moved on by more than one): that measures the machine, not the engine.
 * Not a JMH benchmark: it counts steps, not time.
 */
final class HyperparameterLatency {
    private static final String MODEL = "linear";
    private static final int N = 1000;
    private static final int M = 10;

    private HyperparameterLatency() {
    }

    static List<Row> rows(Settings settings) throws InterruptedException {
        int requests = settings.quick() ? 100 : 1000;
        long[] latencies = measure(requests);
        String name = "η change at full speed, " + MODEL + " n=" + Figures.count(N) + " m=" + M;
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        List<Row> rows = new ArrayList<>();
        String unit = "steps after the last finished";
        rows.add(new Row(name + ": median latency", sorted[sorted.length / 2], unit, Target.atMost(2)));
        rows.add(Row.of(name + ": 99th percentile", sorted[(int) Math.floor(0.99 * (sorted.length - 1))], unit));
        rows.add(Row.of(name + ": worst", sorted[sorted.length - 1], unit));
        rows.add(Row.of(name + ": requests counted", sorted.length, "of " + requests));
        return rows;
    }

    /** Latencies in steps of the requests counted (see the class comment). */
    private static long[] measure(int requests) throws InterruptedException {
        Model model = Workloads.model(MODEL);
        Dataset data = Workloads.data(model, N);
        double eta = Workloads.learningRate(model);
        TrainingSetup setup = new TrainingSetup(data, model, Workloads.START, Workloads.SEED,
                new Hyperparameters(eta, M), List.of(RunSpec.single()));
        List<TraceChunk.Change> changes = new ArrayList<>();
        Map<Double, Long> requestedAt = new HashMap<>();
        Map<Double, Long> askedBy = new HashMap<>();
        TrainingEngine engine = new TrainingEngine(setup, Runnable::run, snapshot -> { });
        try {
            engine.setSpeed(Double.POSITIVE_INFINITY);
            engine.play();
            // warm up: the JIT compiles the step before the first request
            long warm = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
            while (System.nanoTime() < warm) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
                engine.drainTrace(c -> { });
            }
            Random jitter = new Random(Workloads.SEED);
            for (int k = 1; k <= requests; k++) {
                LockSupport.parkNanos(200_000 + jitter.nextInt(800_000));
                engine.drainTrace(c -> changes.addAll(c.changes()));
                double newEta = eta * (1 + k * 1e-6);
                requestedAt.put(newEta, engine.primaryStep());
                engine.setHyperparameters(new Hyperparameters(newEta, M));
                askedBy.put(newEta, engine.primaryStep());
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
            engine.pause();
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
            engine.drainTrace(c -> changes.addAll(c.changes()));
        } finally {
            engine.close();
            engine.awaitTermination(5, TimeUnit.SECONDS);
        }
        return changes.stream()
                .filter(c -> requestedAt.containsKey(c.hyperparameters().learningRate()))
                .filter(c -> askedBy.get(c.hyperparameters().learningRate())
                        - requestedAt.get(c.hyperparameters().learningRate()) <= 1)
                .mapToLong(c -> c.step() - requestedAt.get(c.hyperparameters().learningRate()))
                .toArray();
    }
}
