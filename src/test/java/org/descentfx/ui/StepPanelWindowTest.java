package org.descentfx.ui;

import static org.descentfx.ui.FxWait.onFx;
import static org.descentfx.ui.FxWait.onFxQuietly;
import static org.descentfx.ui.FxWait.waitFor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.descentfx.cli.Cli;
import org.descentfx.cli.CsvTrace;
import org.descentfx.ui.step.StepPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The step panel's numbers, read as a learner reads them off the screen, redo the next row of
 * {@code train} with the window's lesson: the same digits, and the arithmetic shown gives them.
 */
class StepPanelWindowTest {
    private static final long TIMEOUT_S = 20;
    private static final int STEPS = 12;

    private final FxRobot robot = new FxRobot();
    private DescentApp app;
    private MainWindow window;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (DescentApp) FxToolkit.setupApplication(DescentApp.class);
        window = app.window();
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> window.experiment().snapshotProperty().get() != null);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void eachShownStepRedoesTheNextRowOfTrainToTheDigitsShown() throws Exception {
        // given: train with the window's lesson (noisy line, start (−1, −3), η = 0.02, m = 10, seed 1)
        Cli cli = Cli.train("--data", "noisy-line", "--start", "-1,-3", "--lr", "0.02", "--batch", "10",
                "--seed", "1", "--epochs", "2", "--log-batches");
        List<CsvTrace.Row> rows = CsvTrace.parse(cli.out()).rows();
        StepPanel panel = robot.lookup("#stepPanel").queryAs(StepPanel.class);

        for (int k = 0; k < STEPS; k++) {
            // when: the panel explains step k + 1, then the step is taken
            int next = k + 1;
            waitFor(() -> onFxQuietly(() -> panel.onScreen().get("heading").get(0)).startsWith("Step " + next + ","));
            Map<String, List<String>> screen = onFx(panel::onScreen);
            robot.clickOn("#stepBatchButton");

            // then: the table lists the mini-batch train logged, and w′, b′ are its next row
            List<String> cells = screen.get("table");
            int[] indices = new int[cells.size() / 6];
            double sumW = 0;
            for (int j = 0; j < indices.length; j++) {
                indices[j] = Integer.parseInt(cells.get(6 * j + 1));
                sumW += Double.parseDouble(cells.get(6 * j + 4));
            }
            CsvTrace.Row before = rows.get(k);
            CsvTrace.Row after = rows.get(next);
            assertThat(indices).as("X of step %d", next).containsExactly(after.batch());
            List<String> formulas = screen.get("formulas");
            Product w = Product.parse(line(formulas, "w' = "));
            Product b = Product.parse(line(formulas, "b' = "));
            assertThat(w.result()).as("w′ of step %d", next).isEqualTo(Double.toString(after.w()));
            assertThat(b.result()).as("b′ of step %d", next).isEqualTo(Double.toString(after.b()));
            assertThat(w.start()).isEqualTo(Double.toString(before.w()));
            assertThat(w.redone()).as("w − (η/m)·Σ from the shown digits").isEqualTo(after.w());
            assertThat(b.redone()).as("b − (η/m)·Σ from the shown digits").isEqualTo(after.b());
            assertThat(sumW).as("the table's ∂C/∂w column summed in its order").isEqualTo(w.factor());
        }
    }

    /** "w' = A - B \times (C) = D" as shown. */
    private record Product(String start, String scale, String sum, String result) {
        static Product parse(String tex) {
            String rest = tex.substring(tex.indexOf(" = ") + 3);
            String[] minus = rest.split(" - ", 2);
            String[] times = minus[1].split(" \\\\times ", 2);
            String[] equals = times[1].split(" = ", 2);
            return new Product(minus[0], times[0], equals[0].replaceAll("^\\((.*)\\)$", "$1"), equals[1]);
        }

        double factor() {
            return number(sum);
        }

        double redone() {
            return number(start) - number(scale) * number(sum);
        }

        static double number(String tex) {
            return Double.parseDouble(tex.replace("\\times 10^{", "E").replace("}", ""));
        }
    }

    private static String line(List<String> formulas, String prefix) {
        return formulas.stream().filter(f -> f.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + prefix + " in " + formulas));
    }



}
