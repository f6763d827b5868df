package org.descentfx.ui.session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/**
 * The files opened lately, newest first, remembered between runs in the user's preferences.
 * A file that no longer exists is dropped when the list is read.
 */
final class RecentFiles {
    private static final int LIMIT = 8;
    private final Preferences node;
    private final String key;

    RecentFiles(String key) {
        this(Preferences.userRoot().node(System.getProperty("descentfx.prefs", "org/descentfx")), key);
    }

    RecentFiles(Preferences node, String key) {
        this.node = node;
        this.key = key;
    }

    List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (String line : node.get(key, "").split("\n")) {
            if (!line.isBlank()) {
                Path p = Path.of(line);
                if (Files.exists(p) && !out.contains(p)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    void add(Path file) {
        Path p = file.toAbsolutePath().normalize();
        List<Path> paths = list();
        paths.remove(p);
        paths.add(0, p);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(LIMIT, paths.size()); i++) {
            text.append(paths.get(i)).append('\n');
        }
        try {
            node.put(key, text.toString());
            node.flush();
        } catch (Exception e) {
            // Preferences that cannot be stored only cost the list; the file itself is fine.
            System.err.println("DescentFX: recent files not saved: " + e.getMessage());
        }
    }
}
