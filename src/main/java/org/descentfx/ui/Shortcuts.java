package org.descentfx.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.descentfx.ui.experiment.Experiment;

/**
 * The single-key shortcuts of the window. They act unless the learner is typing in a field (then
 * the keys are text) or moving a focused slider with the arrows.
 */
final class Shortcuts {
    private Shortcuts() {
    }

    static void install(Scene scene, WindowActions actions) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Node focus = scene.getFocusOwner();
            if (focus instanceof TextInputControl || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
                return;
            }
            boolean arrow = e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.LEFT;
            if (arrow && focus instanceof Slider) {
                return;
            }
            if (handle(e.getCode(), e.isShiftDown(), actions)) {
                e.consume();
            }
        });
    }

    private static boolean handle(KeyCode code, boolean shift, WindowActions actions) {
        Experiment experiment = actions.experiment();
        switch (code) {
            case SPACE -> experiment.togglePlay();
            case RIGHT -> {
                if (shift) {
                    experiment.stepEpoch();
                } else {
                    experiment.stepMiniBatch();
                }
            }
            case LEFT -> {
                if (shift) {
                    return false; // back to the start of the epoch: not yet
                }
                experiment.stepBack();
            }
            case R -> experiment.reset();
            case F -> experiment.fit();
            case C -> experiment.compareProperty().set(!experiment.compareProperty().get());
            case V -> actions.showValley().accept(!actions.valleyShown().getAsBoolean());
            default -> {
                return false;
            }
        }
        return true;
    }
}
