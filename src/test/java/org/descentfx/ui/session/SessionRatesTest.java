package org.descentfx.ui.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.descentfx.core.train.Hyperparameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional field {@code rates} of version 3: a comparison of learning rates, absent from every other session. */
class SessionRatesTest {
    @TempDir
    Path dir;

    private static final Session.DataSource NOISY = new Session.DataSource("noisy-line", "noisy-line", null, null);

    private static Session withRates(List<Double> rates, int runs) {
        List<Session.RunRecord> records = new java.util.ArrayList<>();
        for (int i = 0; i < runs; i++) {
            records.add(new Session.RunRecord(i == 0 ? 0.02 : rates.get(i), 10,
                    i == 0 ? List.of(new Session.Change(4, 0.03, 10)) : List.of(), 9));
        }
        return new Session(SessionFile.VERSION, "linear", NOISY, -1, -3, 1, false, false, records,
                Session.OptimizerRecord.SGD, List.of(), rates);
    }

    @Test
    void aComparisonOfRatesIsWrittenReadBackAndRestoredRunByRun() throws Exception {
        // given
        Session written = withRates(Arrays.asList(null, 0.005, 0.09), 3);
        Path file = dir.resolve("rates.descentfx");

        // when
        SessionFile.write(file, written);
        Session read = SessionFile.read(file);
        SessionMapper.Restored restored = SessionMapper.restore(read);

        // then
        assertThat(read).isEqualTo(written);
        assertThat(restored.rates()).containsExactly(null, 0.005, 0.09);
        assertThat(restored.setup().runs()).extracting(r -> r.ratePlace()).containsExactly(1, 2, 3);
        assertThat(restored.setup().runs().get(2).resolve(restored.setup().hyperparameters(), 100))
                .isEqualTo(new Hyperparameters(0.09, 10));
        assertThat(restored.setup().hyperparameters().learningRate()).as("the slider's η is η₁'s last").isEqualTo(0.03);
    }

    @Test
    void aVersionThreeFileWithTheComparisonStillOpens() throws Exception {
        // given: a comparison of rates as version 3 wrote it, without the branches of version 4
        Session written = withRates(Arrays.asList(null, 0.005, 0.09), 3);
        Path file = dir.resolve("rates3.descentfx");
        SessionFile.write(file, written);
        Files.writeString(file, Files.readString(file).replace("\"version\" : 4", "\"version\" : 3")
                .replaceFirst(",\\s*\"branches\"\\s*:\\s*\\[\\s*\\],\\s*\"currentBranch\"\\s*:\\s*0", ""));

        // when
        Session read = SessionFile.read(file);

        // then
        assertThat(read.version()).isEqualTo(3);
        assertThat(read.rates()).containsExactly(null, 0.005, 0.09);
        assertThat(read.branches()).isEmpty();
        assertThat(SessionMapper.restore(read).rates()).containsExactly(null, 0.005, 0.09);
    }

    @Test
    void aSessionWithoutTheComparisonLeavesTheFieldOutAndReadsAsBefore() throws Exception {
        // given: a session of a single run, as every file before the comparison was written
        Session plain = new Session(SessionFile.VERSION, "linear", NOISY, -1, -3, 1, false, false,
                List.of(new Session.RunRecord(0.02, 10, List.of(), 9)), Session.OptimizerRecord.SGD, List.of());
        Path file = dir.resolve("plain.descentfx");

        // when
        SessionFile.write(file, plain);

        // then: no new field, so the file is the one written before, and it opens to the same setup
        assertThat(Files.readString(file)).doesNotContain("rates");
        Session read = SessionFile.read(file);
        assertThat(read).isEqualTo(plain);
        assertThat(read.rates()).isNull();
        assertThat(SessionMapper.restore(read).rates()).isNull();
        assertThat(SessionMapper.restore(read).setup().runs()).extracting(r -> r.label()).containsExactly("mini-batch");
    }

    @Test
    void aFileMissingAnotherFieldIsStillRefusedByName() throws Exception {
        // given: the optional field absent and a required one too
        Path file = dir.resolve("norace.json");
        SessionFile.write(file, new Session(SessionFile.VERSION, "linear", NOISY, -1, -3, 1, false, false,
                List.of(new Session.RunRecord(0.02, 10, List.of(), 9)), Session.OptimizerRecord.SGD, List.of()));
        Files.writeString(file, Files.readString(file).replaceFirst(",\\s*\"race\"\\s*:\\s*\\[\\s*\\]", ""));

        // when / then
        assertThatThrownBy(() -> SessionFile.read(file)).isInstanceOf(SessionException.class)
                .hasMessageEndingWith("field race: the field is missing");
    }

    @Test
    void impossibleComparisonsOfRatesAreRefusedWithTheField() throws Exception {
        assertRefused(withRates(Arrays.asList(null, -0.5, 0.09), 3), "field rates[1]: a learning rate η of -0.5");
        assertRefused(withRates(Arrays.asList((Double) null), 1), "field rates: a comparison of learning rates has 2 to 4");
        assertRefused(withRates(Arrays.asList(null, 0.005, 0.09), 2), "field runs: the comparison setting needs 3 runs");
        Session both = withRates(Arrays.asList(null, 0.005), 2);
        assertRefused(new Session(both.version(), both.model(), both.data(), both.startW(), both.startB(), both.seed(),
                true, false, both.runs(), both.optimizer(), both.race(), both.rates()), "cannot be on with another");
    }

    private void assertRefused(Session s, String message) throws Exception {
        Path file = dir.resolve("bad.descentfx");
        Files.deleteIfExists(file);
        SessionFile.write(file, s);
        assertThatThrownBy(() -> SessionFile.read(file)).isInstanceOf(SessionException.class).hasMessageContaining(message);
    }
}
