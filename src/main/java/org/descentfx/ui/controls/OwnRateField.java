package org.descentfx.ui.controls;

import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/**
 * A field for a run's own η in a comparison (a racer's, η₂ or η₃ of the learning rates): empty means
 * the slider's η, a positive number is the run's own, anything else is refused with a sentence in the
 * legend's message, as η's field does. Enter applies it. FX thread only.
 */
final class OwnRateField {
    private OwnRateField() {
    }

    /**
     * @param own     the η it shows at first, or null for empty
     * @param message where a refusal is said (and cleared after good input)
     * @param apply   receives the new own η, or null for the slider's
     */
    static TextField of(String id, Double own, String tooltip, Label message, Consumer<Double> apply) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText("η");
        field.setPrefColumnCount(5);
        field.setText(own == null ? "" : org.descentfx.ui.plot.Format.exact(own));
        LearningControls.tip(field, tooltip);
        field.setOnAction(e -> {
            String text = field.getText().trim().replace(',', '.');
            Double eta = text.isEmpty() ? null : parse(text);
            if (eta != null && !(eta > 0 && Double.isFinite(eta))) {
                if (!field.getStyleClass().contains("invalid")) {
                    field.getStyleClass().add("invalid");
                }
                message.setText("η must be a positive number, e.g. 0.05 — '" + text + "' is not.");
                return;
            }
            field.getStyleClass().remove("invalid");
            message.setText("");
            apply.accept(eta);
        });
        return field;
    }

    private static double parse(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
