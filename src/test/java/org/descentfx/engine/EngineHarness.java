package org.descentfx.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * An engine whose snapshots are delivered directly on the training thread (hand-off
 * {@code Runnable::run}), with waits on the newest snapshot. Closing it ends the thread.
 */
final class EngineHarness implements AutoCloseable {
    private final AtomicReference<EngineSnapshot> latest = new AtomicReference<>();
    private final TrainingEngine engine;

    EngineHarness(TrainingSetup setup) {
        this(setup, s -> { });
    }

    /** {@code observer} sees every delivered snapshot, on the training thread. */
    EngineHarness(TrainingSetup setup, Consumer<EngineSnapshot> observer) {
        engine = new TrainingEngine(setup, Runnable::run, s -> {
            observer.accept(s);
            latest.set(s);
        });
        await("the first snapshot", s -> true);
    }

    TrainingEngine engine() {
        return engine;
    }

    EngineSnapshot latest() {
        return latest.get();
    }

    EngineSnapshot await(String what, Predicate<EngineSnapshot> condition) {
        Await.awaitUntil(() -> {
            EngineSnapshot s = latest.get();
            return s != null && condition.test(s);
        }, what);
        return latest.get();
    }

    /** Steps one mini-batch on a paused engine and waits for the snapshot that shows it. */
    EngineSnapshot stepMiniBatch() {
        long before = latest().primary().step();
        engine.stepMiniBatch();
        return await("step " + (before + 1), s -> s.primary().step() != before);
    }

    /** Steps one epoch on a paused engine and waits for the snapshot that shows it. */
    EngineSnapshot stepEpoch() {
        long before = latest().primary().step();
        engine.stepEpoch();
        return await("an epoch after step " + before, s -> s.primary().step() != before);
    }

    /** Plays until {@code until} holds, then pauses and waits for the paused snapshot. */
    EngineSnapshot playUntil(String what, Predicate<EngineSnapshot> until) {
        engine.play();
        await(what, s -> s.playing() && until.test(s));
        engine.pause();
        return await("paused", s -> !s.playing());
    }

    /**
     * After a restore: waits until its paths are replayed, then gives each run's whole path as the
     * window draws it, the replayed past joined to the points queued since the restore.
     */
    List<TraceHistory> restoredPaths() {
        EngineSnapshot done = await("the restored paths", s -> s.restore() != null && s.restore().finished());
        List<TraceHistory> live = new ArrayList<>();
        for (int i = 0; i < done.runs().size(); i++) {
            live.add(new TraceHistory());
        }
        drainTrace().stream().filter(c -> c.generation() == done.generation()).forEach(c -> live.get(c.run()).append(c));
        List<TraceHistory> out = new ArrayList<>();
        for (int i = 0; i < live.size(); i++) {
            TraceHistory past = done.restore().paths().get(i);
            out.add(past == null ? live.get(i) : TraceHistory.joined(past, live.get(i)));
        }
        return out;
    }

    /** Every chunk queued so far, oldest first. */
    List<TraceChunk> drainTrace() {
        List<TraceChunk> chunks = new ArrayList<>();
        engine.drainTrace(chunks::add);
        return chunks;
    }

    @Override
    public void close() throws InterruptedException {
        engine.close();
        assertThat(engine.awaitTermination(5, TimeUnit.SECONDS)).as("training thread ended").isTrue();
    }
}
