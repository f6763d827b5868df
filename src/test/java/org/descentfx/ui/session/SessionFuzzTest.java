package org.descentfx.ui.session;

import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Point;
import org.descentfx.core.train.Run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 6,000 seeded mutants of valid sessions through the reader and the restore: each either opens or
 * is refused with a {@link SessionException} that names the file; no other exception, ever.
 */
class SessionFuzzTest {
    private static final int MUTANTS = 6_000;

    @TempDir
    Path dir;

    @Test
    void everyMutantOpensOrIsRefusedWithAMessage() throws Exception {
        // given
        List<String> valid = validSessions();
        SessionMutants mutants = new SessionMutants(20_240_611);
        Path file = dir.resolve("mutant.json");
        Map<String, String> unexpected = new TreeMap<>();
        int refused = 0;

        // when
        for (int i = 0; i < MUTANTS; i++) {
            String mutant = mutants.mutate(valid.get(i % valid.size()));
            Files.writeString(file, mutant);
            try {
                SessionMapper.restore("mutant.json", SessionFile.read(file));
            } catch (SessionException e) {
                refused++;
                assertThat(e.getMessage()).as(mutant).startsWith("mutant.json");
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                unexpected.putIfAbsent(e.getClass().getName(), e + "\n" + mutant);
            }
        }

        // then
        assertThat(unexpected).as("exception types other than SessionException").isEmpty();
        assertThat(refused).as("most mutants are damaged").isGreaterThan(MUTANTS / 2);
    }

    /** A version 2 session whose run has its whole state saved, as the app saves one after play. */
    private static Session withSavedState() throws Exception {
        Dataset data = BuiltInDatasets.load("noisy-line");
        Run run = new Run(data, LinearNeuron.INSTANCE, new Point(-1, -3), new Hyperparameters(0.02, 7), 1);
        for (int k = 0; k < 40; k++) {
            run.stepMiniBatch();
        }
        return new Session(SessionFile.VERSION, "linear", new Session.DataSource("noisy-line", "noisy-line", null, null),
                -1, -3, 1, false, false, List.of(new Session.RunRecord(0.02, 7, List.of(), 40,
                SessionMapper.saved(run.checkpoint()))));
    }

    /** Sessions as the app saves them: built-in data, embedded data, a comparison of three runs, changes of η and m. */
    private static final Session.OptimizerRecord SGD = new Session.OptimizerRecord("sgd", java.util.Map.of());

    private List<String> validSessions() throws Exception {
        List<Session> sessions = List.of(
                new Session(SessionFile.VERSION, "linear", new Session.DataSource("noisy-line", "noisy-line", null, null),
                        -1, -3, 1, false, false,
                        List.of(new Session.RunRecord(0.02, 10, List.of(new Session.Change(5, 0.05, 4)), 40)), SGD),
                new Session(SessionFile.VERSION, "sigmoid",
                        new Session.DataSource(null, "mine", new double[] {1, 2, 0.1 + 0.2}, new double[] {0, 1, 0.5}),
                        0.5, -0.25, 42, true, false,
                        List.of(new Session.RunRecord(0.5, 2, List.of(), 12), new Session.RunRecord(0.5, 3, List.of(), 4)),
                        new Session.OptimizerRecord("momentum", java.util.Map.of("momentum", 0.5))),
                new Session(SessionFile.VERSION, "linear", new Session.DataSource("noisy-line", "noisy-line", null, null),
                        0, 0, -7, true, true,
                        List.of(new Session.RunRecord(0.01, 10, List.of(new Session.Change(3, 0.02, 10)), 30),
                                new Session.RunRecord(0.01, 100, List.of(), 3),
                                new Session.RunRecord(0.01, 1, List.of(), 300)), SGD),
                withSavedState(),
                new Session(SessionFile.VERSION, "linear", new Session.DataSource("noisy-line", "noisy-line", null, null),
                        -1, -3, 1, false, false,
                        List.of(new Session.RunRecord(0.02, 10, List.of(), 20), new Session.RunRecord(0.004, 10, List.of(), 20)),
                        SGD, List.of(new Session.Racer("sgd", java.util.Map.of(), null),
                                new Session.Racer("adam", java.util.Map.of("beta1", 0.8, "beta2", 0.99, "epsilon", 1e-8),
                                        0.004))));
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            Path file = dir.resolve("valid-" + i + ".json");
            SessionFile.write(file, sessions.get(i));
            SessionMapper.restore("valid", SessionFile.read(file)); // each opens before it is damaged
            texts.add(Files.readString(file));
        }
        return texts;
    }
}
