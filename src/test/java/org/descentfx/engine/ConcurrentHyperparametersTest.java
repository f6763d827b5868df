package org.descentfx.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.descentfx.core.train.Hyperparameters;
import org.junit.jupiter.api.Test;

class ConcurrentHyperparametersTest {
    private static final int N = 100;
    private static final long STEPS = 10_000;
    /** Changes that met a step before the engine may pause: the steps and the changes must overlap. */
    private static final long CHANGES = 1_000;

    @Test
    void losesNoPointWhileTwoThreadsChangeEtaAndMAtRandom() throws Exception {
        PrintStream originalErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong sent = new AtomicLong();
        AtomicReference<Throwable> changerFailure = new AtomicReference<>();
        List<Thread> changers = new ArrayList<>();
        List<TraceChunk> chunks = new ArrayList<>();
        try (EngineHarness h = new EngineHarness(TestData.single(TestData.noisyLine(N), 0.005, 10))) {
            // given two threads that keep sending random η and m
            for (int t = 0; t < 2; t++) {
                Thread changer = new Thread(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    while (!stop.get()) {
                        h.engine().setHyperparameters(
                                new Hyperparameters(random.nextDouble(0.001, 0.02), random.nextInt(1, N + 1)));
                        sent.incrementAndGet();
                        Thread.onSpinWait();
                    }
                }, "changer-" + t);
                changer.setUncaughtExceptionHandler((th, e) -> changerFailure.set(e));
                changers.add(changer);
                changer.start();
            }
            Await.awaitUntil(() -> sent.get() >= 1000, "the changers running");

            // when the engine plays as fast as it can past 10,000 steps and 1,000 changes, then pauses
            h.engine().setSpeed(Double.POSITIVE_INFINITY);
            h.engine().play();
            long[] points = {0};
            long[] changes = {0};
            Await.awaitUntil(() -> {
                h.engine().drainTrace(c -> {
                    chunks.add(c);
                    points[0] += c.size();
                    changes[0] += c.changes().size();
                });
                return points[0] > STEPS && changes[0] >= CHANGES;
            }, "10,000 steps and 1,000 changes");
            h.engine().pause();
            // Step 0 marks the snapshot from before play; the pause leaves many steps behind it.
            EngineSnapshot paused = h.await("paused", s -> !s.playing() && s.primary().step() >= STEPS);
            stop.set(true);
            for (Thread changer : changers) {
                changer.join(TimeUnit.SECONDS.toMillis(10));
            }
            long last = paused.primary().step();
            h.engine().drainTrace(chunks::add);

            // then the training thread lives and said nothing on System.err
            assertThat(h.engine().isAlive()).isTrue();
            assertThat(changerFailure.get()).isNull();
            assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
            // and every step 0..last arrived exactly once, in order
            TraceHistory history = new TraceHistory((int) last + 1, 2);
            chunks.forEach(history::append);
            assertThat(history.appended()).isEqualTo(last + 1);
            assertThat(history.exactSize()).isEqualTo(history.size());
            for (int i = 0; i <= last; i++) {
                if (history.step(i) != i) {
                    fail("point " + i + " is step " + history.step(i));
                }
            }
            // and each step took the m of the latest change recorded for it
            assertEachStepUsedItsRecordedM(chunks, history, 10);
        } finally {
            stop.set(true);
            System.setErr(originalErr);
        }
    }

    /** Replays the changes: a step takes min(m, rest of the epoch) examples, m from the newest change at or before it. */
    private static void assertEachStepUsedItsRecordedM(List<TraceChunk> chunks, TraceHistory history, int firstM) {
        List<TraceChunk.Change> changes = new ArrayList<>();
        chunks.forEach(c -> changes.addAll(c.changes()));
        int next = 0;
        int m = firstM;
        long position = 0;
        for (int i = 1; i < history.size(); i++) {
            while (next < changes.size() && changes.get(next).step() <= i) {
                TraceChunk.Change c = changes.get(next++);
                if (c.step() != i || c.examplesSeen() != history.examplesSeen(i - 1)) {
                    fail(c + " does not name step " + i + ", the next after " + history.examplesSeen(i - 1) + " examples");
                }
                m = c.hyperparameters().miniBatchSize();
            }
            long taken = history.examplesSeen(i) - history.examplesSeen(i - 1);
            if (taken != Math.min(m, N - position)) {
                fail("step " + i + " took " + taken + " examples at position " + position + " with m = " + m);
            }
            position = (position + taken) % N;
        }
    }
}
