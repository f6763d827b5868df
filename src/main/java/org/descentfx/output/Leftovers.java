package org.descentfx.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The unfinished files that a killed writer left beside a target. A process stopped without its
 * shutdown hooks ({@code kill -9}, a power cut) cannot delete its temporary file; the next write
 * of the same file deletes it. The temporary file's name carries the writer's process id
 * ({@code .NAME.PID-RANDOM.part}), so only the files of a process that is no longer running are
 * taken: a write under way in another program is left alone.
 *
 * <p>Safe to call from any thread.
 */
final class Leftovers {
    private static final String SUFFIX = ".part";

    private Leftovers() {
    }

    /** The name of a new temporary file for {@code target}, owned by this process. */
    static Path temporaryBeside(Path target, String random) {
        return target.resolveSibling(prefix(target) + ProcessHandle.current().pid() + "-" + random + SUFFIX);
    }

    /** Deletes the temporary files of {@code target} whose writer is no longer running; quietly, as a courtesy. */
    static void clean(Path target) {
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null) {
            return;
        }
        String prefix = prefix(target);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder,
                p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(SUFFIX))) {
            for (Path file : files) {
                long pid = writerOf(file.getFileName().toString(), prefix);
                if (pid > 0 && !running(pid) && Files.isRegularFile(file)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // a folder that cannot be listed: the write goes on; what was left stays hidden, as before
        }
    }

    private static String prefix(Path target) {
        String name = target.getFileName() == null ? "output" : target.getFileName().toString();
        return "." + name + ".";
    }

    /** The process id in {@code .NAME.PID-RANDOM.part}; -1 for a name not of that form. */
    static long writerOf(String name, String prefix) {
        String middle = name.substring(prefix.length(), name.length() - SUFFIX.length());
        int dash = middle.indexOf('-');
        if (dash <= 0) {
            return -1;
        }
        try {
            return Long.parseLong(middle.substring(0, dash));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean running(long pid) {
        return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
