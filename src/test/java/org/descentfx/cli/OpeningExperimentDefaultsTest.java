package org.descentfx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.descentfx.engine.OpeningExperiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The window, {@code train} and {@code render} open on one experiment, written in one place. */
class OpeningExperimentDefaultsTest {
    private static final List<String> SHARED = List.of("--model", "--data", "--start", "--lr", "--batch", "--seed");

    @Test
    void theWindowCommandWithoutOptionsOpensOnTheOpeningExperiment() {
        // given
        WindowCommand window = new WindowCommand();

        // when
        new CommandLine(window).parseArgs();

        // then
        assertThat(window.model).isSameAs(OpeningExperiment.model());
        assertThat(window.data).isEqualTo(OpeningExperiment.DATA);
        assertThat(window.start).isEqualTo(OpeningExperiment.start());
        assertThat(window.learningRate).isEqualTo(OpeningExperiment.hyperparameters().learningRate());
        assertThat(window.miniBatchSize).isEqualTo(OpeningExperiment.hyperparameters().miniBatchSize());
        assertThat(window.seed).isEqualTo(OpeningExperiment.seed());
        assertThat(window.speed).isEqualTo(OpeningExperiment.stepsPerSecond());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(classes = {TrainCommand.class, RenderCommand.class})
    void trainAndRenderDefaultToTheWindowsOptions(Class<?> command) throws Exception {
        // given
        CommandSpec window = new CommandLine(new WindowCommand()).getCommandSpec();

        // when
        CommandSpec other = new CommandLine(command.getDeclaredConstructor().newInstance()).getCommandSpec();

        // then
        for (String name : SHARED) {
            assertThat(other.findOption(name).defaultValue()).as(name)
                    .isEqualTo(window.findOption(name).defaultValue());
        }
        assertThat(other.findOption("--start").defaultValue()).isEqualTo("-1,-3");
        assertThat(other.findOption("--lr").defaultValue()).isEqualTo("0.02");
    }

    @Test
    void theTextAndTheTypedValuesAgreeAsTheCommandLineReadsThem() {
        assertThat(new OptionValues.Start().convert(OpeningExperiment.START)).isEqualTo(OpeningExperiment.start());
        assertThat(new OptionValues.LearningRate().convert(OpeningExperiment.LEARNING_RATE))
                .isEqualTo(OpeningExperiment.hyperparameters().learningRate());
        assertThat(new OptionValues.MiniBatchSize().convert(OpeningExperiment.MINI_BATCH_SIZE))
                .isEqualTo(OpeningExperiment.hyperparameters().miniBatchSize());
        assertThat(new OptionValues.Seed().convert(OpeningExperiment.SEED)).isEqualTo(OpeningExperiment.seed());
        assertThat(new OptionValues.ModelId().convert(OpeningExperiment.MODEL)).isSameAs(OpeningExperiment.model());
    }
}
