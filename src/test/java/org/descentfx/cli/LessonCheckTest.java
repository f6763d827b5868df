package org.descentfx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonCheckTest {
    @Test
    void aGoodLessonExitsZeroAndSaysSo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("good.md");
        Files.writeString(file, "# Mine\n## One\nLook at the map.\n```setup\ndata: noisy-line\neta: 0.01\n```\n## Two\nAgain.\n");

        Cli cli = Cli.run("lesson", "check", file.toString());

        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        assertThat(cli.out()).contains(file + ": fine, 'Mine', 2 steps");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void aBrokenLessonExitsOneWithEveryProblemAtItsLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.md");
        Files.writeString(file, String.join("\n", "# Broken", "## One", "text", "```setup", "data: no-such-set",
                "lerning rate: 0.1", "eta: -1", "```", "```ask", "kind: number", "question: How many?", "```", ""));

        Cli cli = Cli.run("lesson", "check", file.toString());

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.BAD_DATA);
        assertThat(cli.errLines()).hasSize(4);
        assertThat(cli.errLines().get(0)).startsWith(file + ":5: data: no built-in data set named 'no-such-set'");
        assertThat(cli.errLines().get(1)).startsWith(file + ":6: unknown key 'lerning rate'");
        assertThat(cli.errLines().get(2)).isEqualTo(file + ":7: eta: η must be > 0 (η = -1 would not descend)");
        assertThat(cli.errLines().get(3)).isEqualTo(file + ":9: the question has no answer: add 'answer:' with the number");
    }

    @Test
    void aFormulaTheWindowCannotTypesetIsAProblemAtItsLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tex.md");
        Files.writeString(file, String.join("\n", "# TeX", "## One", "The gradient $\\nabal C$ points uphill.", "",
                "$$", "w' = w - \\frac{\\eta}{m", "$$", "", "A price of $5.", ""));

        Cli cli = Cli.run("lesson", "check", file.toString());

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.BAD_DATA);
        assertThat(cli.errLines()).hasSize(3);
        assertThat(cli.errLines().get(0)).startsWith(file + ":3: the formula '\\nabal C' cannot be typeset: ")
                .contains("nabal");
        assertThat(cli.errLines().get(1)).isEqualTo(file + ":5: the formula 'w' = w - \\frac{\\eta}{m' cannot be typeset: a '{' is not closed");
        assertThat(cli.errLines().get(2)).isEqualTo(file
                + ":9: a '$' opens a formula that is not closed: formulas go between two dollars");
    }

    @Test
    void aMissingFileIsAProblemAtLineOne(@TempDir Path dir) {
        Path file = dir.resolve("none.md");

        Cli cli = Cli.run("lesson", "check", file.toString());

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.BAD_DATA);
        assertThat(cli.err()).startsWith(file + ":1: cannot be read");
    }

    @Test
    void noFileIsAUsageError() {
        assertThat(Cli.run("lesson", "check").exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
