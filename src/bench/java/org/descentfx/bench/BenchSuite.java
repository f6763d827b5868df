package org.descentfx.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark suite behind {@code ./run.sh bench [--quick] [--markdown FILE] [--only 1,3]}: runs
 * every part, then prints one table with the machine it ran on. With {@code --markdown FILE} the
 * table goes into FILE as Markdown too: between the lines {@value #BEGIN} and {@value #END} if
 * FILE has them (so docs/BENCHMARKS.md keeps its text around the latest table), else as the
 * whole file.
 */
public final class BenchSuite {
    static final String BEGIN = "<!-- benchmarks:begin -->";
    static final String END = "<!-- benchmarks:end -->";

    /** The parts in table order. */
    static final List<Part> PARTS = List.of(new SgdPart(), new EnginePart(), new SurfacePart(), new WindowPart(),
            new StartupPart(), new ThinningPart(), new SeedFanPart(), new LargeNPart(), new FirstOrderPart(),
            new ScrubPart(), new TrailPart());

    private BenchSuite() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings;
        try {
            settings = Settings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        double loadBefore = Machine.load();
        String date = Machine.now();
        List<Table.Section> sections = new ArrayList<>();
        for (int i = 0; i < PARTS.size(); i++) {
            if (!settings.runs(i + 1)) {
                continue;
            }
            Part part = PARTS.get(i);
            long partStarted = System.nanoTime();
            System.err.printf(Locale.ROOT, "bench: %s …%n", part.title());
            sections.add(new Table.Section(part.title(), part.run(settings)));
            System.err.printf(Locale.ROOT, "bench:   done in %s%n", minutes(System.nanoTime() - partStarted));
        }
        Table table = new Table(List.of(
                "DescentFX benchmarks, " + date + ", " + settings.describe(),
                "machine: " + Machine.cores() + " cores, " + Machine.cpu() + "; " + Machine.jdk() + "; " + Machine.os(),
                String.format(Locale.ROOT, "load average (1 min): %.2f at the start, %.2f at the end; the suite took %s",
                        loadBefore, Machine.load(), minutes(System.nanoTime() - started)),
                "rates in parts 1 and 2 are per CPU-second of the stepping thread (wall-clock rate ÷ the share of"
                        + " wall time it ran), so other processes do not lower them; times in part 3 are wall clock;"
                        + " part 4 gives both (see docs/WINDOW-BENCHMARK.md)"));
        sections.forEach(table::add);
        System.out.print(table.text());
        if (settings.markdown() != null) {
            writeMarkdown(settings.markdown(), table.markdown());
            System.err.println("bench: table written to " + settings.markdown());
        }
    }

    private static void writeMarkdown(Path file, String table) throws IOException {
        String content = table;
        if (Files.exists(file)) {
            String old = Files.readString(file, StandardCharsets.UTF_8);
            int begin = old.indexOf(BEGIN);
            int end = old.indexOf(END);
            if (begin >= 0 && end > begin) {
                content = old.substring(0, begin + BEGIN.length()) + "\n" + table + old.substring(end);
            }
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static String minutes(long nanos) {
        long seconds = Math.round(nanos / 1e9);
        return seconds / 60 + " min " + seconds % 60 + " s";
    }
}
