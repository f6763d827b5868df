package org.descentfx.ui.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.UpdateRule;
import org.descentfx.output.SmallDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionFileTest {
    @TempDir
    Path dir;

    private static Session sample() {
        return new Session(SessionFile.VERSION, "linear",
                new Session.DataSource(null, "mine", new double[] {1, 2, 0.1 + 0.2}, new double[] {3, 5, 1e-300}),
                -1.0000000000000002, Math.PI, 42, true, false,
                List.of(new Session.RunRecord(0.02, 10, List.of(new Session.Change(7, 0.1 / 3, 4)), 12),
                        new Session.RunRecord(0.02, 3, List.of(), 2)),
                new Session.OptimizerRecord("adam", java.util.Map.of("beta1", 0.85, "epsilon", 1e-7)));
    }

    @Test
    void aSessionReadBackIsEqualToTheOneWrittenToTheLastBit() throws Exception {
        Path file = dir.resolve("s.descentfx.json");
        Session written = sample();

        SessionFile.write(file, written);
        Session read = SessionFile.read(file);

        assertThat(read.startW()).isEqualTo(written.startW());
        assertThat(read.startB()).isEqualTo(Math.PI);
        assertThat(read.data().x()).containsExactly(written.data().x());
        assertThat(read.data().y()).containsExactly(written.data().y());
        assertThat(read.runs().get(0).changes()).containsExactlyElementsOf(written.runs().get(0).changes());
        assertThat(read.runs()).extracting(Session.RunRecord::step).containsExactly(12L, 2L);
        assertThat(read.seed()).isEqualTo(42);
    }

    @Test
    void theUpdateRuleAndItsConstantsAreWrittenAndReadBack() throws Exception {
        // given
        Path file = dir.resolve("adam.descentfx.json");

        // when
        SessionFile.write(file, sample());
        Session read = SessionFile.read(file);

        // then
        assertThat(read.version()).isEqualTo(4);
        assertThat(read.optimizer().rule()).isEqualTo("adam");
        assertThat(read.optimizer().constants()).containsEntry("beta1", 0.85).containsEntry("epsilon", 1e-7);
        assertThat(SessionMapper.restore(read).setup().optimizer())
                .isEqualTo(UpdateRule.of(UpdateRule.Kind.ADAM).with(UpdateRule.Constant.BETA1, 0.85)
                        .with(UpdateRule.Constant.EPSILON, 1e-7));
    }

    @Test
    void aRaceOfOptimizersIsWrittenAndRestoredRunByRun() throws Exception {
        // given
        Session s = sample();
        Path file = dir.resolve("race.descentfx.json");
        List<Session.Racer> race = List.of(new Session.Racer("sgd", java.util.Map.of(), null),
                new Session.Racer("momentum", java.util.Map.of("momentum", 0.5), 0.004));

        // when
        SessionFile.write(file, new Session(SessionFile.VERSION, "linear", s.data(), 0, 0, 1, false, false, s.runs(), s.optimizer(), race));
        SessionMapper.Restored restored = SessionMapper.restore(SessionFile.read(file));

        // then
        assertThat(restored.race()).containsExactly(UpdateRule.SGD,
                UpdateRule.of(UpdateRule.Kind.MOMENTUM).with(UpdateRule.Constant.MOMENTUM, 0.5));
        assertThat(restored.setup().runs()).extracting(r -> r.optimizer().id()).containsExactly("sgd", "momentum");
        assertThat(restored.setup().runs()).extracting(r -> r.learningRate()).containsExactly(null, 0.004);
    }

    @Test
    void aVersionOneFileOpensAsPlainSgd() throws Exception {
        // given: a session as version 1 wrote it, before there was a choice of rule
        Path file = write("old.descentfx.json", """
                {
                  "version" : 1,
                  "model" : "linear",
                  "data" : { "builtIn" : "noisy-line", "name" : "noisy-line", "x" : null, "y" : null },
                  "startW" : -1.0,
                  "startB" : -3.0,
                  "seed" : 1,
                  "compare" : false,
                  "stochastic" : false,
                  "runs" : [ { "learningRate" : 0.02, "miniBatchSize" : 10,
                               "changes" : [ { "step" : 4, "learningRate" : 0.05, "miniBatchSize" : 5 } ],
                               "step" : 9 } ]
                }
                """);

        // when
        SessionMapper.Restored restored = SessionMapper.restore(SessionFile.read(file));

        // then
        assertThat(restored.setup().optimizer()).isEqualTo(UpdateRule.SGD);
        assertThat(restored.plans().get(0).steps()).isEqualTo(9);
        assertThat(restored.setup().hyperparameters()).isEqualTo(new Hyperparameters(0.05, 5));
    }

    @Test
    void aVersionThreeFileWithoutItsRuleIsRefused() throws Exception {
        // given: version 3 always writes the rule; a file that lacks it is damaged, not plain SGD
        Path file = dir.resolve("norule.json");
        SessionFile.write(file, sample());
        com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
        tree.remove("optimizer");

        // when / then
        Files.writeString(file, tree.toPrettyString());
        assertThatThrownBy(() -> SessionFile.read(file)).isInstanceOf(SessionException.class)
                .hasMessageStartingWith("norule.json, line ").hasMessageEndingWith("field optimizer: the field is missing");
    }

    /** {@code s} as an older version wrote it: the fields that version did not have left out. */
    private Path asVersion(String name, Session s, int version, String... notYet) throws Exception {
        Path file = dir.resolve(name);
        SessionFile.write(file, s);
        com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
        for (String field : notYet) {
            tree.remove(field);
        }
        tree.put("version", version);
        Files.writeString(file, tree.toPrettyString());
        return file;
    }

    @Test
    void aVersionTwoFileOpensAsPlainSgdWithItsSavedStates() throws Exception {
        // given: a session as version 2 wrote it, each run's whole state saved but no rule, no race
        Session s = sample();
        Path file = asVersion("v2.json", s, 2, "optimizer", "race", "branches", "currentBranch");

        // when
        Session read = SessionFile.read(file);

        // then
        assertThat(read.version()).isEqualTo(2);
        assertThat(read.optimizer()).isEqualTo(Session.OptimizerRecord.SGD);
        assertThat(read.race()).isEmpty();
        assertThat(read.runs()).usingRecursiveFieldByFieldElementComparator().isEqualTo(s.runs());
        assertThat(SessionMapper.restore(read).setup().optimizer()).isEqualTo(UpdateRule.SGD);
    }

    @Test
    void aVersionThreeFileOpensWithOneBranch() throws Exception {
        // given: a session as version 3 wrote it, before the runs' past could fork: no branches
        Session s = sample();
        Path file = asVersion("v3.json", s, 3, "branches", "currentBranch");

        // when
        Session read = SessionFile.read(file);

        // then: the same session, one branch
        assertThat(read.version()).isEqualTo(3);
        assertThat(read.branches()).isEmpty();
        assertThat(read.runs()).usingRecursiveFieldByFieldElementComparator().isEqualTo(s.runs());
        assertThat(read.optimizer()).isEqualTo(s.optimizer());
        assertThat(SessionMapper.restore(read).branches()).isEmpty();
    }

    @Test
    void aVersionThreeFileWithBranchesIsRefused() throws Exception {
        // given: version 3 knew no branches, so branches in a file of version 3 are not ones it wrote
        Path file = dir.resolve("v3branches.json");
        SessionFile.write(file, sample());
        Files.writeString(file, Files.readString(file).replace("\"version\" : 4", "\"version\" : 3"));

        // when / then
        assertThatThrownBy(() -> SessionFile.read(file)).isInstanceOf(SessionException.class)
                .hasMessageContaining("field branches: no such field in a session");
    }

    @Test
    void aVersionTwoFileWithARuleIsRefused() throws Exception {
        // given: version 2 knew no rules, so a rule in a file of version 2 is not one it wrote
        Path file = dir.resolve("v2rule.json");
        SessionFile.write(file, sample());
        Files.writeString(file, Files.readString(file).replace("\"version\" : 4", "\"version\" : 2"));

        // when / then
        assertThatThrownBy(() -> SessionFile.read(file)).isInstanceOf(SessionException.class)
                .hasMessageContaining("optimizer");
    }

    @Test
    void anUnknownRuleOrConstantIsNamed() throws Exception {
        Session s = sample();
        Path lion = dir.resolve("lion.json");
        SessionFile.write(lion, new Session(SessionFile.VERSION, "linear", s.data(), 0, 0, 1, true, false, s.runs(),
                new Session.OptimizerRecord("lion", java.util.Map.of())));
        Path mu = dir.resolve("mu.json");
        SessionFile.write(mu, new Session(SessionFile.VERSION, "linear", s.data(), 0, 0, 1, true, false, s.runs(),
                new Session.OptimizerRecord("adam", java.util.Map.of("momentum", 0.5))));
        Path range = dir.resolve("range.json");
        SessionFile.write(range, new Session(SessionFile.VERSION, "linear", s.data(), 0, 0, 1, true, false, s.runs(),
                new Session.OptimizerRecord("momentum", java.util.Map.of("momentum", 1.5))));

        assertThatThrownBy(() -> SessionFile.read(lion)).hasMessage("lion.json, field optimizer: the update rule cannot be used:"
                + " unknown optimizer 'lion': use sgd, momentum, nesterov, adagrad, rmsprop, adam");
        assertThatThrownBy(() -> SessionFile.read(mu)).hasMessage("mu.json, field optimizer: the update rule cannot be used:"
                + " adam has no constant 'momentum'");
        assertThatThrownBy(() -> SessionFile.read(range)).hasMessage("range.json, field optimizer: the update rule cannot be used:"
                + " μ must be at least 0 and below 1, not 1.5");
    }

    @Test
    void savingOverASessionKeepsItsPermissions() throws Exception {
        Path file = dir.resolve("shared.descentfx.json");
        SessionFile.write(file, sample());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        SessionFile.write(file, sample());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
    }

    @Test
    void savingOnAFullDiskKeepsTheOldSession() throws Exception {
        try (SmallDisk disk = SmallDisk.at(Files.createDirectory(dir.resolve("small")))) {
            // given: a saved session, and one with a data set far larger than the disk
            Path file = disk.dir().resolve("s.descentfx.json");
            SessionFile.write(file, sample());
            byte[] old = Files.readAllBytes(file);
            double[] big = new double[100_000];
            java.util.Arrays.fill(big, 0.1 + 0.2);
            Session huge = new Session(SessionFile.VERSION, "linear", new Session.DataSource(null, "big", big, big),
                    0, 0, 1, false, false, List.of(new Session.RunRecord(0.02, 10, List.of(), 0)), sample().optimizer());

            // when / then
            assertThatThrownBy(() -> SessionFile.write(file, huge)).isInstanceOf(IOException.class)
                    .hasMessage("cannot write '" + file + "': No space left on device");
            assertThat(Files.readAllBytes(file)).isEqualTo(old);
            try (var files = Files.list(disk.dir())) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly("s.descentfx.json");
            }
        }
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> SessionFile.read(dir.resolve("gone.json")))
                .isInstanceOf(SessionException.class).hasMessage("gone.json: no such file");
    }

    @Test
    void damagedJsonSaysWhere() throws IOException {
        Path file = write("bad.json", "{\"version\": 1,\n \"model\": ");

        assertThatThrownBy(() -> SessionFile.read(file))
                .isInstanceOf(SessionException.class).hasMessageStartingWith("bad.json: not a DescentFX session")
                .hasMessageContaining("line 2");
    }

    @Test
    void aFileWithoutVersionIsNotASession() throws IOException {
        Path file = write("other.json", "{\"name\": \"something else\"}");

        assertThatThrownBy(() -> SessionFile.read(file)).hasMessage("other.json: not a DescentFX session (no version field)");
    }

    @Test
    void aNewerVersionIsRefusedWithBothVersions() throws Exception {
        Path file = dir.resolve("new.json");
        SessionFile.write(file, sample());
        Files.writeString(file, Files.readString(file).replace("\"version\" : " + SessionFile.VERSION, "\"version\" : 9"));

        assertThatThrownBy(() -> SessionFile.read(file))
                .hasMessage("new.json: session version 9 is not one this DescentFX can open (it reads versions 1 to 4)");
    }

    @Test
    void anUnknownBuiltInDataSetIsNamed() throws Exception {
        Path file = dir.resolve("s.json");
        Session s = sample();
        SessionFile.write(file, new Session(SessionFile.VERSION, "linear", new Session.DataSource("no-such-set", null, null, null),
                0, 0, 1, false, false, List.of(s.runs().get(0))));

        assertThatThrownBy(() -> SessionFile.read(file)).isInstanceOf(SessionException.class)
                .hasMessageStartingWith("s.json, field data.builtIn: the session names the built-in data set 'no-such-set'");
    }

    @Test
    void aMissingFieldIsReportedAsDamage() throws IOException {
        Path file = write("partial.json", "{\"version\": 1, \"model\": \"linear\"}");

        assertThatThrownBy(() -> SessionFile.read(file)).isInstanceOf(SessionException.class)
                .hasMessageStartingWith("partial.json, line 1, column ").hasMessageContaining(": the field is missing");
    }

    @Test
    void impossibleValuesAreRefused() throws Exception {
        Path file = dir.resolve("eta.json");
        Session s = sample();
        SessionFile.write(file, new Session(SessionFile.VERSION, "linear", s.data(), 0, 0, 1, false, false,
                List.of(new Session.RunRecord(-0.5, 10, List.of(), 0))));

        assertThatThrownBy(() -> SessionFile.read(file))
                .hasMessage("eta.json, field runs[0].learningRate: a learning rate η of -0.5 is not a positive number");
    }

    @Test
    void anUnknownModelIsRefused() throws Exception {
        Path file = dir.resolve("model.json");
        Session s = sample();
        SessionFile.write(file, new Session(SessionFile.VERSION, "cubic", s.data(), 0, 0, 1, false, false, List.of(s.runs().get(0))));

        assertThatThrownBy(() -> SessionFile.read(file))
                .hasMessage("model.json, field model: the model must be \"linear\" or \"sigmoid\", not \"cubic\"");
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
