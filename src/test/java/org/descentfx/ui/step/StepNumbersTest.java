package org.descentfx.ui.step;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.SplittableRandom;
import org.descentfx.core.train.Point;
import org.descentfx.core.train.StepBreakdown;
import org.junit.jupiter.api.Test;

/** The step panel's numbers: four digits, and each line redone with them gives its result to the digits shown. */
class StepNumbersTest {

    @Test
    void theUpdateRedoneWithTheShownNumbersGivesTheShownResultAndTheTrueOneToItsDigits() {
        // given: steps of every scale, as SGD takes them (w′ = w − (η/m)Σ, added as the run adds it)
        SplittableRandom random = new SplittableRandom(10);
        for (int i = 0; i < 5_000; i++) {
            StepBreakdown s = step(random.nextDouble(-5, 5) * Math.pow(10, random.nextInt(-3, 4)),
                    random.nextDouble(-5, 5), Math.pow(10, random.nextInt(-7, 1)) * random.nextDouble(0.1, 1),
                    Math.pow(10, random.nextInt(-12, 4)), random, 1 + random.nextInt(12));

            // when
            StepNumbers n = StepNumbers.of(s);

            // then: w − η·(∇C_X)_w from the shown digits rounds to the shown w′, which is the true w′ rounded
            for (Shown[] p : List.of(new Shown[] {n.w(), n.gw(), n.dw(), n.w1()}, new Shown[] {n.b(), n.gb(), n.db(), n.b1()})) {
                BigDecimal step = n.eta().value().multiply(p[1].value()).negate();
                assertThat(rounded(step, p[2])).as("Δ of %s", s).isEqualByComparingTo(p[2].value());
                assertThat(rounded(p[0].value().add(step), p[3])).as("w − η·g of %s", s).isEqualByComparingTo(p[3].value());
                assertThat(rounded(p[0].value().add(p[2].value()), p[3])).as("w + Δw of %s", s)
                        .isEqualByComparingTo(p[3].value());
                if (p[3].exact()) {
                    assertThat(p[0].value().add(p[2].value())).isEqualByComparingTo(p[3].value());
                }
            }
            assertThat(rounded(new BigDecimal(Double.toString(s.to().w())), n.w1())).isEqualByComparingTo(n.w1().value());
            assertThat(rounded(new BigDecimal(Double.toString(s.to().b())), n.b1())).isEqualByComparingTo(n.b1().value());
            for (Shown shown : List.of(n.eta(), n.w(), n.b(), n.gw(), n.gb(), n.dw(), n.db(), n.w1(), n.b1(), n.predicted())) {
                assertThat(shown.value().stripTrailingZeros().precision()).as(shown.text()).isLessThanOrEqualTo(Shown.DIGITS);
            }
        }
    }

    @Test
    void eachResultIsAsFineAsTheReadoutsFourDigitsWhereTheArithmeticAllowsIt() {
        // given: w = 0.5, η = 0.25, ∇C_X = (1, 2), whose shown arithmetic is exact
        StepBreakdown s = new StepBreakdown(new Point(0.5, -1), 0.25, new int[] {0}, new double[] {1}, new double[] {1},
                new double[] {1}, new double[] {2}, 1, 2, new Point(0.25, -1.5), new Point(1, 2), 2, 1);

        // when
        List<String> tex = StepTeX.lines(StepNumbers.of(s), false);

        // then: "=" throughout the update
        assertThat(tex.get(2)).isEqualTo("w' = w - \\eta\\,(\\nabla C_X)_w = 0.5 - 0.25 \\times 1 = 0.5 + (-0.25) = 0.25");
        assertThat(tex.get(1)).endsWith(" = (1,\\ 2)");
    }

