package org.descentfx.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Part 4: the window's frame budget, measured by {@link WindowBench} in a JVM of its own. The
 * toolkit must start with Monocle before any JavaFX class loads, the heap is measured after a full
 * GC of a JVM that ran nothing else, and a toolkit that never comes up must not hold the suite:
 * the child is given {@value #TIMEOUT_MINUTES} minutes, then stopped.
 */
final class WindowPart implements Part {
    static final int TIMEOUT_MINUTES = 5;
    private static final String PREFIX = "row\t";

    @Override
    public String title() {
        return "4. The window (Monocle, software pipeline): comparison on (3 runs), full speed";
    }

    @Override
    public List<Row> run(Settings settings) throws IOException, InterruptedException {
        return inChild(WindowBench.class, settings);
    }

    /**
     * Runs {@code harness}'s main with {@code --rows} (and {@code --quick}) in a JVM of its own, so it can
     * start the toolkit with Monocle, and reads back the rows it prints.
     */
    static List<Row> inChild(Class<?> harness, Settings settings) throws IOException, InterruptedException {
        return inChild(harness, settings, java.util.Map.of());
    }

    /** {@link #inChild(Class, Settings)} with {@code environment} added to the child's. */
    static List<Row> inChild(Class<?> harness, Settings settings, java.util.Map<String, String> environment)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaLauncher(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), harness.getName(), "--rows"));
        if (settings.quick()) {
            command.add("--quick");
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().putAll(environment);
        Process child = builder.start();
        // filled by the reader thread, read here after it ends (or after waiting for it)
        List<Row> rows = Collections.synchronizedList(new ArrayList<>());
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            Thread reader = new Thread(() -> out.lines().filter(l -> l.startsWith(PREFIX))
                    .forEach(l -> rows.add(decode(l))), "bench-child-reader");
            reader.start();
            if (!child.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                child.destroyForcibly();
                return List.of(failed("did not finish in " + TIMEOUT_MINUTES + " minutes"));
            }
            reader.join(TimeUnit.SECONDS.toMillis(10));
        }
        if (child.exitValue() != 0 || rows.isEmpty()) {
            return List.of(failed("the harness exited with " + child.exitValue() + " (its output is above)"));
        }
        return List.copyOf(rows);
    }

    private static Row failed(String why) {
        return new Row("window harness " + why, Double.NaN, "", Target.atLeast(0));
    }

    private static String javaLauncher() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** One row as a line of the child's output. */
    static String encode(Row r) {
        return PREFIX + String.join("\t", r.benchmark(), Double.toString(r.figure()), r.unit(),
                r.target().kind().name(), Double.toString(r.target().value()));
    }

    static Row decode(String line) {
        String[] f = line.substring(PREFIX.length()).split("\t", -1);
        if (f.length != 5) {
            throw new IllegalArgumentException("not a row of the window harness: " + line);
        }
        return new Row(f[0], Double.parseDouble(f[1]), f[2],
                new Target(Target.Kind.valueOf(f[3]), Double.parseDouble(f[4])));
    }
}
