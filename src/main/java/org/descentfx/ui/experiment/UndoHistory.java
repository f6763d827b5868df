package org.descentfx.ui.experiment;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.descentfx.ui.session.Session;

/**
 * The experiments that a change of start, data or model replaced, newest last, each kept as a
 * session: a session replays to the very state it was captured in, so undoing is exact. FX
 * thread only.
 */
final class UndoHistory {
    /** Enough to walk back through an afternoon's changes; each entry is a few numbers per η or m change. */
    static final int LIMIT = 50;

    private final Deque<Session> replaced = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");

    /** Keeps {@code before}, the experiment about to be replaced; null (nothing run yet) is skipped. */
    void remember(Session before) {
        if (before == null) {
            return;
        }
        replaced.addLast(before);
        if (replaced.size() > LIMIT) {
            replaced.removeFirst();
        }
        canUndo.set(true);
    }

    /** The newest experiment replaced, taken off the history; null when there is none. */
    Session takeLast() {
        Session last = replaced.pollLast();
        canUndo.set(!replaced.isEmpty());
        return last;
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }
}
