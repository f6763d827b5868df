package org.descentfx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The generated set large-line answers to {@code --data large-line} like a shipped file. */
class LargeLineCommandsTest {

    @Test
    void analyzePrintsItsSizeAndPresets() {
        Cli cli = Cli.run("analyze", "--data", "large-line");

        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        assertThat(cli.outLines()).containsSubsequence("n: 100000", "model: linear", "preset_model: linear",
                "preset_start: -2.0,3.0", "preset_lr: 0.1", "preset_batch: 100", "preset_epochs: 3");
    }

    @Test
    void trainTakesOneRowPerMiniBatchOfTheHundredThousand() {
        Cli cli = Cli.train("--data", "large-line", "--lr", "0.1", "--batch", "100", "--epochs", "1",
                "--start", "-2,3");

        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        assertThat(cli.csv()).hasSize(1 + 1 + 100_000 / 100);
        String[] last = cli.csv().get(cli.csv().size() - 1);
        assertThat(Double.parseDouble(last[last.length - 1])).as("C after one epoch").isLessThan(0.13);
    }
}
