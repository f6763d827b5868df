package org.descentfx.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Part 7: the first-order check of Eq. (3) per step, beside a plain step ({@link FirstOrderBench}), and
 * one call of the check at its full example budget, which the chart makes on the FX thread.
 */
final class FirstOrderPart implements Part {
    /** Half a frame at 60 Hz: the rest of the frame is the window's drawing. */
    static final double BUDGET_CALL_MS = 8;

    @Override
    public String title() {
        return "7. The first-order check of Eq. (3) (FirstOrderCheck) on top of plain stepping, m = 10";
    }

    @Override
    public List<Row> run(Settings settings) throws Exception {
        List<Jmh.Result> results = Jmh.run(settings, FirstOrderBench.class, ".*", Map.of(), false);
        List<Row> rows = new ArrayList<>();
        for (String model : List.of("linear", "sigmoid")) {
            for (String n : List.of("100", "1000")) {
                Map<String, String> at = Map.of("model", model, "n", n);
                double stepUs = Jmh.find(results, "step", at).score() / FirstOrderBench.STEPS;
                double callUs = Jmh.find(results, "check", at).score();
                int measured = FirstOrderBench.stepsPerCall(model, Integer.parseInt(n));
                double checkUs = callUs / measured;
                String name = model + " n=" + Figures.format(Double.parseDouble(n)) + ": ";
                rows.add(Row.of(name + "plain step (Eq. (8)–(9), C measured, history)", stepUs * 1000, "ns/step"));
                rows.add(Row.of(name + "the check of that step (∇C(v), C(v), C(v′))", checkUs * 1000, "ns/step"));
                rows.add(Row.of(name + "check ÷ plain step", checkUs / stepUs, "ratio"));
                if (measured < FirstOrderBench.STEPS) {
                    rows.add(new Row(name + "one call at its full budget (" + measured + " steps)", callUs / 1000, "ms",
                            Target.below(BUDGET_CALL_MS)));
                }
            }
        }
        return rows;
    }
}
