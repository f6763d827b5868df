package org.descentfx.ui.controls;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A text field for one value that is in force elsewhere (η, m, the seed), with its own message
 * beside it. Enter applies the text and leaves the field; Escape leaves it unchanged; leaving it
 * in any way shows the value in force again, so the field never shows a number that is not the
 * one used. Text the value cannot take is refused with a message that stays beside this field
 * until this field's next good input. FX thread only.
 */
final class ValueField {
    private final TextField field;
    private final Label message = new Label();
    private final Supplier<String> inForce;
    private final Function<String, String> apply;

    /**
     * @param inForce the text of the value in force
     * @param apply   applies a text and returns null, or returns why it cannot be applied
     */
    ValueField(TextField field, String messageId, Supplier<String> inForce, Function<String, String> apply) {
        this.field = field;
        this.inForce = inForce;
        this.apply = apply;
        message.setId(messageId);
        message.getStyleClass().add("field-message");
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        field.setOnAction(e -> {
            commit();
            leave();
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                leave();
            }
        });
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                if (!field.getText().equals(inForce.get())) {
                    commit();
                }
                show();
                field.getStyleClass().remove("invalid"); // it shows the value in force; the message says what was refused
            }
        });
    }

    /** The message beside the field; empty after good input. */
    Label message() {
        return message;
    }

    /** Shows the value in force (after it changed elsewhere, or when the field is left). */
    void show() {
        field.setText(inForce.get());
    }

    private void commit() {
        String why = apply.apply(field.getText().trim());
        if (why == null) {
            field.getStyleClass().remove("invalid");
            message.setText("");
            show();
        } else {
            if (!field.getStyleClass().contains("invalid")) {
                field.getStyleClass().add("invalid");
            }
            message.setText(why);
        }
    }

    /** Gives the keyboard back to the window, so the shortcuts act again. */
    private void leave() {
        Node root = field.getScene() == null ? null : field.getScene().getRoot();
        if (root != null) {
            root.requestFocus();
        }
        show();
    }
}
