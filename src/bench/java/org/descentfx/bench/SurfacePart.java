package org.descentfx.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Part 3: cost surfaces of {@link SurfaceBench}, on all cores. */
final class SurfacePart implements Part {

    @Override
    public String title() {
        return "3. Cost surface 256 × 256 (all cores), coarse 64 × 64 first, contour lines";
    }

    @Override
    public List<Row> run(Settings settings) throws Exception {
        List<Jmh.Result> results = Jmh.run(settings, SurfaceBench.class, ".*", Map.of(), false);
        List<Row> rows = new ArrayList<>();
        for (String n : List.of("100", "1000000")) {
            Jmh.Result r = Jmh.find(results, "linearFine", Map.of("linearN", n));
            rows.add(new Row("linear n=" + Figures.count(Long.parseLong(n)) + ": 256² grid (closed form)",
                    r.score(), "ms", Target.below(2)));
        }
        for (String n : List.of("100", "1000", "10000")) {
            boolean targeted = n.equals("1000");
            String name = "sigmoid n=" + Figures.count(Long.parseLong(n));
            Jmh.Result coarse = Jmh.find(results, "sigmoidCoarse", Map.of("sigmoidN", n));
            Jmh.Result full = Jmh.find(results, "sigmoidProgressive", Map.of("sigmoidN", n));
            rows.add(new Row(name + ": first coarse picture (64²)", coarse.score(), "ms",
                    targeted ? Target.below(20) : Target.NONE));
            rows.add(new Row(name + ": full picture (64², then 256²)", full.score(), "ms",
                    targeted ? Target.below(100) : Target.NONE));
        }
        Jmh.Result contours = Jmh.find(results, "contours", Map.of());
        rows.add(Row.of("contour lines on 256², " + SurfaceBench.LEVELS + " levels (sigmoid n=1,000)",
                contours.score(), "ms"));
        return rows;
    }
}
