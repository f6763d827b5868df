package org.descentfx.ui.fan;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.descentfx.engine.SeedFan;

/**
 * Train → Run K seeds…: asks how many seeds (1 to {@value SeedFan#MAX_SEEDS}) and how many epochs.
 * Enter runs the fan, Escape asks for nothing. A number typed out of range is brought back into it;
 * text that is no number keeps the value before it. FX thread only.
 */
public final class SeedFanDialog {
    /** How many seeds and epochs the learner asked for. */
    public record Request(int seeds, int epochs) {
    }

    private SeedFanDialog() {
    }

    /** Shows the dialog and waits; empty if the learner cancelled. */
    public static Optional<Request> ask(Window owner, int seeds, int epochs) {
        Dialog<Request> dialog = new Dialog<>();
        dialog.setTitle("Run K seeds");
        dialog.setHeaderText("K descents from the start, with the shuffle seeds 1 … K\n"
                + "and the current data, model, η, m and update rule");
        if (owner != null) {
            dialog.initOwner(owner);
        }
        Spinner<Integer> k = spinner("seedFanSeeds", 1, SeedFan.MAX_SEEDS, seeds,
                "K: how many seeds, 1 to " + SeedFan.MAX_SEEDS + "; each is one run of SGD, as train --seed k runs it");
        Spinner<Integer> e = spinner("seedFanEpochs", 1, SeedFan.MAX_EPOCHS, epochs,
                "How many epochs each descent runs (each epoch: one shuffle, then ⌈n/m⌉ steps)");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Seeds K"), k);
        grid.addRow(1, new Label("Epochs"), e);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setId("seedFanDialog");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new Request(commit(k), commit(e)) : null);
        javafx.application.Platform.runLater(k.getEditor()::requestFocus);
        return dialog.showAndWait();
    }

    private static Spinner<Integer> spinner(String id, int min, int max, int value, String tip) {
        Spinner<Integer> s = new Spinner<>(min, max, Math.max(min, Math.min(max, value)));
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(120);
        s.setTooltip(new Tooltip(tip));
        return s;
    }

    /** The spinner's typed text, in range; its last value if the text is no whole number. */
    static int commit(Spinner<Integer> s) {
        var f = (javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory) s.getValueFactory();
        return clamp(s.getEditor().getText(), f.getMin(), f.getMax(), s.getValue());
    }

    /** {@code text} as a whole number brought into [min, max]; {@code otherwise} if it is none. */
    static int clamp(String text, int min, int max, int otherwise) {
        try {
            long v = Long.parseLong(text.strip().replace(",", "").replace("_", ""));
            return (int) Math.max(min, Math.min(max, v));
        } catch (NumberFormatException notANumber) {
            return otherwise;
        }
    }
}
