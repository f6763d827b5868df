package org.descentfx.bench;

import java.util.List;

/** Part 7: a large n, the built-in set large-line (n = 100,000), measured by {@link LargeNBench} in a JVM of its own. */
final class LargeNPart implements Part {

    @Override
    public String title() {
        return "7. A large n: large-line, n = 100,000 (Monocle, software pipeline)";
    }

    @Override
    public List<Row> run(Settings settings) throws Exception {
        return WindowPart.inChild(LargeNBench.class, settings);
    }
}
