package org.descentfx.ui;

import static org.descentfx.ui.FxWait.onFx;
import static org.descentfx.ui.FxWait.onFxQuietly;
import static org.descentfx.ui.FxWait.waitFor;

import java.nio.file.Path;
import java.util.List;
import org.descentfx.core.train.Snapshot;
import org.descentfx.engine.EngineSnapshot;
import org.descentfx.ui.session.Session;
import org.descentfx.ui.session.SessionFile;
import org.descentfx.ui.session.SessionMapper;

/**
 * For window tests of a comparison saved in a session: two epochs of every run, the session saved,
 * the comparison switched off, the file opened again, and the runs back where they were.
 */
final class SessionRoundTrip {
    private SessionRoundTrip() {
    }

    /** Switches the comparison off, as the test's toggle does. */
    interface Switch {
        void off() throws Exception;
    }

    /**
     * Steps two epochs (20 steps of m = 10), saves to {@code file}, switches off with {@code off}, restores
     * the file read back and waits until every run is as it was, bit for bit; returns the session read.
     */
    static Session afterTwoEpochs(DescentApp app, Path file, Switch off) throws Exception {
        onFx(() -> {
            app.window().experiment().stepEpoch();
            app.window().experiment().stepEpoch();
            return null;
        });
        waitFor(() -> onFxQuietly(() -> snapshot(app).runs().stream().allMatch(r -> r.step() == 20)));
        List<Snapshot> before = onFx(() -> snapshot(app).runs());
        SessionFile.write(file, onFx(() -> app.window().experiment().captureSession()));
        off.off();
        waitFor(() -> onFxQuietly(() -> snapshot(app).runs().size()) == 1);
        Session read = SessionFile.read(file);
        SessionMapper.Restored restored = SessionMapper.restore(read);
        onFx(() -> {
            app.window().experiment().restore(restored);
            return null;
        });
        waitFor(() -> onFxQuietly(() -> snapshot(app).runs().equals(before)));
        return read;
    }

    private static EngineSnapshot snapshot(DescentApp app) {
        return app.window().experiment().snapshotProperty().get();
    }
}
