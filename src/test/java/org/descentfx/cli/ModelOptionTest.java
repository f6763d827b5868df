package org.descentfx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.descentfx.core.model.Model;
import org.junit.jupiter.api.Test;

/** {@code --model} takes the registry's ids: its help names all of them, and each one is accepted. */
class ModelOptionTest {

    @Test
    void theHelpNamesEveryRegisteredModel() {
        // given: picocli wants the label as a constant, so this test keeps it in step with the registry
        String ids = Model.all().stream().map(Model::id).collect(Collectors.joining("|"));

        // when
        Cli help = Cli.train("--help");

        // then
        assertThat(help.out()).contains("--model=" + ids);
    }

    @Test
    void everyRegisteredModelTrains() {
        for (Model m : Model.all()) {
            // when
            Cli cli = Cli.train("--model", m.id(), "--epochs", "1");

            // then
            assertThat(cli.exitCode()).as(m.id()).isZero();
            assertThat(cli.outLines()).as(m.id()).hasSizeGreaterThan(1);
        }
    }
}
