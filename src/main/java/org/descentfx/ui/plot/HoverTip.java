package org.descentfx.ui.plot;

import java.util.function.Consumer;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made when the pointer first enters its node, not with the node: each {@link Tooltip}
 * is a popup window with a scene of its own, and the window has dozens of them, none of which the
 * first frame shows. The text is the node's accessible help from the start, so a screen reader
 * has it before any hover. FX thread.
 */
public final class HoverTip {
    private HoverTip() {
    }

    /** Gives {@code node} the tooltip {@code text} at its first hover. */
    public static void install(Node node, String text) {
        install(node, text, tip -> {
        });
    }

    /** The same, with {@code style} applied to the tooltip when it is made (delays, wrapping). */
    public static void install(Node node, String text, Consumer<Tooltip> style) {
        node.setAccessibleHelp(text);
        EventHandler<MouseEvent> firstHover = new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                node.removeEventFilter(MouseEvent.MOUSE_ENTERED, this);
                Tooltip tip = new Tooltip(text);
                style.accept(tip);
                if (node instanceof Control control) {
                    control.setTooltip(tip);
                } else {
                    Tooltip.install(node, tip);
                }
            }
        };
        node.addEventFilter(MouseEvent.MOUSE_ENTERED, firstHover);
    }
}
