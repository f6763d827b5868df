package org.descentfx.ui.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session saved after any number of steps opens to its saved state at once (version 2 saves the
 * whole state); version 1 files still open by replay; step counts no replay could reach are refused.
 */
class LongSessionTest {
    private static final Hyperparameters CONTROLS = new Hyperparameters(0.02, 7);

    @TempDir
    Path dir;

    /** A real run's state after 45 steps, its counts moved on to {@code steps}: as after long play. */
    private static Checkpoint state(long steps) throws Exception {
        Dataset data = BuiltInDatasets.load("noisy-line");
        Run run = new Run(data, LinearNeuron.INSTANCE, new Point(-1, -3), CONTROLS, 1);
        for (int k = 0; k < 45; k++) {
            run.stepMiniBatch();
        }
        Checkpoint c = run.checkpoint();
        return new Checkpoint(steps, steps / 20, c.position(), steps * 7, c.point(), c.used(), c.next(), c.generator(),
                c.order(), c.shufflesOwed(), c.lastFrom(), c.lastTo(), c.lastBatchOfEndedEpoch(), c.lastBatchCost(),
                c.state(), c.divergedAtStep(), c.optimizer());
    }

    private Path saved(Checkpoint c) throws Exception {
        Dataset data = BuiltInDatasets.load("noisy-line");
        TrainingSetup setup = new TrainingSetup(data, LinearNeuron.INSTANCE, new Point(-1, -3), 1, CONTROLS,
                List.of(RunSpec.single()));
        TraceHistory history = new TraceHistory();
        Session session = SessionMapper.capture(setup, false, false, List.of(history), List.of(c));
        Path file = dir.resolve("long.json");
        SessionFile.write(file, session);
        return file;
    }

    @Test
    void aSessionOfThreeHundredMillionStepsIsAtItsStateInTheFirstSnapshot() throws Exception {
        // given: a file saved after 3·10^8 steps (20 s of play at full speed)
        Checkpoint c = state(300_000_000L);
        Path file = saved(c);
        assertThat(Files.size(file)).as("the file stays small").isLessThan(20_000);

        // when
        SessionMapper.Restored restored = SessionMapper.restore("long.json", SessionFile.read(file));
        AtomicReference<EngineSnapshot> first = new AtomicReference<>();
        TrainingEngine engine = new TrainingEngine(restored.setup().withSeed(99), Runnable::run, s -> {
            if (s.restore() != null) {
                first.compareAndSet(null, s);
            }
        });
        try {
            engine.restore(restored.setup(), restored.plans());
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (first.get() == null && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }

            // then: at the saved state bit for bit, the replay of its path barely begun
            EngineSnapshot s = first.get();
            assertThat(s).as("a snapshot of the restored runs").isNotNull();
            assertThat(s.primary().step()).isEqualTo(300_000_000L);
            assertThat(s.checkpoints().get(0)).usingRecursiveComparison().isEqualTo(c);
            assertThat(s.restore().done()).isLessThan(s.restore().total() / 10);
        } finally {
            engine.close();
        }
    }

    @Test
    void aSavedStateThatDoesNotFitTheDataIsRefusedWithAMessage() throws Exception {
        Path file = saved(state(1000));
        Files.writeString(file, Files.readString(file).replaceFirst("\"order\" : \\[ (\\d+), ", "\"order\" : [ "));

        assertThatThrownBy(() -> SessionMapper.restore("long.json", SessionFile.read(file)))
                .isInstanceOf(SessionException.class).hasMessageStartingWith("long.json")
                .hasMessageContaining("orders 99 examples, the data has 100");
    }

    @Test
    void aVersionOneFileStillOpensAndIsReplayed() throws Exception {
        Path file = dir.resolve("old.json");
        Files.writeString(file, versionOne(2_147_483_648L));

        SessionMapper.Restored restored = SessionMapper.restore("old.json", SessionFile.read(file));

        assertThat(restored.plans().get(0).steps()).isEqualTo(2_147_483_648L);
        assertThat(restored.plans().get(0).end()).as("replayed: version 1 saved no state").isNull();
    }

    @Test
    void aStepCountNoReplayCouldReachIsRefusedWithAMessage() throws Exception {
        Path file = dir.resolve("edited.json");
        Files.writeString(file, versionOne(10_000_000_001L));

        assertThatThrownBy(() -> SessionFile.read(file)).isInstanceOf(SessionException.class)
                .hasMessage("edited.json, field runs[0].step: the run has 10000000001 steps and no saved state; "
                        + "replaying more than 10000000000 steps would take hours, so DescentFX does not open it");
    }

    private static String versionOne(long steps) {
        return """
                {"version": 1, "model": "linear",
                 "data": {"builtIn": "noisy-line", "name": "noisy-line", "x": null, "y": null},
                 "startW": 0.0, "startB": 0.0, "seed": 1, "compare": false, "stochastic": false,
                 "runs": [{"learningRate": 0.02, "miniBatchSize": 4, "changes": [], "step": %d}]}
                """.formatted(steps);
    }
}
