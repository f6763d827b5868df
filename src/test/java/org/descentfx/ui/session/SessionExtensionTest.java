package org.descentfx.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sessions are saved as .descentfx, the type the package registers; JSON saved before still opens. */
class SessionExtensionTest {
    @TempDir
    Path dir;

    private static Session sample() {
        return new Session(SessionFile.VERSION, "linear", new Session.DataSource("noisy-line", null, null, null),
                -1, -3, 1, false, true, List.of(new Session.RunRecord(0.02, 10, List.of(), 5)),
                new Session.OptimizerRecord("sgd", java.util.Map.of()));
    }

    @Test
    void theSaveDialogOffersADescentfxName() {
        assertThat(SessionActions.DEFAULT_NAME).endsWith(".descentfx");
        assertThat(SessionActions.PATTERNS).containsExactly("*.descentfx", "*.json");
    }

    @Test
    void aNameTypedWithoutExtensionGetsTheSessionsOne() {
        assertThat(SessionActions.withExtension(dir.resolve("monday"))).isEqualTo(dir.resolve("monday.descentfx"));
        assertThat(SessionActions.withExtension(dir.resolve("monday.descentfx"))).isEqualTo(dir.resolve("monday.descentfx"));
        assertThat(SessionActions.withExtension(dir.resolve("monday.json"))).isEqualTo(dir.resolve("monday.json"));
        assertThat(SessionActions.withExtension(dir.resolve(".hidden"))).isEqualTo(dir.resolve(".hidden.descentfx"));
    }

    @Test
    void aSessionOpensWhateverItsExtension() throws Exception {
        // given
        Session written = sample();
        Path saved = dir.resolve("today" + SessionActions.EXTENSION);
        Path older = dir.resolve("older.json");

        // when
        SessionFile.write(saved, written);
        SessionFile.write(older, written);

        // then
        assertThat(SessionFile.read(saved)).isEqualTo(SessionFile.read(older));
        assertThat(SessionFile.read(saved).runs()).extracting(Session.RunRecord::step).containsExactly(5L);
    }
}
