package org.descentfx.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Point;
import org.descentfx.engine.Branch;
import org.descentfx.engine.EngineSnapshot;
import org.descentfx.engine.RunSpec;
import org.descentfx.engine.TraceHistory;
import org.descentfx.engine.TrainingEngine;
import org.descentfx.engine.TrainingSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session of version 4 keeps the whole tree of branches as recipes, and reopens to it: the same
 * branches, every head rebuilt bit for bit by exact replay.
 */
class BranchSessionTest {
    private static final Hyperparameters CONTROLS = new Hyperparameters(0.02, 7);

    @TempDir
    Path dir;

    /** An engine as the window drives it: snapshots delivered at once, the trace drained into histories. */
    static final class Driven implements AutoCloseable {
        final TrainingEngine engine;
        private final AtomicReference<EngineSnapshot> latest = new AtomicReference<>();
        private final List<TraceHistory> histories = new ArrayList<>();
        private long generation = -1;

        Driven(TrainingSetup setup) {
            engine = new TrainingEngine(setup, Runnable::run, latest::set);
            await(s -> true);
        }

        EngineSnapshot await(Predicate<EngineSnapshot> condition) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < deadline) {
                EngineSnapshot s = latest.get();
                if (s != null && condition.test(s)) {
                    drain(s);
                    return s;
                }
                Thread.onSpinWait();
            }
            throw new AssertionError("the engine did not get there in 20 s: " + latest.get());
        }

        EngineSnapshot step() {
            long before = latest.get().primary().step();
            engine.stepMiniBatch();
            return await(s -> s.primary().step() == before + 1);
        }

        private void drain(EngineSnapshot s) {
            if (s.generation() != generation) {
                generation = s.generation();
                histories.clear();
            }
            while (histories.size() < s.runs().size()) {
                histories.add(new TraceHistory());
            }
            engine.drainTrace(c -> {
                if (c.generation() == generation) {
                    histories.get(c.run()).append(c);
                }
            });
        }

        Session capture() {
            EngineSnapshot s = latest.get();
            drain(s);
            return SessionMapper.capture(s, false, false, histories);
        }

        @Override
        public void close() {
            engine.close();
        }
    }

    static TrainingSetup setup() throws Exception {
        return new TrainingSetup(BuiltInDatasets.load("noisy-line"), LinearNeuron.INSTANCE, new Point(-1, -3), 1,
                CONTROLS, List.of(RunSpec.single()));
    }

    /** Saves 60 steps and a fork at step 40 with η = 0.05, 30 steps on it, to {@code file}. */
    static void saveFork(Path file) throws Exception {
        try (Driven d = new Driven(setup())) {
            for (int k = 0; k < 60; k++) {
                d.step();
            }
            d.engine.goTo(40);
            d.await(s -> s.primary().step() == 40);
            d.engine.setHyperparameters(new Hyperparameters(0.05, 7));
            for (int k = 0; k < 30; k++) {
                d.step();
            }
            d.await(s -> s.branches().size() == 2);
            SessionFile.write(file, d.capture());
        }
    }

    @Test
    void badBranchesAreRefusedWithTheFieldAndTheProblem() throws Exception {
        Path file = dir.resolve("fork.descentfx");
        saveFork(file);
        String json = java.nio.file.Files.readString(file);
        assertRefused(json, "\"currentBranch\" : 1", "\"currentBranch\" : 2",
                "field currentBranch: there is no branch 2 (there are 2)");
        assertRefused(json, "\"parent\" : -1", "\"parent\" : 0",
                "field branches[0].parent: the first branch forks off none (−1), not 0");
        assertRefused(json, "\"forkStep\" : 40", "\"forkStep\" : 65",
                "field branches[1].runs[0].forkStep: the branch forks at step 65, but the branch it forks off goes from 0 to step 60");
        assertRefused(json, "\"head\" : 70", "\"head\" : 30",
                "field branches[1].runs[0].head: the branch ends at step 30, before its fork step 40");
        assertRefused(json, "\"step\" : 41", "\"step\" : 40",
                "field branches[1].runs[0].changes[0].step: the changes of η and m come after the fork step");
        assertRefused(json, "\"learningRate\" : 0.05,\n    \"miniBatchSize\" : 7,\n    \"runs\"",
                "\"learningRate\" : -0.05,\n    \"miniBatchSize\" : 7,\n    \"runs\"",
                "field branches[1].learningRate: a learning rate η of -0.05 is not a positive number");
        assertRefused(json, "\"name\" : \"η = 0.05 from step 40\"", "\"name\" : \" \"",
                "field branches[1].name: a branch has no name");
        assertRefused(json, "\"learningRate\" : 0.05,\n        \"miniBatchSize\" : 7\n      } ]",
                "\"learningRate\" : 0.06,\n        \"miniBatchSize\" : 7\n      } ]",
                "field branches[1].runs[0].changes: the current branch's changes of η and m up to step 70 are not those of runs[0]");
        assertRefused(json, "\"branches\" : [", "\"branches\" : null, \"x\" : [",
                "no such field");
    }

    private void assertRefused(String json, String from, String to, String message) throws Exception {
        org.assertj.core.api.Assertions.assertThat(json).contains(from);
        Path bad = dir.resolve("bad.descentfx");
        int at = json.lastIndexOf(from); // the branches come last
        java.nio.file.Files.writeString(bad, json.substring(0, at) + to + json.substring(at + from.length()));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SessionFile.read(bad))
                .isInstanceOf(SessionException.class).hasMessageStartingWith("bad.descentfx")
                .hasMessageContaining(message);
    }

    @Test
    void twoBranchesSavedAndReopenedAreTheSameBranchesWithTheirHeadsBitForBit() throws Exception {
        Point oldHead;
        int[] oldNext;
        EngineSnapshot forkHead;
        Session saved;
        Path file = dir.resolve("fork.descentfx");
        try (Driven d = new Driven(setup())) {
            // given: 60 steps, then from step 40 a new η for 30 steps: two branches
            EngineSnapshot at60 = null;
            for (int k = 0; k < 60; k++) {
                at60 = d.step();
            }
            oldHead = at60.primary().point();
            oldNext = at60.nextBatch();
            d.engine.goTo(40);
            d.await(s -> s.primary().step() == 40);
            d.engine.setHyperparameters(new Hyperparameters(0.05, 7));
            for (int k = 0; k < 30; k++) {
                forkHead = d.step();
            }
            forkHead = d.await(s -> s.primary().step() == 70 && s.branches().size() == 2);

            // when: saved
            saved = d.capture();
            SessionFile.write(file, saved);
        }

        // then: the file has both recipes, and reopening gives the same branches and the current head
        Session read = SessionFile.read(file);
        assertThat(read.version()).isEqualTo(4);
        assertThat(read.branches()).hasSize(2);
        assertThat(read.branches().get(read.currentBranch()).runs().get(0).forkStep()).isEqualTo(40);
        SessionMapper.Restored restored = SessionMapper.restore("fork.descentfx", read);
        try (Driven d = new Driven(setup().withSeed(99))) {
            d.engine.restore(restored.setup(), restored.plans(), restored.branches(), restored.currentBranch());
            EngineSnapshot back = d.await(s -> s.restore() != null && s.restore().finished() && s.branches().size() == 2);
            assertThat(back.branches()).extracting(Branch::name)
                    .containsExactlyElementsOf(forkHead.branches().stream().map(Branch::name).toList());
            assertThat(back.branches()).extracting(Branch::forkStep).containsExactly(0L, 40L);
            assertThat(back.branches()).extracting(Branch::head).containsExactly(60L, 70L);
            assertThat(back.currentBranch().id()).isEqualTo(1);
            assertThat(back.primary().point()).isEqualTo(forkHead.primary().point());
            assertThat(back.nextBatch()).containsExactly(forkHead.nextBatch());
            assertThat(back.setup().hyperparameters()).isEqualTo(new Hyperparameters(0.05, 7));
            Branch old = back.branches().get(0);
            assertThat(old.ghost().w()[old.ghost().size() - 1]).isEqualTo(oldHead.w());

            // and: switching to the other branch gives its head bit for bit, and its η
            d.engine.switchBranch(old.id());
            EngineSnapshot switched = d.await(s -> s.currentBranch() != null && s.currentBranch().id() == old.id()
                    && s.primary().step() == 60);
            assertThat(switched.primary().point().w()).isEqualTo(oldHead.w());
            assertThat(switched.primary().point().b()).isEqualTo(oldHead.b());
            assertThat(switched.nextBatch()).containsExactly(oldNext);
            assertThat(switched.setup().hyperparameters()).isEqualTo(CONTROLS);

            // and: saved again from there, the recipe is the same tree
            Session again = d.capture();
            assertThat(again.branches()).isEqualTo(read.branches());
            assertThat(again.currentBranch()).isEqualTo(0);
        }
    }
}
