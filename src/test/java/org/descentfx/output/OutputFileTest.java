package org.descentfx.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Writing a file: all of it or nothing, the old file untouched until the new one is whole. */
class OutputFileTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "mounted if possible: {0}")
    @ValueSource(booleans = {true, false})
    void aFullDiskLeavesTheOldFileAndNoPartialFile(boolean tryMount) throws Exception {
        Path mount = Files.createDirectory(dir.resolve("small"));
        try (SmallDisk disk = SmallDisk.at(mount, tryMount)) {
            // given: an old file on a 400 KB disk
            Path file = disk.dir().resolve("result.csv");
            Files.writeString(file, "old,contents\n");

            // when: a megabyte is written over it
            assertThatThrownBy(() -> {
                try (OutputFile out = OutputFile.create(file)) {
                    out.stream().write(new byte[1 << 20]);
                    out.commit();
                }
            }).isInstanceOf(IOException.class)
                    // then: the message names the user's file and the reason, never the temporary file
                    .hasMessage("cannot write '" + file + "': No space left on device")
                    .hasMessageNotContaining(".part");

            assertThat(Files.readString(file)).isEqualTo("old,contents\n");
            assertThat(names(disk.dir())).containsExactly("result.csv");
        }
    }

    @Test
    void nothingChangesUntilTheCommit() throws Exception {
        Path file = Files.writeString(dir.resolve("a.csv"), "old\n");

        try (OutputFile out = OutputFile.create(file)) {
            out.writer().write("new\n");
            out.writer().flush();
            assertThat(Files.readString(file)).isEqualTo("old\n");
            out.commit();
        }

        assertThat(Files.readString(file)).isEqualTo("new\n");
        assertThat(names(dir)).containsExactly("a.csv");
    }

    @Test
    void closingWithoutACommitThrowsTheNewBytesAway() throws Exception {
        Path file = Files.writeString(dir.resolve("a.csv"), "old\n");

        try (OutputFile out = OutputFile.create(file)) {
            out.writer().write("half of a");
        }

        assertThat(Files.readString(file)).isEqualTo("old\n");
        assertThat(names(dir)).containsExactly("a.csv");
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws Exception {
        for (String permissions : List.of("rw-r--r--", "rw-rw-r--", "rw-------")) {
            Path file = Files.writeString(dir.resolve("p.csv"), "old\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));

            try (OutputFile out = OutputFile.create(file)) {
                out.writer().write("new\n");
                out.commit();
            }

            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo(permissions);
        }
    }

    @Test
    void aNewFileGetsTheUsualPermissionsNotPrivateOnes() throws Exception {
        Path reference = Files.createFile(dir.resolve("reference"));
        Path file = dir.resolve("new.csv");

        try (OutputFile out = OutputFile.create(file)) {
            out.commit();
        }

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(reference));
    }

    @Test
    void aLinkStaysALinkAndItsTargetIsReplaced() throws Exception {
        Path real = Files.writeString(dir.resolve("real.csv"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real);

        try (OutputFile out = OutputFile.create(link)) {
            out.writer().write("new\n");
            out.commit();
        }

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new\n");
    }

    @Test
    void aFileWhereAFolderShouldBeIsCalledAFile() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("good.csv"), "x,y\n1,2\n");

        assertThatThrownBy(() -> OutputFile.create(notAFolder.resolve("x.csv")))
                .hasMessage("cannot write '" + notAFolder.resolve("x.csv") + "': '" + notAFolder
                        + "' is a file, not a folder");
    }

    @Test
    void aFolderIsNotReplaced() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("out"));

        assertThatThrownBy(() -> OutputFile.create(folder)).hasMessage("cannot write '" + folder + "': it is a folder");
        assertThat(Files.isDirectory(folder)).isTrue();
    }

    @Test
    void aMissingFolderIsNamed() {
        Path file = dir.resolve("nowhere").resolve("x.csv");

        assertThatThrownBy(() -> OutputFile.create(file))
                .hasMessage("cannot write '" + file + "': the folder '" + file.getParent() + "' does not exist");
    }

    @Test
    void theLeftoverOfAKilledWriterGoesWithTheNextWriteButALiveWritersStays() throws Exception {
        // given: unfinished files of a.csv from a process that has ended, from this one, and of another file
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path dead = Files.writeString(dir.resolve(".a.csv." + ended.pid() + "-1f2e.part"), "cut sho");
        Path live = Files.writeString(dir.resolve(".a.csv." + ProcessHandle.current().pid() + "-3c4d.part"), "going");
        Path other = Files.writeString(dir.resolve(".b.csv." + ended.pid() + "-5a6b.part"), "not ours");

        // when: a.csv is written
        try (OutputFile out = OutputFile.create(dir.resolve("a.csv"))) {
            out.writer().write("new\n");
            out.commit();
        }

        // then: only the dead writer's file of a.csv is gone
        assertThat(dead).doesNotExist();
        assertThat(live).exists();
        assertThat(other).exists();
        assertThat(Files.readString(dir.resolve("a.csv"))).isEqualTo("new\n");
    }

    @Test
    void theTemporaryFileNamesItsWriter() throws Exception {
        try (OutputFile out = OutputFile.create(dir.resolve("a.csv"))) {
            assertThat(names(dir)).singleElement().asString()
                    .startsWith(".a.csv." + ProcessHandle.current().pid() + "-").endsWith(".part");
        }
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
