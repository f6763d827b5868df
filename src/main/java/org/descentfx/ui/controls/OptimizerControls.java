package org.descentfx.ui.controls;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.descentfx.core.train.UpdateRule;
import org.descentfx.core.train.UpdateRule.Constant;
import org.descentfx.core.train.UpdateRule.Kind;
import org.descentfx.ui.experiment.OptimizerSettings;

/**
 * The update rule: plain SGD of Eq. (8)–(9) (the text's) or one beyond chapter 1, with a field for
 * each constant the rule uses. A value the rule forbids leaves the rule as it was and says what is
 * wrong under the fields, as η's field does. A new rule or constant starts the runs afresh. In a
 * race of optimizers the fields also show the racers' constants: every racer reads them here.
 */
public final class OptimizerControls extends VBox {
    public final ChoiceBox<Kind> optimizerChoice = new ChoiceBox<>();
    private final Map<Constant, TextField> fields = new EnumMap<>(Constant.class);
    private final Map<Constant, Label> titles = new EnumMap<>(Constant.class);
    private final Label beyond = new Label("beyond chapter 1");
    private final Label message = new Label();
    private final ObjectProperty<UpdateRule> optimizer;
    private final OptimizerSettings settings;
    private boolean updating;

    OptimizerControls(OptimizerSettings settings) {
        this.settings = settings;
        this.optimizer = settings.optimizerProperty();
        setSpacing(4);
        optimizerChoice.setId("optimizerChoice");
        optimizerChoice.getItems().addAll(Kind.values());
        optimizerChoice.setMaxWidth(Double.MAX_VALUE);
        optimizerChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Kind k) {
                return k == null ? "" : k.displayName();
            }

            @Override
            public Kind fromString(String s) {
                return null;
            }
        });
        beyond.getStyleClass().add("badge");
        message.setId("optimizerMessage");
        message.getStyleClass().add("field-message");
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        LearningControls.tip(optimizerChoice, tipText());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        int row = 0;
        for (Constant c : Constant.values()) {
            TextField field = new TextField();
            field.setId(c.id() + "Field");
            field.setPrefColumnCount(7);
            Label title = new Label(c.symbol());
            LearningControls.tip(field, c.symbol() + ": " + c.meaning() + ", " + c.range() + " (default "
                    + c.defaultValue() + "). Press Enter.");
            field.setOnAction(e -> apply(c));
            field.focusedProperty().addListener((o, a, focused) -> {
                if (!focused) {
                    apply(c);
                }
            });
            fields.put(c, field);
            titles.put(c, title);
            grid.addRow(row++, title, field);
        }
        Label heading = new Label("Update rule");
        heading.getStyleClass().add("control-title");
        getChildren().addAll(new HBox(8, heading, beyond), optimizerChoice, grid, message);

        show(rule());
        optimizer.addListener((o, a, v) -> show(rule()));
        settings.compareOptimizersProperty().addListener((o, a, v) -> show(rule()));
        settings.racersProperty().addListener((o, a, v) -> show(rule()));
        optimizerChoice.valueProperty().addListener((o, a, k) -> {
            if (!updating && k != null && k != rule().kind()) {
                optimizer.set(rule().withKind(k));
            }
        });
    }

    private UpdateRule rule() {
        return optimizer.get();
    }

    private static String tipText() {
        StringBuilder s = new StringBuilder("How each step moves v = (w, b); g is the mini-batch's mean gradient"
                + " (1/m) Σ ∇C_Xj.\nPlain SGD is the text's Eq. (8)–(9); the others go beyond chapter 1.");
        for (Kind k : Kind.values()) {
            s.append('\n').append(k.displayName()).append(":  ").append(k.rule());
        }
        return s.toString();
    }

    private void apply(Constant c) {
        TextField field = fields.get(c);
        String text = field.getText().trim().replace(',', '.');
        try {
            double v = Double.parseDouble(text);
            if (!c.allows(v)) {
                reject(field, c.symbol() + " must be " + c.range() + " — '" + text + "' is not.");
                return;
            }
            field.getStyleClass().remove("invalid");
            message.setText("");
            if (v != rule().value(c)) {
                optimizer.set(rule().with(c, v));
            }
        } catch (NumberFormatException e) {
            reject(field, "'" + text + "' is not a number: type " + c.symbol() + " like " + c.defaultValue() + ".");
        }
    }

    private void reject(TextField field, String text) {
        if (!field.getStyleClass().contains("invalid")) {
            field.getStyleClass().add("invalid");
        }
        message.setText(text);
    }

    private void show(UpdateRule r) {
        updating = true;
        optimizerChoice.setValue(r.kind());
        beyond.setVisible(r.kind() != Kind.SGD);
        for (Constant c : Constant.values()) {
            boolean used = r.kind().uses(c) || racersUse(c);
            for (javafx.scene.Node n : new javafx.scene.Node[] {fields.get(c), titles.get(c)}) {
                n.setVisible(used);
                n.setManaged(used);
            }
            fields.get(c).setText(Double.toString(r.value(c)));
            fields.get(c).getStyleClass().remove("invalid");
        }
        message.setText("");
        updating = false;
    }

    private boolean racersUse(Constant c) {
        BooleanProperty racing = settings.compareOptimizersProperty();
        return racing.get() && settings.racersProperty().get().stream().anyMatch(k -> k.uses(c));
    }

    /** The message under the fields; empty when the last input was fine. */
    public String message() {
        return message.getText();
    }
}
