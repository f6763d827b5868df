package org.descentfx.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.train.Checkpoint;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Point;
import org.descentfx.core.train.Run;
import org.descentfx.engine.EngineSnapshot;
import org.descentfx.engine.RunSpec;
import org.descentfx.engine.TraceHistory;
import org.descentfx.engine.TrainingEngine;
import org.descentfx.engine.TrainingSetup;
import org.descentfx.ui.session.Session;
import org.descentfx.ui.session.SessionFile;
import org.descentfx.ui.session.SessionMapper;

/**
 * Reopening a long session: a file saved after 3·10^8 steps (about 20 s of play at full speed) is
 * read, checked and restored, and the time until the engine publishes the saved state is taken;
 * then the path is replayed in the background for a while, its rate and the heap it keeps measured.
 * Not a JMH benchmark: one wall-clock interval, and a rate over seconds.
 */
final class RestoreTiming {
    private static final long STEPS = 300_000_000L;
    private static final Hyperparameters CONTROLS = new Hyperparameters(0.02, 7);

    private RestoreTiming() {
    }

    static List<Row> rows(Settings settings) throws Exception {
        Path file = Files.createTempFile("descentfx-bench", ".json");
        try {
            write(file);
            return measure(file, settings.quick() ? 1 : 3);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void write(Path file) throws Exception {
        Dataset data = BuiltInDatasets.load("noisy-line");
        Run run = new Run(data, LinearNeuron.INSTANCE, Point.ORIGIN, CONTROLS, 1);
        for (int k = 0; k < 1000; k++) {
            run.stepMiniBatch();
        }
        Checkpoint c = run.checkpoint();
        Checkpoint far = new Checkpoint(STEPS, STEPS / 15, c.position(), STEPS * 7, c.point(), c.used(), c.next(),
                c.generator(), c.order(), c.shufflesOwed(), c.lastFrom(), c.lastTo(), c.lastBatchOfEndedEpoch(),
                c.lastBatchCost(), c.state(), c.divergedAtStep(), c.optimizer());
        TrainingSetup setup = new TrainingSetup(data, LinearNeuron.INSTANCE, Point.ORIGIN, 1, CONTROLS,
                List.of(RunSpec.single()));
        Session session = SessionMapper.capture(setup, false, false, List.of(new TraceHistory()), List.of(far));
        SessionFile.write(file, session);
    }

    private static List<Row> measure(Path file, int seconds) throws Exception {
        String name = "reopen a session of 3·10^8 steps (noisy-line, m = 7)";
        AtomicReference<EngineSnapshot> restored = new AtomicReference<>();
        AtomicLong shownAt = new AtomicLong();
        Dataset data = BuiltInDatasets.load("noisy-line");
        TrainingSetup blank = new TrainingSetup(data, LinearNeuron.INSTANCE, Point.ORIGIN, 1, CONTROLS,
                List.of(RunSpec.single()));
        TrainingEngine engine = new TrainingEngine(blank, Runnable::run, s -> {
            if (s.restore() != null && shownAt.get() == 0) {
                shownAt.set(System.nanoTime());
            }
            restored.set(s);
        });
        List<Row> rows = new ArrayList<>();
        System.gc();
        double before = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
        try (HeapWatch heap = new HeapWatch()) {
            long started = System.nanoTime();
            SessionMapper.Restored r = SessionMapper.restore("bench", SessionFile.read(file));
            engine.restore(r.setup(), r.plans());
            while (shownAt.get() == 0) {
                LockSupport.parkNanos(100_000);
            }
            double ms = (shownAt.get() - started) / 1e6;
            long doneAtStart = restored.get().restore().done();
            long t0 = System.nanoTime();
            LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(seconds));
            long done = restored.get().restore().done() - doneAtStart;
            double rate = done / ((System.nanoTime() - t0) / 1e9);
            rows.add(new Row(name + ": file read to saved state published", ms, "ms", Target.below(1000)));
            rows.add(Row.of(name + ": path replayed in the background", rate / 1e6, "M steps/s"));
            rows.add(Row.of(name + ": time to draw the whole path at that rate", STEPS / rate, "s"));
            // then, the rate taken, collections forced through a second of replay: what the replay keeps alive
            for (int i = 0; i < 5; i++) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
                heap.collectNow();
            }
            rows.add(Row.of(name + ": heap in use after a GC before it was opened", before, "MB"));
            rows.add(Row.of(name + ": most heap in use after a GC while replaying", heap.mostAfterGcMb(), "MB"));
        } finally {
            engine.close();
            engine.awaitTermination(5, TimeUnit.SECONDS);
        }
        return rows;
    }
}
