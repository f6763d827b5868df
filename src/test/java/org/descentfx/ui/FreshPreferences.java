package org.descentfx.ui;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * A preferences node of one test's own: windows opened while it is in use remember their choices
 * there, and {@link #close()} removes it, so no test sees what another left behind.
 */
public final class FreshPreferences implements AutoCloseable {
    private final String before = System.getProperty(Remembered.NODE_PROPERTY);
    private final String path = "org/descentfx-test/" + UUID.randomUUID();

    /** Makes the new node the one windows use from now on. */
    public FreshPreferences() {
        System.setProperty(Remembered.NODE_PROPERTY, path);
    }

    /** The node, for a test that stores what it wants a launch to find. */
    public Preferences node() {
        return Preferences.userRoot().node(path);
    }

    @Override
    public void close() throws BackingStoreException {
        if (before == null) {
            System.clearProperty(Remembered.NODE_PROPERTY);
        } else {
            System.setProperty(Remembered.NODE_PROPERTY, before);
        }
        Preferences node = node();
        node.removeNode();
        Preferences.userRoot().node("org/descentfx-test").flush();
    }
}
