package org.descentfx.output;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The output files being written now. When the program is stopped (Ctrl-C, {@code kill}) the JVM's
 * shutdown hook deletes their temporary files, so no partial file is left beside the untouched
 * old ones. Only a kill that skips the hooks ({@code kill -9}, a power cut) leaves a hidden
 * {@code .NAME.PID-RANDOM.part} file, which the next write of that file deletes
 * ({@link Leftovers}); the user's file is untouched even then.
 *
 * <p>Safe to call from any thread.
 */
final class Unfinished {
    private static final Set<OutputFile> FILES = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Unfinished::discardAll, "discard unfinished output"));
    }

    private Unfinished() {
    }

    static void add(OutputFile file) {
        FILES.add(file);
    }

    static void remove(OutputFile file) {
        FILES.remove(file);
    }

    private static void discardAll() {
        for (OutputFile file : FILES) {
            file.discard();
        }
    }
}