    @Test
    void tinyHugeAndUndefinedValuesReadAsMathematics() {
        // given: η = 1e-6 and gradients of 1e-12; a divergent step of 1e30; a cost that overflowed
        StepBreakdown tiny = new StepBreakdown(new Point(0.5, -0.25), 1e-6, new int[] {3, 7},
                new double[] {1, 2}, new double[] {3, 4}, new double[] {1.234567e-12, 2.5e-12},
                new double[] {-3e-12, 1e-12}, 3.734567e-12, -2e-12, new Point(0.5 - 1.8672835e-18, -0.25 + 1e-18),
                new Point(1.7e-12, -1e-12), 0.125, 0.125);
        StepBreakdown huge = new StepBreakdown(new Point(1e30, -2e30), 0.5, new int[] {0}, new double[] {2e5},
                new double[] {1}, new double[] {4e30}, new double[] {-1.5e30}, 4e30, -1.5e30,
                new Point(1e30 - 2e30, -2e30 + 0.75e30), new Point(4e30, -1.5e30), 1e60, Double.POSITIVE_INFINITY);

        StepBreakdown flat = new StepBreakdown(new Point(2, 3), 0.1, new int[] {0}, new double[] {1}, new double[] {5},
                new double[] {0}, new double[] {0}, 0, 0, new Point(2, 3), new Point(0, 0), 0.5, 0.5);
        for (StepBreakdown s : List.of(tiny, huge, flat)) {
            // when
            StepNumbers n = StepNumbers.of(s);
            List<String> tex = StepTeX.lines(n, false);

            // then: powers of ten as ×10^k, ∞ as ∞, no Java digits, and every line typesets
            for (String line : tex) {
                assertThat(line).doesNotContain("E", "NaN", "Infinity").doesNotContainPattern("\\d[eE][-+]?\\d");
                assertThat(TeXSyntax.problem(line)).as(line).isNull();
            }
        }
        List<String> small = StepTeX.lines(StepNumbers.of(tiny), false);
        assertThat(small.get(2)).contains("1\\times 10^{-6} \\times (1.867\\times 10^{-12})");
        List<String> big = StepTeX.lines(StepNumbers.of(huge), false);
        assertThat(big.get(2)).startsWith("w' = w - \\eta\\,(\\nabla C_X)_w = 1\\times 10^{30} - 0.5 \\times (4\\times 10^{30})");
        assertThat(big.get(6)).contains("\\infty");
        assertThat(big.get(7)).endsWith("-\\infty");
        assertThat(StepTeX.lines(StepNumbers.of(flat), false).get(7)).as("0/0").endsWith("\\text{undefined}");
    }

    @Test
    void theTableKeepsFourDigitsUnlessItsMeanNeedsMore() {
        // given: ten cells whose four-digit roundings all err the same way
        double[] dw = new double[10];
        double[] db = new double[10];
        java.util.Arrays.fill(dw, 1.00049);
        dw[9] = 1.00049 + 0.004;
        double sum = 0;
        for (double v : dw) {
            sum += v;
        }
        StepBreakdown s = new StepBreakdown(new Point(0, 0), 0.1, new int[10], new double[10], new double[10], dw, db,
                sum, 0, new Point(-0.1 * sum / 10, 0), new Point(1, 0), 1, 0.9);

        // when
        StepNumbers n = StepNumbers.of(s);

        // then: 1.000 × 9 and 1.004 would average 1.0004, not the shown 1.001; five digits do
        assertThat(n.gw().text()).isEqualTo("1.001");
        assertThat(n.dwCells().get(0).text()).isEqualTo("1.0005");
        assertThat(n.dbCells().get(0).text()).isEqualTo("0");
    }

