package org.descentfx.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Part 5: from launch to the first frame with the cost surface painted, the app started as a
 * separate process each time. The time is the app's own: it writes the wall-clock time of that
 * pulse to the file named by {@code DESCENTFX_STARTUP_REPORT} and quits (ui/StartupReport); this
 * part subtracts the time just before it started the process. Started three ways: {@code ./run.sh}
 * (built already), the packaged app's launcher (with its class-data archive) and the packaged
 * runtime without the archive, so the archive's share shows; and for a floor, {@link BareWindow}
 * (a JavaFX window with a menu bar and one canvas, no code of ours) on the packaged runtime, with
 * an archive of its own and without. The packaged rows need
 * {@code ./run.sh package} first. The screen is DISPLAY's, else an Xvfb of this part's own, else
 * Monocle's headless one (each row's name says which).
 */
final class StartupPart implements Part {
    private static final Path IMAGE = Path.of("target/dist/DescentFX");
    private static final long TIMEOUT_S = 120;

    /** Which screen the app drew on, for the rows' names. */
    private String screen = "";

    @Override
    public String title() {
        return "5. Start-up: launch to the first frame with the surface painted (median of runs)";
    }

    @Override
    public List<Row> run(Settings settings) throws Exception {
        int runs = settings.quick() ? 3 : 7;
        Process xvfb = null;
        Map<String, String> env = new java.util.HashMap<>();
        List<String> monocle = List.of();
        if (System.getenv("DISPLAY") == null) {
            if (Files.isExecutable(Path.of("/usr/bin/Xvfb"))) {
                String display = ":" + (500 + ProcessHandle.current().pid() % 300);
                xvfb = new ProcessBuilder("/usr/bin/Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                Thread.sleep(1000);
                env.put("DISPLAY", display);
                screen = ", Xvfb (GTK glass, software pipeline)";
            } else {
                monocle = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                        "-Dheadless.geometry=1600x1000-32");
                env.put("DESCENTFX_JAVA_OPTS", String.join(" ", monocle));
                screen = ", Monocle headless (no Xvfb here)";
            }
        } else {
            screen = ", DISPLAY " + System.getenv("DISPLAY");
        }
        try {
            List<Row> rows = new ArrayList<>();
            // one untimed start, so ./run.sh's build (if any) and the disk cache are not counted
            time(List.of("./run.sh"), env);
            rows.addAll(median("./run.sh (JDK 17, class path from ~/.m2)", List.of("./run.sh"), env, runs, Target.NONE));
            Path launcher = IMAGE.resolve("bin/DescentFX");
            if (Files.isExecutable(launcher) && monocle.isEmpty()) {
                rows.addAll(median("packaged app, its launcher (with the class-data archive)",
                        List.of(launcher.toString()), env, runs, Target.below(1.0)));
                rows.addAll(median("packaged app, without the class-data archive", withoutArchive(), env, runs,
                        Target.NONE));
                rows.addAll(floor(env, runs));
            } else {
                System.err.println("bench: no packaged app in " + IMAGE + " (or no screen for it): run ./run.sh package");
            }
            return rows;
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
            }
        }
    }

    private List<Row> median(String name, List<String> command, Map<String, String> env, int runs, Target target)
            throws Exception {
        double[] seconds = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            double[] t = time(command, env);
            seconds[i] = t[0];
            cpu[i] = t[1];
        }
        Arrays.sort(seconds);
        Arrays.sort(cpu);
        System.err.printf("bench:   %s: wall %s s, CPU %s s%n", name, Arrays.toString(seconds), Arrays.toString(cpu));
        return List.of(new Row(name + screen + ": wall", seconds[runs / 2], "s", target),
                Row.of(name + ": CPU time of the app's process by then", cpu[runs / 2], "CPU-s"));
    }

    /**
     * Seconds from just before the process starts to the first frame it reports, and the CPU
     * seconds the app reports it had used by then (all its threads: JIT and GC included).
     */
    private static double[] time(List<String> command, Map<String, String> env) throws Exception {
        Path report = Files.createTempFile("descentfx-startup", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            pb.environment().putAll(env);
            pb.environment().put("DESCENTFX_STARTUP_REPORT", report.toString());
            long launched = System.currentTimeMillis();
            Process p = pb.start();
            if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(command + " showed no first frame in " + TIMEOUT_S + " s");
            }
            Properties props = new Properties();
            props.load(Files.newBufferedReader(report, StandardCharsets.UTF_8));
            String firstFrame = props.getProperty("firstFrame");
            if (firstFrame == null) {
                throw new IOException(command + " exited with " + p.exitValue() + " before its first frame");
            }
            return new double[] {(Long.parseLong(firstFrame) - launched) / 1000.0,
                Long.parseLong(props.getProperty("cpuMillis", "-1")) / 1000.0};
        } finally {
            Files.deleteIfExists(report);
        }
    }

    /**
     * The floor: {@link BareWindow} (a menu bar and one painted canvas) on the packaged runtime,
     * with a class-data archive of its own made by one start first, and without.
     */
    private List<Row> floor(Map<String, String> env, int runs) throws Exception {
        String java = IMAGE.resolve("lib/runtime/bin/java").toString();
        // class-data archives take classes from jar files only, not from a folder of classes
        Path jar = Files.createTempFile("descentfx-bare", ".jar");
        String entry = BareWindow.class.getName().replace('.', '/') + ".class";
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
             var in = BareWindow.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new java.util.jar.JarEntry(entry));
            in.transferTo(out);
        }
        String classes = jar.toString();
        Path archive = Files.createTempFile("descentfx-bare", ".jsa");
        try {
            Files.delete(archive);
            time(List.of(java, "-XX:ArchiveClassesAtExit=" + archive, "-cp", classes, BareWindow.class.getName()), env);
            List<Row> rows = new ArrayList<>();
            if (Files.isRegularFile(archive)) {
                rows.addAll(median("the floor: a bare JavaFX window (menu bar, one canvas), packaged runtime, its own archive",
                        List.of(java, "-XX:SharedArchiveFile=" + archive, "-Xlog:disable", "-cp", classes,
                                BareWindow.class.getName()), env, runs, Target.NONE));
            }
            rows.addAll(median("the same bare window without an archive",
                    List.of(java, "-cp", classes, BareWindow.class.getName()), env, runs, Target.NONE));
            return rows;
        } finally {
            Files.deleteIfExists(archive);
            Files.deleteIfExists(jar);
        }
    }

    /** The launcher's command line, read from its configuration, less the archive. */
    private static List<String> withoutArchive() throws IOException {
        Path app = IMAGE.resolve("lib/app").toAbsolutePath();
        List<String> lines = Files.readAllLines(app.resolve("DescentFX.cfg"));
        List<String> command = new ArrayList<>(List.of(IMAGE.resolve("lib/runtime/bin/java").toString()));
        lines.stream().filter(l -> l.startsWith("java-options=") && !l.contains("SharedArchiveFile"))
                .map(l -> l.substring("java-options=".length()).replace("$APPDIR", app.toString()))
                .forEach(command::add);
        command.add("-cp");
        command.add(lines.stream().filter(l -> l.startsWith("app.classpath="))
                .map(l -> l.substring("app.classpath=".length()).replace("$APPDIR", app.toString()))
                .collect(Collectors.joining(":")));
        command.add("org.descentfx.Main");
        return command;
    }
}
