package org.descentfx.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.Model;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.engine.EngineSnapshot;
import org.descentfx.engine.RunSpec;
import org.descentfx.engine.TrainingEngine;
import org.descentfx.engine.TrainingSetup;

/**
 * Part 10: the timeline. A run of 10^6 steps is played, paused, and then sent to random steps of
 * its past as the timeline's slider sends them ({@link TrainingEngine#goTo}); each time is taken
 * from the request to the snapshot that shows the run at that step (rebuilt from the nearest
 * checkpoint, its trace rewound or taken again). Then the run plays on to 10^7 steps and the heap
 * in use after a full collection is read: the checkpoints are bounded, so it stays as in play.
 * Not a JMH benchmark: wall-clock intervals of the engine's own thread, on a shared machine.
 */
final class ScrubPart implements Part {
    private static final long RUN = 1_000_000L;
    private static final long LONG_RUN = 10_000_000L;
    private static final int M = 10;

    @Override
    public String title() {
        return "10. Timeline: any step of a 10^6-step run shown, checkpoints' memory at 10^7 steps";
    }

    @Override
    public List<Row> run(Settings settings) throws Exception {
        List<Row> rows = new ArrayList<>();
        int requests = settings.quick() ? 60 : 300;
        for (int n : new int[] {100, 1000}) {
            rows.addAll(measure(n, requests, n == 100));
        }
        return rows;
    }

    private static List<Row> measure(int n, int requests, boolean heapToo) {
        Model model = Workloads.model("linear");
        Dataset data = Workloads.data(model, n);
        TrainingSetup setup = new TrainingSetup(data, model, Workloads.START, Workloads.SEED,
                new Hyperparameters(Workloads.learningRate(model), M), List.of(RunSpec.single()));
        AtomicLong shownStep = new AtomicLong(-1);
        AtomicLong shownAt = new AtomicLong();
        TrainingEngine engine = new TrainingEngine(setup, Runnable::run, (EngineSnapshot s) -> {
            shownStep.set(s.primary().step());
            shownAt.set(System.nanoTime());
        });
        String name = "linear n=" + Figures.count(n) + " m=" + M;
        List<Row> rows = new ArrayList<>();
        try {
            playTo(engine, RUN);
            long head = engine.head();
            Random pick = new Random(Workloads.SEED);
            long[] back = new long[requests];
            long[] any = new long[requests];
            long[] forward = new long[requests];
            for (int i = 0; i < requests; i++) {
                any[i] = show(engine, shownStep, shownAt, (long) (pick.nextDouble() * head));
                long now = shownStep.get();
                back[i] = show(engine, shownStep, shownAt, (long) (pick.nextDouble() * now));
                forward[i] = show(engine, shownStep, shownAt, head); // to the end again, as End does
            }
            Arrays.sort(back);
            Arrays.sort(any);
            Arrays.sort(forward);
            String of = " of a " + Figures.count(head) + "-step run";
            rows.add(new Row(name + ": a random step" + of + " shown, median", ms(any[any.length / 2]), "ms",
                    Target.below(16)));
            rows.add(new Row(name + ": a random step" + of + " shown, 99th percentile", ms(percentile(any, 0.99)),
                    "ms", Target.below(16)));
            rows.add(Row.of(name + ": a random step" + of + " shown, worst", ms(any[any.length - 1]), "ms"));
            rows.add(Row.of(name + ": a random earlier step shown, median", ms(back[back.length / 2]), "ms"));
            rows.add(new Row(name + ": from an earlier step to the last one, median", ms(forward[forward.length / 2]),
                    "ms", Target.below(16)));
            rows.add(Row.of(name + ": from an earlier step to the last one, worst", ms(forward[forward.length - 1]), "ms"));
            if (heapToo) {
                engine.pause();
                engine.play();
                playTo(engine, LONG_RUN);
                rows.add(new Row(name + ": heap after full GC at " + Figures.count(engine.head()) + " steps",
                        heapAfterGcMb(), "MB", Target.below(256)));
            }
        } finally {
            engine.close();
            try {
                engine.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return rows;
    }

    /** Plays as fast as possible until the first run has {@code steps} steps, draining the trace as the window does. */
    private static void playTo(TrainingEngine engine, long steps) {
        engine.setSpeed(Double.POSITIVE_INFINITY);
        engine.play();
        while (engine.primaryStep() < steps) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
            engine.drainTrace(engine::recycle);
        }
        engine.pause();
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        engine.drainTrace(engine::recycle);
    }

    /** Nanoseconds from asking for step {@code k} to the snapshot showing it. */
    private static long show(TrainingEngine engine, AtomicLong shownStep, AtomicLong shownAt, long k) {
        shownStep.set(-1);
        long asked = System.nanoTime();
        engine.goTo(k);
        while (shownStep.get() != k) {
            LockSupport.parkNanos(20_000);
            engine.drainTrace(engine::recycle);
        }
        return shownAt.get() - asked;
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[(int) Math.floor(p * (sorted.length - 1))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double heapAfterGcMb() {
        System.gc();
        System.gc();
        return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
    }
}
