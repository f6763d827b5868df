package org.descentfx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.descentfx.output.SmallDisk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** {@code train --out} and {@code render --out} on a full disk and when stopped: the old file survives whole. */
class OutputSafetyTest {
    private static final String OLD = "step,epoch,w,b,batch_cost,cost\n0,0,0.0,0.0,,1.0\n";

    @TempDir
    Path dir;

    @BeforeAll
    static void shareTheToolkitWithTheUiTests() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void trainOnAFullDiskSaysSoAndKeepsTheOldCsv() throws Exception {
        try (SmallDisk disk = SmallDisk.at(Files.createDirectory(dir.resolve("small")))) {
            // given: an old CSV, and a run whose CSV (about 1.3 MB) does not fit on the 400 KB disk
            Path csv = Files.writeString(disk.dir().resolve("run.csv"), OLD);
            Files.setPosixFilePermissions(csv, PosixFilePermissions.fromString("rw-r--r--"));

            // when
            Cli cli = Cli.train("--epochs", "1000", "--out", csv.toString());

            // then
            assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(ExitCodes.BAD_DATA);
            assertThat(cli.err()).isEqualTo("descentfx: cannot write '" + csv + "': No space left on device\n");
            assertThat(Files.readString(csv)).isEqualTo(OLD);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(csv))).isEqualTo("rw-r--r--");
            assertThat(names(disk.dir())).containsExactly("run.csv");
        }
    }

    @Test
    void renderOnAFullDiskSaysSoInOneLineAndKeepsTheOldPicture() throws Exception {
        try (SmallDisk disk = SmallDisk.at(Files.createDirectory(dir.resolve("small")))) {
            // given: an old picture, and a new one of 2400 × 1600 pixels, far more than the 400 KB disk holds
            Path png = Files.write(disk.dir().resolve("figure.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});

            // when
            Cli cli = Cli.run("render", "--epochs", "2", "--width", "2400", "--height", "1600", "--out", png.toString());

            // then
            assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(ExitCodes.BAD_DATA);
            assertThat(cli.err()).isEqualTo("descentfx: cannot write '" + png + "': No space left on device\n");
            assertThat(Files.readAllBytes(png)).containsExactly((byte) 0x89, 'P', 'N', 'G');
            assertThat(names(disk.dir())).containsExactly("figure.png");
        }
    }

    @Test
    void trainStoppedMidWriteLeavesTheOldCsvAndNoPartialFile() throws Exception {
        // given: an old CSV, and train writing a long run over it in a JVM of its own
        Path csv = Files.writeString(dir.resolve("run.csv"), OLD);
        Process train = java("train", "--epochs", "100000000", "--force", "--out", csv.toString());
        try {
            awaitPartialFile(dir);

            // when: it is stopped as Ctrl-C or kill stop a program
            train.destroy();
            assertThat(train.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            train.destroyForcibly();
        }

        // then
        assertThat(Files.readString(csv)).isEqualTo(OLD);
        assertThat(names(dir)).containsExactly("run.csv");
    }

    @Test
    void trainKilledOutrightStillLeavesTheOldCsvWhole() throws Exception {
        // given
        Path csv = Files.writeString(dir.resolve("run.csv"), OLD);
        Process train = java("train", "--epochs", "100000000", "--force", "--out", csv.toString());
        try {
            awaitPartialFile(dir);

            // when: killed with no chance to clean up (kill -9)
            train.destroyForcibly();
            assertThat(train.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            train.destroyForcibly();
        }

        // then: the old file is whole; only the hidden unfinished file is left beside it
        assertThat(Files.readString(csv)).isEqualTo(OLD);
        assertThat(names(dir)).filteredOn(n -> !n.startsWith(".run.csv.")).containsExactly("run.csv");
        assertThat(names(dir)).hasSize(2);

        // and when the same file is written again, that leftover goes
        Cli again = Cli.train("--epochs", "1", "--out", csv.toString());
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(names(dir)).containsExactly("run.csv");
    }

    private static Process java(String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.descentfx.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /** Waits until the new CSV has passed 1 MB: the process is in the middle of writing. */
    private static void awaitPartialFile(Path dir) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(dir)) {
                if (files.anyMatch(p -> p.toFile().length() > 1 << 20)) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("train never started writing");
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
