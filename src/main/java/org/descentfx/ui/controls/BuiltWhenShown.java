package org.descentfx.ui.controls;

import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * The place of a part of the panel that shows only while {@code shown} is true (the legends of
 * the comparisons): the part is built the first time it shows, not before. Until then the place
 * takes no room and holds no nodes, so the first frame neither builds nor styles them. FX thread.
 */
final class BuiltWhenShown extends StackPane {
    BuiltWhenShown(ObservableValue<Boolean> shown, Supplier<? extends Node> part) {
        visibleProperty().bind(shown);
        managedProperty().bind(visibleProperty());
        if (Boolean.TRUE.equals(shown.getValue())) {
            getChildren().add(part.get());
            return;
        }
        ChangeListener<Boolean> build = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (Boolean.TRUE.equals(now)) {
                    shown.removeListener(this);
                    getChildren().add(part.get());
                }
            }
        };
        shown.addListener(build);
    }
}
