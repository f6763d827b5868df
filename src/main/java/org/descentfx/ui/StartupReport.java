package org.descentfx.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * The start-up benchmark's probe: when the environment variable {@value #VARIABLE} names a file,
 * the app writes to it the wall-clock time of its first pulse with the cost surface painted (and
 * the CPU time it had used by then), then quits. The benchmark (and the package's class-data archive, made from such a run) start the
 * app as a separate process and read the file; without the variable nothing is installed.
 *
 * <p>The map hides its "computing the cost surface" status in the same call that hands it the
 * surface, and paints it in the layout pass of the next pulse; so the first pulse after layout that
 * finds the status hidden is the first with the surface drawn (its frame is rendered right after).
 */
final class StartupReport {
    static final String VARIABLE = "DESCENTFX_STARTUP_REPORT";

    private StartupReport() {
    }

    /** Watches {@code scene}'s pulses until the map's status ({@code #costMapStatus}) is hidden; FX thread. */
    static void install(Scene scene) {
        String file = System.getenv(VARIABLE);
        if (file == null || file.isBlank()) {
            return;
        }
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            Node mapStatus = scene.lookup("#costMapStatus");
            if (mapStatus == null || mapStatus.isVisible()) {
                return;
            }
            long firstFrame = System.currentTimeMillis();
            scene.removePostLayoutPulseListener(listener[0]);
            write(Path.of(file), firstFrame, nodes(scene.getRoot()));
            Platform.exit();
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /** The nodes in the scene graph under {@code node}, itself included: what the first frame styled and laid out. */
    static int nodes(Node node) {
        int count = 1;
        if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                count += nodes(child);
            }
        }
        return count;
    }

    /**
     * The CPU milliseconds of each kind of thread (the JIT's compilers, the GC, the FX thread, …),
     * from Linux's {@code /proc/self/task}, largest first; empty where there is none. It shows what
     * the start spent its CPU on.
     */
    static String threadCpu() {
        java.util.Map<String, Long> byName = new java.util.TreeMap<>();
        long tick = 10; // ms per clock tick (USER_HZ = 100 on Linux)
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String name = Files.readString(task.resolve("comm")).strip().replaceAll("[#0-9]+$", "");
                    String stat = Files.readString(task.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    byName.merge(name, (Long.parseLong(f[11]) + Long.parseLong(f[12])) * tick, Long::sum);
                } catch (IOException | RuntimeException gone) {
                    // a thread that ended while being read
                }
            }
        } catch (IOException | RuntimeException e) {
            return "";
        }
        return byName.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> e.getKey() + ":" + e.getValue()).collect(java.util.stream.Collectors.joining(","));
    }

    private static void write(Path file, long firstFrame, int nodes) {
        ProcessHandle.Info self = ProcessHandle.current().info();
        long jvmStart = self.startInstant().map(Instant::toEpochMilli).orElse(-1L);
        // the CPU time of all threads so far: on a busy machine the wall time waits for cores, this does not
        long cpu = self.totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        String text = "firstFrame=" + firstFrame + "\njvmStart=" + jvmStart + "\ncpuMillis=" + cpu + "\n"
                + "threads=" + threadCpu() + "\nnodes=" + nodes + "\n";
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("DescentFX: start-up report not written: " + e.getMessage());
        }
    }
}
