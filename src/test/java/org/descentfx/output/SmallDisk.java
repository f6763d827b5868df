package org.descentfx.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A folder on a file system that fills up: a 400 KB tmpfs mounted for the test when the test runs
 * as root and mounting is allowed, otherwise an ordinary folder with {@link FullDisk} simulating the
 * same capacity. Either way a write of more than the capacity fails with "No space left on device".
 * Close it in a finally (try-with-resources) so the mount never outlives the test.
 */
public final class SmallDisk implements AutoCloseable {
    public static final long CAPACITY = 400 * 1024;

    private final Path dir;
    private final boolean mounted;
    private final AutoCloseable simulated;

    private SmallDisk(Path dir, boolean mounted, AutoCloseable simulated) {
        this.dir = dir;
        this.mounted = mounted;
        this.simulated = simulated;
    }

    /** A small disk at {@code dir}, which must be an empty folder. */
    public static SmallDisk at(Path dir) throws IOException, InterruptedException {
        return at(dir, true);
    }

    /** A small disk at {@code dir}; with {@code tryMount} false, always the simulated one. */
    public static SmallDisk at(Path dir, boolean tryMount) throws IOException, InterruptedException {
        if (tryMount && mount(dir)) {
            return new SmallDisk(dir, true, null);
        }
        return new SmallDisk(dir, false, FullDisk.simulate(CAPACITY));
    }

    public Path dir() {
        return dir;
    }

    /** True when a real file system is mounted; false when the full disk is simulated. */
    public boolean mounted() {
        return mounted;
    }

    private static boolean mount(Path dir) throws IOException, InterruptedException {
        if (!"root".equals(System.getProperty("user.name")) || !Files.isExecutable(Path.of("/bin/mount"))) {
            return false;
        }
        return run("mount", "-t", "tmpfs", "-o", "size=" + CAPACITY / 1024 + "k", "tmpfs", dir.toString());
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    @Override
    public void close() throws Exception {
        if (mounted) {
            run("umount", dir.toString());
        } else {
            simulated.close();
        }
    }
}
