package org.descentfx.ui;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.util.Duration;

/**
 * The window opened in two parts, so that the first frame comes sooner: the map, its surface, the
 * views and the menus first; the side panel's controls in the pulse after the first frame with the
 * surface painted (the map hides its status {@code #costMapStatus} when it has the surface), or
 * after {@value #LATEST_MS} ms if the surface takes longer. The keys act from the first frame on.
 */
final class StagedStart {
    /** The controls come at the latest this long after the window is shown. */
    static final long LATEST_MS = 5000;

    private final MainWindow window;
    private boolean paintedFirst;

    private StagedStart(MainWindow window) {
        this.window = window;
    }

    /** Holds the controls back and brings them once {@code scene} has painted the surface; FX thread. */
    static StagedStart install(Scene scene, MainWindow window) {
        StagedStart staged = new StagedStart(window);
        window.holdControlsBack();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            Node mapStatus = scene.lookup("#costMapStatus");
            if (mapStatus == null || mapStatus.isVisible()) {
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            staged.paintedFirst = !window.controlsInPlace();
            Platform.runLater(window::completeControls);
        };
        scene.addPostLayoutPulseListener(listener[0]);
        PauseTransition latest = new PauseTransition(Duration.millis(LATEST_MS));
        latest.setOnFinished(e -> {
            scene.removePostLayoutPulseListener(listener[0]);
            window.completeControls();
        });
        latest.play();
        return staged;
    }

    /** Whether a frame with the surface painted was laid out before the controls came. */
    boolean surfacePaintedBeforeControls() {
        return paintedFirst;
    }
}
