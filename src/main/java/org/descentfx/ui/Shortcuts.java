package org.descentfx.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.descentfx.ui.experiment.Experiment;

/**
 * The single-key shortcuts of the window. They act whichever control has the focus, with two
 * exceptions: while the caret is in a text field the keys are text (the field itself handles
 * Enter, Escape and Tab), and a slider the learner reached with Tab on purpose keeps its arrow
 * keys. A slider that took the focus from a mouse drag gives the arrows back to the run: after
 * dragging η, → steps, it does not nudge η. Ctrl+K (forking here) is the one shortcut with a
 * modifier that is not a menu's accelerator: an accelerator would act in a text field too. FX thread only.
 */
final class Shortcuts {
    /** True while the focus last moved by Tab, not by the mouse. */
    private boolean tabbed;

    private Shortcuts() {
    }

    static void install(Scene scene, WindowActions actions) {
        Shortcuts shortcuts = new Shortcuts();
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> shortcuts.tabbed = false);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB) {
                shortcuts.tabbed = true;
                return;
            }
            if (forks(e) && !(scene.getFocusOwner() instanceof TextInputControl)) {
                actions.experiment().fork();
                e.consume();
                return;
            }
            if (shortcuts.leftToFocusOwner(scene.getFocusOwner(), e)) {
                return;
            }
            boolean handled = handle(e.getCode(), e.isShiftDown(), actions);
            if (handled || (e.getCode().isArrowKey() && scene.getFocusOwner() instanceof Slider)) {
                e.consume(); // a slider dragged by the mouse is not moved by the arrows
            }
        });
    }

    /** Ctrl+K (⌘K on macOS): a new branch at the step shown. */
    private static boolean forks(KeyEvent e) {
        return e.getCode() == KeyCode.K && e.isShortcutDown() && !e.isShiftDown() && !e.isAltDown();
    }

    /** Whether the focused control keeps this key: text in a field, arrows on a slider tabbed to. */
    private boolean leftToFocusOwner(Node focus, KeyEvent e) {
        if (focus instanceof TextInputControl || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return true;
        }
        boolean arrow = e.getCode().isArrowKey() || e.getCode() == KeyCode.HOME || e.getCode() == KeyCode.END;
        return arrow && tabbed && focus instanceof Slider;
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
                    experiment.stepBackEpoch();
                } else {
                    experiment.stepBack();
                }
            }
            case HOME -> experiment.goTo(0);
            case END -> experiment.goTo(experiment.lastStep());
            case R -> experiment.reset();
            case F -> experiment.fit();
            case C -> experiment.compareProperty().set(!experiment.compareProperty().get());
            case L -> experiment.rates().compareRatesProperty().set(!experiment.rates().compareRatesProperty().get());
            case V -> actions.showValley().accept(!actions.valleyShown().getAsBoolean());
            case K -> actions.seedFan().ask().run();
            case ESCAPE -> {
                return actions.seedFan().clear().getAsBoolean();
            }
            case B -> actions.batchValley().set(!actions.batchValley().get());
            default -> {
                return false;
            }
        }
        return true;
    }
}
