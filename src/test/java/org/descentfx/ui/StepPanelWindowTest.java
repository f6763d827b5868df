package org.descentfx.ui;

import static org.descentfx.ui.FxWait.onFx;
import static org.descentfx.ui.FxWait.onFxQuietly;
import static org.descentfx.ui.FxWait.waitFor;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
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
 * The step panel's numbers, read as a learner reads them off the screen: four significant digits, the
 * readout's own for w, b, η, ∇C_X and ∇C, and every line redone with the shown numbers gives the shown
 * result to the digits shown (exactly where it says "="), which is {@code train}'s next row to those digits.
 */
class StepPanelWindowTest {
    private static final long TIMEOUT_S = 20;
    private static final int STEPS = 12;
    private static final int DIGITS = 4;
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:\\\\times 10\\^\\{-?\\d+\\})?");

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
    void eachShownStepChecksOnScreenToTheDigitsShownAndAgreesWithTheReadout() throws Exception {
        // given: train with the window's lesson (noisy line, start (−1, −3), η = 0.02, m = 10, seed 1)
        Cli cli = Cli.train("--data", "noisy-line", "--start", "-1,-3", "--lr", "0.02", "--batch", "10",
                "--seed", "1", "--epochs", "2", "--log-batches");
        List<CsvTrace.Row> rows = CsvTrace.parse(cli.out()).rows();
        StepPanel panel = robot.lookup("#stepPanel").queryAs(StepPanel.class);

        for (int k = 0; k < STEPS; k++) {
            // when: the panel explains step k + 1 and the readout stands at step k; then the step is taken
            int next = k + 1;
            String taken = Integer.toString(k);
            waitFor(() -> onFxQuietly(() -> panel.onScreen().get("heading").get(0).startsWith("Step " + next + ",")
                    && label("#stepLabel").equals(taken)));
            Map<String, List<String>> screen = onFx(panel::onScreen);
            Readout readout = onFx(Readout::read);
            robot.clickOn("#stepBatchButton");

            // then: four digits, and the readout's for the quantities it shows too
            List<String> formulas = screen.get("formulas");
            List<Line> lines = formulas.stream().map(Line::parse).toList();
            for (Line l : lines) {
                // C(v′) and C(v) carry the digits their difference ΔC needs: the only numbers allowed more
                List<String> numbers = l.tex().startsWith("\\Delta C = ") ? l.numbers().subList(l.numbers().size() - 1,
                        l.numbers().size()) : l.numbers();
                numbers.forEach(v -> assertThat(significant(v)).as("%s in %s", v, l.tex()).isLessThanOrEqualTo(DIGITS));
            }
            Line gx = line(lines, "\\nabla C_X = ");
            Line newW = line(lines, "w' = ");
            Line newB = line(lines, "b' = ");
            Line move = line(lines, "\\nabla C = ");
            Line predicted = line(lines, "\\nabla C\\cdot\\Delta v = ");
            Line actual = line(lines, "\\Delta C = ");
            Line ratio = line(lines, "\\frac{\\Delta C}");
            assertThat(String.join(" ", formulas) + screen.get("heading") + screen.get("table")).doesNotContain("E");
            String heading = screen.get("heading").get(0);
            assertThat(heading).contains("η = " + readout.eta + ",", "(w, b) = (" + readout.w + ", " + readout.b + ")");
            assertThat(plain(gx.last(2), gx.last(1))).as("∇C_X").isEqualTo(readout.batchGradient);
            assertThat(plain(move.last(4), move.last(3))).as("∇C").isEqualTo(readout.gradient);
            assertThat(List.of(plain(newW.last(6)), plain(newW.last(5)), plain(newW.last(4))))
                    .containsExactly(readout.w, readout.eta, plain(gx.last(2)));
            assertThat(List.of(plain(newB.last(6)), plain(newB.last(5)), plain(newB.last(4))))
                    .containsExactly(readout.b, readout.eta, plain(gx.last(1)));

            // and each line redone with its shown numbers gives its shown result
            CsvTrace.Row before = rows.get(k);
            CsvTrace.Row after = rows.get(next);
            checkStep(newW, after.w(), "w′ of step " + next);
            checkStep(newB, after.b(), "b′ of step " + next);
            List<String> cells = screen.get("table");
            int m = cells.size() / 6;
            BigDecimal sumW = BigDecimal.ZERO;
            BigDecimal sumB = BigDecimal.ZERO;
            for (int j = 0; j < m; j++) {
                sumW = sumW.add(new BigDecimal(cells.get(6 * j + 4)));
                sumB = sumB.add(new BigDecimal(cells.get(6 * j + 5)));
            }
            // every cell has four digits, or says in its tooltip why it has more
            List<String> notes = screen.get("notes");
            for (int j = 0; j < m; j++) {
                for (int c = 0; c < 4; c++) {
                    assertThat(significant(cells.get(6 * j + c))).as(cells.get(6 * j + c)).isLessThanOrEqualTo(DIGITS);
                }
                for (int c = 4; c < 6; c++) {
                    String cell = cells.get(6 * j + c);
                    assertThat(notes.get(2 * j + c - 4).isEmpty()).as("a note for %s", cell)
                            .isEqualTo(significant(cell) <= DIGITS);
                }
            }
            List<String> untold = onFx(() -> robot.lookup("#stepTable .table-cell").queryAllAs(TableCell.class).stream()
                    .filter(c -> c.getText() != null && c.getText().matches("-?[0-9.]+(e-?[0-9]+)?")
                            && significant(c.getText()) > DIGITS && c.getTooltip() == null)
                    .map(TableCell::getText).toList());
            assertThat(untold).as("cells of more than four digits with no tooltip").isEmpty();
            BigDecimal size = BigDecimal.valueOf(m);
            assertShows(gx, 2, 2, sumW.divide(size, MathContext.DECIMAL128), "mean of the table's ∂C_Xj/∂w");
            assertShows(gx, 1, 2, sumB.divide(size, MathContext.DECIMAL128), "mean of the table's ∂C_Xj/∂b");
            assertThat(List.of(move.last(2), move.last(1))).as("Δv as in the lines of w′, b′")
                    .containsExactly(newW.last(2), newB.last(2));
            assertShows(predicted, 1, predicted.last(5).multiply(predicted.last(4))
                    .add(predicted.last(3).multiply(predicted.last(2))), "∇C·Δv");
            assertShows(actual, 1, actual.last(3).subtract(actual.last(2)), "C(v′) − C(v)");
            assertThat(roundedLike(exact(after.cost()), actual.last(3))).as("C(v′)").isEqualByComparingTo(actual.last(3));
            assertThat(roundedLike(exact(before.cost()), actual.last(2))).as("C(v)").isEqualByComparingTo(actual.last(2));
            assertThat(roundedLike(exact(after.cost() - before.cost()), actual.last(1))).as("ΔC")
                    .isEqualByComparingTo(actual.last(1));
            assertThat(List.of(ratio.last(3), ratio.last(2))).containsExactly(actual.last(1), predicted.last(1));
            assertShows(ratio, 1, ratio.last(3).divide(ratio.last(2), MathContext.DECIMAL128), "ΔC / ∇C·Δv");
            String verdict = screen.get("verdict").get(0);
            if (!verdict.startsWith("This step raises C")) {
                // the sentence under the formulas writes the ratio as the typeset line does
                assertThat(verdict).startsWith("ΔC / (∇C·Δv) " + (ratio.equalsBefore(1) ? "=" : "≈") + " "
                        + plain(ratio.last(1)) + ":");
            }
        }
    }

    /** "w' = w - η(∇C_X)_w = A - B × (C) REL A + (D) REL E": D is −B·C, E is A + D and A − B·C, and the true w′. */
    private static void checkStep(Line l, double truth, String what) {
        BigDecimal a = l.last(6);
        BigDecimal minusEtaG = l.last(5).multiply(l.last(4)).negate();
        assertShows(l, 2, 3, minusEtaG, what + ": Δ = −η·∇C_X"); // its "=" or "≈" stands before "A + (D)"
        assertShows(l, 1, a.add(l.last(2)), what + ": w + Δw");
        assertThat(roundedLike(a.add(minusEtaG), l.last(1))).as(what + ": w − η·∇C_X").isEqualByComparingTo(l.last(1));
        assertThat(roundedLike(exact(truth), l.last(1))).as(what + ": train's value").isEqualByComparingTo(l.last(1));
    }

    private static void assertShows(Line l, int fromEnd, BigDecimal redone, String what) {
        assertShows(l, fromEnd, fromEnd, redone, what);
    }

    /**
     * The line's {@code fromEnd}-th number from the end is {@code redone} to its digits, exactly when
     * the relation before the number {@code relationAt} from the end is "=".
     */
    private static void assertShows(Line l, int fromEnd, int relationAt, BigDecimal redone, String what) {
        BigDecimal shown = l.last(fromEnd);
        assertThat(roundedLike(redone, shown)).as("%s in %s", what, l.tex()).isEqualByComparingTo(shown);
        if (l.equalsBefore(relationAt)) {
            assertThat(redone).as("%s, written with =, in %s", what, l.tex()).isEqualByComparingTo(shown);
        }
    }

    private static BigDecimal roundedLike(BigDecimal v, BigDecimal shown) {
        return v.setScale(shown.scale(), java.math.RoundingMode.HALF_UP);
    }

    private static BigDecimal exact(double v) {
        return new BigDecimal(Double.toString(v));
    }

    private static int significant(String plain) {
        String digits = plain.replaceFirst("e.*", "").replace("-", "").replace(".", "").replaceFirst("^0+", "");
        return Math.max(1, digits.length());
    }

    /** A typeset line and its numbers, each as TeX and as the decimal it writes. */
    private record Line(String tex, List<String> numbers, List<BigDecimal> values, List<Integer> at) {
        static Line parse(String tex) {
            String text = tex.replaceAll("\\\\text\\{[^}]*\\}", "");
            Matcher matcher = NUMBER.matcher(text);
            List<String> numbers = new ArrayList<>();
            List<BigDecimal> values = new ArrayList<>();
            List<Integer> at = new ArrayList<>();
            while (matcher.find()) {
                String plain = matcher.group().replace("\\times 10^{", "e").replace("}", "");
                numbers.add(plain);
                values.add(new BigDecimal(plain));
                at.add(matcher.start());
            }
            return new Line(text, numbers, values, at);
        }

        BigDecimal last(int fromEnd) {
            return values.get(values.size() - fromEnd);
        }

        /** Whether the number {@code fromEnd} from the end follows "=" rather than "≈". */
        boolean equalsBefore(int fromEnd) {
            int i = values.size() - fromEnd;
            String between = tex.substring(at.get(i - 1), at.get(i));
            assertThat(between).as(tex).containsAnyOf(" = ", "\\approx");
            return !between.contains("\\approx");
        }
    }

    private static Line line(List<Line> lines, String prefix) {
        return lines.stream().filter(l -> l.tex().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + prefix + " in " + lines));
    }

    private static String plain(BigDecimal... v) {
        List<String> s = new ArrayList<>();
        for (BigDecimal x : v) {
            s.add(org.descentfx.ui.plot.Format.decimal(x));
        }
        return v.length == 1 ? s.get(0) : "(" + String.join(", ", s) + ")";
    }

    private static String label(String id) {
        return ((Label) new FxRobot().lookup(id).query()).getText();
    }

    /** What the readout shows, and η in force written as the readout writes numbers. */
    private record Readout(String w, String b, String eta, String gradient, String batchGradient) {
        static Readout read() {
            return new Readout(label("#wLabel"), label("#bLabel"), org.descentfx.ui.plot.Format.number(etaInForce()),
                    label("#gradientLabel"), label("#batchGradientLabel"));
        }
    }

    private static double etaInForce() {
        return Double.parseDouble(((javafx.scene.control.TextField) new FxRobot().lookup("#learningRateField").query())
                .getText());
    }
}
