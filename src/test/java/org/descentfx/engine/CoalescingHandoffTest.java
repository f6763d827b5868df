package org.descentfx.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The hand-off to the FX thread, replaced by a list that collects what would be queued. */
class CoalescingHandoffTest {
    private final List<Runnable> queued = new ArrayList<>();
    private final AtomicInteger mostPending = new AtomicInteger();
    private final AtomicReference<EngineSnapshot> delivered = new AtomicReference<>();
    private final AtomicLong lastTracedStep = new AtomicLong(-1);
    private TrainingEngine engine;

    /** The fake executor: queues, and notes how many hand-offs were pending at once. */
    private void handOff(Runnable delivery) {
        synchronized (queued) {
            queued.add(delivery);
            mostPending.accumulateAndGet(queued.size(), Math::max);
        }
    }

    private int pending() {
        synchronized (queued) {
            return queued.size();
        }
    }

    /** What the FX thread would do with one queued hand-off. */
    private void runOneQueued() {
        Runnable delivery;
        synchronized (queued) {
            if (queued.isEmpty()) {
                return;
            }
            delivery = queued.remove(0);
        }
        delivery.run();
    }

    private void drainTrace() {
        engine.drainTrace(c -> {
            for (int i = 0; i < c.size(); i++) {
                // A plain check: at full speed there are millions of points.
                if (c.step(i) != lastTracedStep.get() + 1) {
                    fail("step " + c.step(i) + " came after step " + lastTracedStep.get());
                }
                lastTracedStep.set(c.step(i));
            }
        });
    }

    @AfterEach
    void closeEngine() throws InterruptedException {
        if (engine != null) {
            engine.close();
            assertThat(engine.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void keepsAtMostOneHandOffPendingHoweverFastItSteps() {
        // given an engine whose hand-offs nobody runs, playing as fast as it can
        engine = new TrainingEngine(TestData.single(TestData.noisyLine(100), 0.01, 10), this::handOff, delivered::set);
        engine.setSpeed(Double.POSITIVE_INFINITY);
        engine.play();

        // when it plays for a while (at least 300 ms and 20,000 steps)
        long minimumEnd = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
        Await.awaitUntil(() -> {
            assertThat(pending()).isLessThanOrEqualTo(1);
            drainTrace();
            return System.nanoTime() - minimumEnd > 0 && lastTracedStep.get() >= 20_000;
        }, "300 ms and 20,000 steps");

        // then never more than one hand-off was pending, and none has delivered yet
        assertThat(mostPending.get()).isEqualTo(1);
        assertThat(delivered.get()).isNull();

        // when it pauses and the FX side runs what is queued
        engine.pause();
        Await.awaitUntil(() -> {
            runOneQueued();
            assertThat(pending()).isLessThanOrEqualTo(1);
            EngineSnapshot s = delivered.get();
            return s != null && !s.playing() && s.primary().step() > 0;
        }, "the paused snapshot delivered");
        drainTrace();

        // then the snapshot delivered is the newest: it stands at the last step traced
        assertThat(delivered.get().primary().step()).isEqualTo(lastTracedStep.get());
        assertThat(mostPending.get()).isEqualTo(1);
    }

    @Test
    void coalescesTheSnapshotsOfStepsTakenBeforeTheHandOffRuns() {
        // given a paused engine whose first hand-off is still queued
        engine = new TrainingEngine(TestData.single(TestData.noisyLine(100), 0.01, 10), this::handOff, delivered::set);
        Await.awaitUntil(() -> pending() == 1, "the first hand-off");

        // when it takes 20 single steps
        for (int i = 0; i < 20; i++) {
            engine.stepMiniBatch();
        }
        Await.awaitUntil(() -> {
            drainTrace();
            return lastTracedStep.get() == 20;
        }, "step 20 in the trace");

        // then one hand-off stands for all of them, and running it delivers step 20
        assertThat(pending()).isEqualTo(1);
        Await.awaitUntil(() -> {
            runOneQueued();
            EngineSnapshot s = delivered.get();
            return s != null && s.primary().step() == 20;
        }, "step 20 delivered");
        assertThat(pending()).isZero();
        assertThat(mostPending.get()).isEqualTo(1);

        // when one more step is taken, then exactly one new hand-off carries it
        engine.stepMiniBatch();
        Await.awaitUntil(() -> pending() == 1, "the next hand-off");
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        assertThat(pending()).isEqualTo(1);
        runOneQueued();
        assertThat(delivered.get().primary().step()).isEqualTo(21);
    }

    @Test
    void aWindowThatFallsBehindHoldsTheTrainingBeforeThePointsPileUp() {
        // given an engine playing as fast as it can, whose hand-off nobody takes and whose points nobody drains
        engine = new TrainingEngine(TestData.single(TestData.noisyLine(100), 0.01, 10), this::handOff, delivered::set);
        engine.setSpeed(Double.POSITIVE_INFINITY);
        engine.play();

        // when the points waiting pass the limit
        Await.awaitUntil(() -> engine.queuedPoints() > TrainingEngine.QUEUE_LIMIT, "the queue at its limit");

        // then the training stops adding to them (at most one more time slice's worth)
        long slack = TrainingEngine.QUEUE_LIMIT / 8;
        for (int i = 0; i < 100; i++) {
            assertThat(engine.queuedPoints()).isLessThan(TrainingEngine.QUEUE_LIMIT + slack);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }

        // when the window catches up, then the training goes on past the points that were held
        long held = engine.queuedPoints();
        Await.awaitUntil(() -> {
            runOneQueued();
            drainTrace();
            return lastTracedStep.get() > held + 10_000;
        }, "the training going on");
    }
}
