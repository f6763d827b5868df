package org.descentfx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** The window opens on the data set chosen last only when its command line names no experiment. */
class LastDataSetOptionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                          | true",
        "--play --compare            | true",
        "--valley --speed 0          | true",
        "--data two-valleys          | false",
        "--data noisy-line           | false",
        "--model sigmoid             | false",
        "--start 1,2                 | false",
        "--lr 0.1                    | false",
        "--batch 5                   | false",
        "--compare-rates 0.1,0.2,0.3 | false",
        "--session saved.descentfx   | false",
        "--lesson 3                  | false"})
    void onlyALaunchNamingNoExperimentOpensTheLastDataSet(String args, boolean expected) {
        // given
        WindowCommand command = new WindowCommand();

        // when
        new CommandLine(command).parseArgs(args.isBlank() ? new String[0] : args.split(" "));

        // then
        assertThat(command.namesNoExperiment()).isEqualTo(expected);
    }
}
