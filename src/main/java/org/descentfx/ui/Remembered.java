package org.descentfx.ui;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableValue;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.data.DatasetException;

/**
 * What the window keeps from one launch to the next besides its place ({@link WindowPlacement})
 * and the recent sessions: presentation mode and the built-in data set chosen last. They live in
 * the user's preferences ({@code java.util.prefs}, under the user's home on Linux, never in the
 * install folder), in the node the system property {@value #NODE_PROPERTY} names, else
 * {@value #USER_NODE}; tests give each their own. A stored value that does not make sense (an
 * unknown name, a store that cannot be read) counts as nothing stored. FX thread only.
 */
final class Remembered {
    static final String NODE_PROPERTY = "descentfx.prefs";
    static final String USER_NODE = "org/descentfx";
    static final String PRESENTATION = "presentation";
    static final String DATA_SET = "lastDataSet";

    private final Preferences node;

    Remembered(Preferences node) {
        this.node = node;
    }

    /** The node of this user's preferences (or the tests'). */
    static Preferences userNode() {
        return Preferences.userRoot().node(System.getProperty(NODE_PROPERTY, USER_NODE));
    }

    static Remembered ofUser() {
        return new Remembered(userNode());
    }

    /** Opens {@code presentation} as it was left, and remembers each change. */
    void keepPresentation(BooleanProperty presentation) {
        try {
            presentation.set(node.getBoolean(PRESENTATION, false));
        } catch (IllegalStateException e) {
            // a node removed under us: open as a first launch does
        }
        presentation.addListener((o, was, on) -> store(() -> node.putBoolean(PRESENTATION, on)));
    }

    /** Remembers the data set each time it changes: its name if it is a built-in set, nothing if it is a file's. */
    void keepDataSet(ObservableValue<Dataset> data) {
        data.addListener((o, was, now) -> store(() -> {
            if (isBuiltIn(now)) {
                node.put(DATA_SET, now.name());
            } else {
                node.remove(DATA_SET);
            }
        }));
    }

    /** The built-in data set chosen last, or empty if none was, or its name is not a built-in set's (any more). */
    Optional<String> lastDataSet() {
        try {
            String name = node.get(DATA_SET, null);
            return name != null && BuiltInDatasets.names().contains(name) ? Optional.of(name) : Optional.empty();
        } catch (IllegalStateException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code settings} on the data set chosen last, with what it proposes, when they ask for it and
     * one is remembered; else {@code settings} as they are.
     */
    WindowSettings applyTo(WindowSettings settings) {
        if (!settings.lastDataSet()) {
            return settings;
        }
        Optional<String> name = lastDataSet();
        if (name.isEmpty()) {
            return settings;
        }
        try {
            return settings.onData(BuiltInDatasets.load(name.get()), BuiltInDatasets.presetsOf(name.get()));
        } catch (DatasetException e) {
            System.err.println("DescentFX: the last data set did not load, opening on the default: " + e.getMessage());
            return settings;
        }
    }

    private static boolean isBuiltIn(Dataset data) {
        if (data == null || !BuiltInDatasets.names().contains(data.name())) {
            return false;
        }
        try {
            return BuiltInDatasets.load(data.name()).equals(data);
        } catch (DatasetException e) {
            return false;
        }
    }

    private void store(Runnable change) {
        try {
            change.run();
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            // preferences that cannot be stored cost only the next launch's choice
            System.err.println("DescentFX: preferences not saved: " + e.getMessage());
        }
    }
}
