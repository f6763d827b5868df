package org.descentfx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** {@code render --paths-out}: the polylines drawn, held against {@code train}'s rows of the same run. */
class RenderPathsOutTest {
    private static final String[] RUN = {"--data", "noisy-line", "--lr", "0.05", "--batch", "1", "--epochs", "300",
        "--start", "-1,2", "--seed", "3"};

    @TempDir
    Path dir;

    @BeforeAll
    static void shareTheToolkitWithTheUiTests() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void everyRowOfTrainLiesWithinOneAndAHalfPixelsOfTheDrawnPath() throws Exception {
        // given: render's polylines and train's rows of the same descent (tens of thousands of steps)
        Path paths = dir.resolve("paths.csv");
        List<String> args = new ArrayList<>(List.of("render", "--view", "map", "--width", "900", "--height", "700",
                "--out", dir.resolve("map.png").toString(), "--paths-out", paths.toString()));
        args.addAll(List.of(RUN));
        Cli render = Cli.run(args.toArray(String[]::new));
        Cli train = Cli.train(RUN);
        assertThat(render.exitCode()).as(render.toString()).isZero();

        // when
        List<String> lines = Files.readAllLines(paths);
        String[] window = lines.get(0).split(" ");
        assertThat(window[0] + " " + window[1]).isEqualTo("# window");
        double w0 = Double.parseDouble(window[2]);
        double w1 = Double.parseDouble(window[3]);
        double b0 = Double.parseDouble(window[4]);
        double b1 = Double.parseDouble(window[5]);
        double width = Double.parseDouble(window[6]);
        double height = Double.parseDouble(window[7]);
        assertThat(lines.get(1)).isEqualTo("run,w,b");
        List<List<double[]>> polylines = new ArrayList<>();
        List<double[]> line = new ArrayList<>();
        for (String row : lines.subList(2, lines.size())) {
            if (row.isEmpty()) {
                polylines.add(line);
                line = new ArrayList<>();
                continue;
            }
            String[] f = row.split(",");
            assertThat(f[0]).isEqualTo("mini-batch");
            line.add(new double[] {(Double.parseDouble(f[1]) - w0) / (w1 - w0) * width,
                (b1 - Double.parseDouble(f[2])) / (b1 - b0) * height});
        }

        // then
        List<String[]> rows = train.csv().subList(1, train.csv().size());
        assertThat(rows).hasSizeGreaterThan(20_000);
        int vertices = polylines.stream().mapToInt(List::size).sum();
        assertThat(vertices).isLessThan(rows.size() / 10);
        double worst = 0;
        int inside = 0;
        for (String[] r : rows) {
            double x = (Double.parseDouble(r[2]) - w0) / (w1 - w0) * width;
            double y = (b1 - Double.parseDouble(r[3])) / (b1 - b0) * height;
            if (x >= 0 && x <= width && y >= 0 && y <= height) {
                inside++;
                worst = Math.max(worst, distance(x, y, polylines));
            }
        }
        assertThat(inside).isGreaterThan(rows.size() / 2);
        assertThat(worst).as("the farthest row from the drawn path, in px").isLessThanOrEqualTo(1.5);
    }

    private static double distance(double x, double y, List<List<double[]>> polylines) {
        double best = Double.POSITIVE_INFINITY;
        for (List<double[]> line : polylines) {
            for (int k = 0; k < line.size(); k++) {
                double[] p = line.get(k);
                double[] q = line.get(Math.min(k + 1, line.size() - 1));
                double dx = q[0] - p[0];
                double dy = q[1] - p[1];
                double len2 = dx * dx + dy * dy;
                double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - p[0]) * dx + (y - p[1]) * dy) / len2));
                best = Math.min(best, Math.hypot(x - p[0] - t * dx, y - p[1] - t * dy));
            }
        }
        return best;
    }
}
