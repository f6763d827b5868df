package org.descentfx.ui.session;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.Model;
import org.descentfx.core.train.Point;
import org.descentfx.core.train.Snapshot;
import org.descentfx.engine.EngineSnapshot;
import org.descentfx.engine.ReplayPlan;
import org.descentfx.engine.TrainingSetup;

/**
 * Which session file the window is on, and whether the experiment has changed since that file
 * was saved or opened: the window's title shows both ("lesson.json •"). FX thread only.
 */
public final class SessionStatus {
    /** The mark of a window whose experiment differs from its session file. */
    public static final String MODIFIED_MARK = "•";

    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");
    private State saved;

    /** What a session pins down, compared cheaply on every snapshot. */
    private record State(Dataset data, Model model, Point start, long seed, List<Long> steps) {
        static State of(TrainingSetup setup, List<Long> steps) {
            return new State(setup.data(), setup.model(), setup.start(), setup.seed(), List.copyOf(steps));
        }
    }

    /** {@code path} now holds the experiment as {@code s} shows it. */
    void saved(Path path, EngineSnapshot s) {
        file.set(path);
        saved = s == null ? null : State.of(s.setup(), s.runs().stream().map(Snapshot::step).toList());
        modified.set(false);
    }

    /** The experiment was replayed from {@code path}. */
    void opened(Path path, SessionMapper.Restored r) {
        file.set(path);
        saved = State.of(r.setup(), r.plans().stream().map(ReplayPlan::steps).toList());
        modified.set(false);
    }

    /** The learner changed something a session keeps (η, m, a choice): modified until the next save. */
    public void changed() {
        if (file.get() != null) {
            modified.set(true);
        }
    }

    /** A new snapshot: a step taken or a new start since the save makes the window modified. */
    public void observe(EngineSnapshot s) {
        if (saved != null && !modified.get() && s != null
                && !saved.equals(State.of(s.setup(), s.runs().stream().map(Snapshot::step).toList()))) {
            modified.set(true);
        }
    }

    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    /** "name — DescentFX …", with the modified mark; {@code app} alone before any session. */
    public StringBinding title(String app) {
        return Bindings.createStringBinding(() -> file.get() == null ? app
                : file.get().getFileName() + (modified.get() ? " " + MODIFIED_MARK : "") + " — " + app, file, modified);
    }
}
