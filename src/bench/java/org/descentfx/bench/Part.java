package org.descentfx.bench;

import java.util.List;

/**
 * One part of the suite: a section of the table. Parts run one after another; a new part (the
 * window harness, say) is one more implementation added to {@link BenchSuite#PARTS}.
 */
interface Part {

    /** The section's title, as it heads its rows. */
    String title();

    /** Measures and returns the section's rows. */
    List<Row> run(Settings settings) throws Exception;
}
