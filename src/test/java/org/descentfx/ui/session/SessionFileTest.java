package org.descentfx.ui.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
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
                        new Session.RunRecord(0.02, 3, List.of(), 2)));
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
                    0, 0, 1, false, false, List.of(new Session.RunRecord(0.02, 10, List.of(), 0)));

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
                .hasMessage("new.json: session version 9 is not one this DescentFX can open (it reads versions 1 to 2)");
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
