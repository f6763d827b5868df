package org.descentfx.ui;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Menu;
import javafx.stage.Window;
import org.descentfx.ui.experiment.Experiment;

/**
 * The verbs the menu bar and the single-key shortcuts call, built by {@link MainWindow}: they
 * reach the window only through these.
 *
 * @param experiment     play, step, reset, fit, compare: the experiment's own verbs
 * @param openCsv        File → Open CSV…
 * @param openSession    File → Open session…
 * @param saveSession    File → Save session…
 * @param recentSessions makes the "Open recent session" menu
 * @param exportFigure   File → Export figure…
 * @param exportCsv      File → Export CSV…
 * @param exportingCsv   true while a CSV export writes (its menu item waits)
 * @param logScale       the cost chart's log scale
 * @param valleyShown    true while the 3D valley is shown instead of the map
 * @param showValley     shows the 3D valley (true) or the map (false)
 * @param owner          the window that dialogs belong to
 * @param presentation   presentation mode: everything 1.6× larger, in high contrast ({@link Presentation})
 * @param sidePanel      whether the side panel is shown, or folded to a thin strip
 * @param fullScreen     toggles full screen
 * @param seedFan        Train → Run K seeds…, and Escape's clearing of the fan
 * @param batchValley    whether the map shows the next mini-batch's own valley C_X
 */
record WindowActions(Experiment experiment, Runnable openCsv, Runnable openSession, Runnable saveSession,
        Supplier<Menu> recentSessions, Runnable exportFigure, Runnable exportCsv, ObservableBooleanValue exportingCsv,
        BooleanProperty logScale, BooleanSupplier valleyShown, Consumer<Boolean> showValley, Supplier<Window> owner,
        BooleanProperty presentation, BooleanProperty sidePanel, Runnable fullScreen, SeedFanActions seedFan,
        BooleanProperty batchValley) {

    /**
     * The fan of seeds' verbs.
     *
     * @param ask   asks for K and the epochs, then runs the fan
     * @param clear takes the fan away; returns whether there was one (or one under way) to take
     */
    record SeedFanActions(Runnable ask, BooleanSupplier clear) {
    }
}
