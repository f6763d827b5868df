package org.descentfx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The headless commands say what is really wrong, in one line, and never hang on a path. */
class HonestMessagesTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void shareTheToolkitWithTheUiTests() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void hugeValuesAreTheDataNotTheLearningRate() throws Exception {
        Path csv = Files.writeString(dir.resolve("huge.csv"), "1e200,1e200\n2e200,2e200\n");

        Cli train = Cli.train("--data", csv.toString(), "--start", "0,0");
        Cli render = Cli.run("render", "--data", csv.toString(), "--start", "0,0", "--out", dir.resolve("f.png").toString());
        Cli analyze = Cli.run("analyze", "--data", csv.toString(), "--start", "0,0");

        for (Cli cli : new Cli[] {train, render, analyze}) {
            assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(ExitCodes.BAD_DATA);
            assertThat(cli.err()).isEqualTo("descentfx: " + csv + ": the data's values are too large: C of Eq. (1) is"
                    + " not finite at the start (w, b) = (0.0, 0.0); scale x and y down\n");
        }
        assertThat(dir.resolve("f.png")).doesNotExist();
    }

    @Test
    void aFileWhereAFolderShouldBeIsCalledAFile() throws Exception {
        Path good = Files.writeString(dir.resolve("good.csv"), "x,y\n1,2\n");

        Cli cli = Cli.train("--out", good.resolve("x.csv").toString());

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.BAD_DATA);
        assertThat(cli.err()).isEqualTo("descentfx: cannot write '" + good.resolve("x.csv") + "': '" + good
                + "' is a file, not a folder\n");
        assertThat(Files.readString(good)).isEqualTo("x,y\n1,2\n");
    }

    @Test
    void aDeviceAsDataIsRefusedAtOnce() {
        Cli cli = Cli.train("--data", "/dev/zero");

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.BAD_DATA);
        assertThat(cli.err()).startsWith("descentfx: /dev/zero: cannot read: it is not a regular file").hasLineCount(1);
    }

    @Test
    void aPipeAsDataDoesNotBlock() throws Exception {
        Path fifo = dir.resolve("pipe.csv");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

        Cli cli = CompletableFuture.supplyAsync(() -> Cli.train("--data", fifo.toString())).get(10, TimeUnit.SECONDS);

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.BAD_DATA);
        assertThat(cli.err()).startsWith("descentfx: " + fifo + ": cannot read: it is not a regular file");
    }
}
