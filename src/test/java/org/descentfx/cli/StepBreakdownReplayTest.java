package org.descentfx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.Model;
import org.descentfx.core.train.Point;
import org.descentfx.core.train.Sgd;
import org.descentfx.core.train.StepBreakdown;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The step taken apart, from the previous row of {@code train}'s CSV, lands on the next row exactly. */
class StepBreakdownReplayTest {

    @ParameterizedTest(name = "{0} on {1}, η = {2}, m = {3}")
    @CsvSource({
        "linear, noisy-line, 0.01, 7",
        "linear, centred-line, 0.3, 100",
        "sigmoid, sigmoid-steps, 2.5, 8",
        "sigmoid, single-example, 0.7, 1"})
    void everyRowIsTheBreakdownOfTheRowBefore(String model, String data, String eta, String m) throws Exception {
        // given
        Cli cli = Cli.train("--model", model, "--data", data, "--lr", eta, "--batch", m, "--epochs", "3",
                "--start", "0.5,-0.25", "--seed", "9", "--log-batches");
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        List<CsvTrace.Row> rows = CsvTrace.parse(cli.out()).rows();
        Dataset dataset = BuiltInDatasets.load(data);
        Model neuron = Model.byId(model);

        for (int k = 1; k < rows.size(); k++) {
            CsvTrace.Row before = rows.get(k - 1);
            CsvTrace.Row after = rows.get(k);

            // when: a full batch sums in file order (Run.nextBatch), though the log lists the epoch's order
            int[] batch = after.batch().length == dataset.size()
                    ? IntStream.range(0, dataset.size()).toArray() : after.batch();
            StepBreakdown step = StepBreakdown.of(neuron, dataset, new Point(before.w(), before.b()), batch,
                    Double.parseDouble(eta), new Sgd());

            // then: the same doubles, so the same digits
            assertThat(step.to()).as("row %d", k).isEqualTo(new Point(after.w(), after.b()));
            assertThat(step.costAfter()).as("cost of row %d", k).isEqualTo(after.cost());
            assertThat(step.costBefore()).as("cost of row %d", k - 1).isEqualTo(before.cost());
        }
    }
}