    @Test
    void aCellHasMoreThanFourDigitsOnlyWhereTheMeanNeedsThemAndItsTooltipSaysWhy() {
        // given: steps near the floor, where examples of every size nearly cancel (mean far below the cells)
        SplittableRandom random = new SplittableRandom(11);
        int longer = 0;
        for (int i = 0; i < 2_000; i++) {
            int m = 2 + random.nextInt(12);
            double[] dw = new double[m];
            double sum = 0;
            for (int j = 0; j < m - 1; j++) {
                dw[j] = random.nextDouble(-1, 1) * Math.pow(10, random.nextInt(-4, 1));
                sum += dw[j];
            }
            dw[m - 1] = -sum + random.nextDouble(-1, 1) * Math.pow(10, random.nextInt(-9, -2));
            sum += dw[m - 1];
            StepBreakdown s = new StepBreakdown(new Point(1, 1), 0.1, new int[m], new double[m], new double[m], dw,
                    new double[m], sum, 0, new Point(1 - 0.1 * sum / m, 1), new Point(sum / m, 0), 1, 0.9);

            // when
            StepNumbers n = StepNumbers.of(s);

            // then: the cells' mean redoes the shown mean ...
            List<Shown> cells = n.dwCells();
            assertThat(rounded(mean(cells), n.gw())).as("%s", s).isEqualByComparingTo(n.gw().value());
            // ... every cell with more than four digits is the true value rounded at one common place P, and
            // says so in its tooltip; every other cell shows the readout's four digits ...
            int place = Integer.MIN_VALUE;
            for (Shown c : cells) {
                if (c.value().stripTrailingZeros().precision() > Shown.DIGITS) {
                    place = Math.max(place, c.value().stripTrailingZeros().scale());
                }
            }
            for (int j = 0; j < m; j++) {
                Shown c = cells.get(j);
                BigDecimal truth = new BigDecimal(Double.toString(dw[j]));
                boolean more = c.value().stripTrailingZeros().precision() > Shown.DIGITS;
                assertThat(StepNumbers.note(c, n.gw(), "(∇C_X)_w").isEmpty()).as(c.text()).isEqualTo(!more);
                if (more) {
                    assertThat(c.value()).as("%s at the place of %s", dw[j], cells)
                            .isEqualByComparingTo(truth.setScale(place, RoundingMode.HALF_UP));
                    longer++;
                } else {
                    assertThat(c.value()).as("four digits of %s", dw[j])
                            .isEqualByComparingTo(truth.round(new java.math.MathContext(4, RoundingMode.HALF_UP)));
                }
            }
            // ... and one place coarser, the mean would not redo it: the digits are needed
            if (place != Integer.MIN_VALUE) {
                List<Shown> coarser = new java.util.ArrayList<>();
                for (double v : dw) {
                    coarser.add(Shown.atPlace(v, place - 1));
                }
                assertThat(rounded(mean(coarser), n.gw())).as("coarser %s", coarser).isNotEqualByComparingTo(n.gw().value());
            }
        }
        assertThat(longer).as("cells that needed more digits").isGreaterThan(100);
    }

    private static BigDecimal mean(List<Shown> cells) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Shown c : cells) {
            sum = sum.add(c.value());
        }
        return sum.divide(BigDecimal.valueOf(cells.size()), java.math.MathContext.DECIMAL128);
    }

    private static StepBreakdown step(double w, double b, double eta, double scale, SplittableRandom random, int m) {
        double[] dw = new double[m];
        double[] db = new double[m];
        double sumW = 0;
        double sumB = 0;
        for (int j = 0; j < m; j++) {
            dw[j] = random.nextDouble(-1, 1) * scale;
            db[j] = random.nextDouble(-1, 1) * scale;
            sumW += dw[j];
            sumB += db[j];
        }
        Point to = new Point(w + -(eta / m) * sumW, b + -(eta / m) * sumB);
        return new StepBreakdown(new Point(w, b), eta, new int[m], new double[m], new double[m], dw, db, sumW, sumB,
                to, new Point(sumW / m, sumB / m), 1, 0.9);
    }

    private static BigDecimal rounded(BigDecimal v, Shown like) {
        return v.setScale(like.value().scale(), RoundingMode.HALF_UP);
    }
}
