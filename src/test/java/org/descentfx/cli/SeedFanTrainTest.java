package org.descentfx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.Model;
import org.descentfx.core.surface.Window;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Point;
import org.descentfx.core.train.UpdateRule;
import org.descentfx.engine.PathScale;
import org.descentfx.engine.SeedFan;
import org.junit.jupiter.api.Test;

/** Each descent of a fan of seeds ends, to the last bit, on the last row {@code train --seed k} writes. */
class SeedFanTrainTest {

    @Test
    void eachSeedOfTheFanEndsWhereTrainWithThatSeedEnds() throws Exception {
        // given a fan of 4 seeds of the sigmoid neuron, m = 3, 6 epochs (60 examples: a short last batch)
        Dataset data = BuiltInDatasets.load("sigmoid-steps");
        Window window = new Window(-2, 4, -3, 2);
        SeedFan.Setup setup = new SeedFan.Setup(data, Model.byId("sigmoid"), new Point(0.5, -1),
                new Hyperparameters(0.5, 7), UpdateRule.SGD, 4, 6, window);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        SeedFan.Result fan;
        try {
            fan = SeedFan.run(setup, new PathScale(window, 400, 300), pool, (d, of) -> { }, () -> false);
        } finally {
            pool.shutdownNow();
        }

        for (SeedFan.Descent d : fan.seeds()) {
            // when train runs with that seed
            Cli train = Cli.train("--model", "sigmoid", "--data", "sigmoid-steps", "--start", "0.5,-1", "--lr", "0.5",
                    "--batch", "7", "--epochs", "6", "--seed", Long.toString(d.seed()));

            // then its last row is the fan's end, and its C there the fan's C
            assertThat(train.exitCode()).as(train.toString()).isZero();
            List<String[]> rows = train.csv();
            String[] last = rows.get(rows.size() - 1);
            assertThat(rows).hasSize(1 + 1 + 6 * 9);
            assertThat(new Point(Double.parseDouble(last[2]), Double.parseDouble(last[3]))).as("seed %d", d.seed())
                    .isEqualTo(d.end());
            assertThat(Double.parseDouble(last[last.length - 1])).isEqualTo(d.cost());
        }
    }
}
