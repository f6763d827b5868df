package org.descentfx.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of the suite: {@code --quick} for a short pass with rough figures,
 * {@code --markdown FILE} to write the table as Markdown too, {@code --only N,M} to run some parts.
 */
record Settings(boolean quick, Path markdown, List<Integer> only) {

    static Settings parse(String[] args) {
        boolean quick = false;
        Path markdown = null;
        List<Integer> only = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--markdown" -> markdown = Path.of(value(args, ++i, "--markdown needs a file"));
                case "--only" -> {
                    for (String part : value(args, ++i, "--only needs part numbers, as in --only 1,3").split(",")) {
                        only.add(Integer.parseInt(part.trim()));
                    }
                }
                default -> throw new IllegalArgumentException("unknown option '" + args[i]
                        + "': use --quick, --markdown FILE or --only 1,2,3,4,5");
            }
        }
        return new Settings(quick, markdown, List.copyOf(only));
    }

    private static String value(String[] args, int i, String message) {
        if (i >= args.length) {
            throw new IllegalArgumentException(message);
        }
        return args[i];
    }

    boolean runs(int part) {
        return only.isEmpty() || only.contains(part);
    }

    /** "quick" or "full", with how long JMH warms up and measures. */
    String describe() {
        Jmh.Timing t = Jmh.timing(this);
        return (quick ? "quick: fewer m, rough figures" : "full") + " (JMH: 1 fork per configuration, " + t.warmups() + " × "
                + t.warmupMillis() + " ms warm-up, " + t.iterations() + " × " + t.iterationMillis()
                + " ms measured)";
    }
}
