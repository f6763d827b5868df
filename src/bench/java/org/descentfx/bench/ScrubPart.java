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
 * from the request to the snapshot that shows the run at that step: back, rebuilt from the
 * nearest checkpoint; forward, rebuilt too when the window kept the points ahead (as it does after
 * going back along a path), or the kept steps taken again, each into the trace, when it did not. Then the run plays on to 10^7 steps and the heap
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
            long[] stepped = new long[Math.max(3, requests / 20)];
            for (int i = 0; i < requests; i++) {
                any[i] = show(engine, shownStep, shownAt, (long) (pick.nextDouble() * head));
                long now = shownStep.get();
                back[i] = show(engine, shownStep, shownAt, (long) (pick.nextDouble() * now));
                forward[i] = show(engine, shownStep, shownAt, head, true); // to the end again, as End does
            }
            for (int i = 0; i < stepped.length; i++) {
                show(engine, shownStep, shownAt, (long) (pick.nextDouble() * head));
                stepped[i] = show(engine, shownStep, shownAt, head, false);
            }
            Arrays.sort(stepped);
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
            rows.add(new Row(name + ": forward to the last step, its points kept by the window, median",
                    ms(forward[forward.length / 2]), "ms", Target.below(16)));
            rows.add(new Row(name + ": forward to the last step, its points kept by the window, 99th percentile",
                    ms(percentile(forward, 0.99)), "ms", Target.below(16)));
            rows.add(Row.of(name + ": forward to the last step, the kept steps taken again, median",
                    ms(stepped[stepped.length / 2]), "ms"));
            rows.add(Row.of(name + ": the window's side of a jump, its history of the run copied", copyMs(), "ms"));
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
        return show(engine, shownStep, shownAt, k, false);
    }

    /** As above; {@code kept}: forward by rebuilding, as the window asks when it kept the points ahead. */
    private static long show(TrainingEngine engine, AtomicLong shownStep, AtomicLong shownAt, long k, boolean kept) {
        shownStep.set(-1);
        long asked = System.nanoTime();
        engine.goTo(k, kept);
        while (shownStep.get() != k) {
            LockSupport.parkNanos(20_000);
            engine.drainTrace(engine::recycle);
        }
        return shownAt.get() - asked;
    }

    /** A full history (every slot in use) copied, as the window takes back what it kept ahead: best of 50. */
    private static double copyMs() {
        org.descentfx.engine.TraceHistory h = new org.descentfx.engine.TraceHistory();
        for (long k = 0; k < 100_000; k++) {
            h.append(k, 10 * k, 0.5 * k, -0.25 * k, 1.0 / (k + 1), 2.0 / (k + 1));
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 50; i++) {
            long t0 = System.nanoTime();
            org.descentfx.engine.TraceHistory copy = h.copy();
            best = Math.min(best, System.nanoTime() - t0);
            if (copy.size() != h.size()) {
                throw new IllegalStateException("the copy lost points");
            }
        }
        return ms(best);
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
