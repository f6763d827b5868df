package org.descentfx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.descentfx.Main;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code --compare-rates η₁,η₂,η₃}: three positive learning rates, and no other comparison beside them. */
class CompareRatesOptionTest {

    @Test
    void threeRatesAreReadInOrder() {
        // when
        WindowCommand command = new WindowCommand();
        new CommandLine(command).parseArgs("--compare-rates", "0.02,0.005,0.09");

        // then
        assertThat(command.rates).containsExactly(0.02, 0.005, 0.09);
    }

    @Test
    void twoRatesANegativeOneOrAnotherComparisonAreUsageErrors() {
        assertThat(run("window", "--compare-rates", "0.02,0.005")).startsWith("2:")
                .contains("--compare-rates takes 3 learning rates, not 2");
        assertThat(run("window", "--compare-rates", "0.02,-1,0.09")).startsWith("2:").contains("--compare-rates")
                .contains("'-1'");
        assertThat(run("window", "--compare-rates", "0.02,0.005,0.09", "--compare")).startsWith("2:")
                .contains("one comparison at a time");
        assertThat(run("window", "--compare-rates", "0.02,0.005,0.09", "--compare-optimizers", "sgd,adam"))
                .startsWith("2:").contains("one comparison at a time");
    }

    /** The exit code, a colon, then standard error. */
    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return code + ":" + err;
    }
}
