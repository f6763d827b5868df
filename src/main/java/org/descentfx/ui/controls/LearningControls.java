package org.descentfx.ui.controls;

import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * η on a log-scale slider with a field for its exact value, and m on a slider 1 … n with a field.
 * Typing a value the text forbids (η ≤ 0, m outside 1 … n, not a number) leaves the value as it
 * was and says what is wrong under the field.
 */
public final class LearningControls extends VBox {
    static final double MIN_LOG_ETA = -4;
    static final double MAX_LOG_ETA = 1;

    public final Slider learningRateSlider = new Slider(MIN_LOG_ETA, MAX_LOG_ETA, -2);
    public final TextField learningRateField = new TextField();
    public final Slider batchSizeSlider = new Slider(1, 100, 10);
    final TextField batchSizeField = new TextField();
    private final Label fullBatch = new Label("full batch");
    private final Label message = new Label();
    private boolean updating;

    LearningControls(DoubleProperty learningRate, IntegerProperty miniBatchSize, ReadOnlyIntegerProperty n) {
        getStyleClass().add("learning-controls");
        setSpacing(6);
        learningRateSlider.setId("learningRateSlider");
        learningRateField.setId("learningRateField");
        batchSizeSlider.setId("batchSizeSlider");
        batchSizeField.setId("batchSizeField");
        message.setId("learningMessage");
        message.getStyleClass().add("field-message");
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        fullBatch.getStyleClass().add("badge");
        fullBatch.visibleProperty().bind(miniBatchSize.greaterThanOrEqualTo(n));

        bindLearningRate(learningRate);
        bindMiniBatchSize(miniBatchSize, n);
        tip(learningRateSlider, "η, the learning rate of Eq. (4): each step moves (w, b) by −η∇C.\n"
                + "Log scale from 0.0001 to 10. Too small: the ball crawls. Too large: it jumps out of the valley.");
        tip(learningRateField, "The exact η. Type any positive number and press Enter.");
        tip(batchSizeSlider, "m, the mini-batch size of Eq. (7)–(9): how many training inputs each step averages.\n"
                + "m = 1 is pure stochastic descent; m = n is full-batch gradient descent.");
        tip(batchSizeField, "The exact m, from 1 to n. Press Enter.");

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        Label etaTitle = new Label("Learning rate η");
        Label mTitle = new Label("Mini-batch size m");
        etaTitle.getStyleClass().add("control-title");
        mTitle.getStyleClass().add("control-title");
        learningRateField.setPrefColumnCount(7);
        batchSizeField.setPrefColumnCount(5);
        HBox.setHgrow(learningRateSlider, Priority.ALWAYS);
        HBox.setHgrow(batchSizeSlider, Priority.ALWAYS);
        HBox etaRow = new HBox(8, learningRateSlider, learningRateField);
        HBox mRow = new HBox(8, batchSizeSlider, batchSizeField);
        HBox mTitleRow = new HBox(8, mTitle, fullBatch);
        getChildren().addAll(etaTitle, etaRow, mTitleRow, mRow, message);
        setPadding(new Insets(0));
    }

    private void bindLearningRate(DoubleProperty learningRate) {
        learningRateSlider.setMajorTickUnit(1);
        learningRateSlider.setMinorTickCount(0);
        learningRateSlider.setShowTickMarks(true);
        learningRateSlider.setBlockIncrement(0.05);
        showLearningRate(learningRate.get());
        learningRate.addListener((o, a, v) -> showLearningRate(v.doubleValue()));
        learningRateSlider.valueProperty().addListener((o, a, v) -> {
            if (!updating) {
                learningRate.set(roundToThreeDigits(Math.pow(10, v.doubleValue())));
            }
        });
        learningRateField.setOnAction(e -> applyLearningRate(learningRate));
        learningRateField.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                applyLearningRate(learningRate);
            }
        });
    }

    private void applyLearningRate(DoubleProperty learningRate) {
        String text = learningRateField.getText().trim().replace(',', '.');
        try {
            double eta = Double.parseDouble(text);
            if (!(eta > 0) || !Double.isFinite(eta)) {
                reject(learningRateField, "η must be a positive number, e.g. 0.05 — '" + text + "' is not.");
                return;
            }
            accept(learningRateField);
            learningRate.set(eta);
            showLearningRate(eta);
        } catch (NumberFormatException e) {
            reject(learningRateField, "'" + text + "' is not a number: type η like 0.05 or 1e-3.");
        }
    }

    private void showLearningRate(double eta) {
        updating = true;
        learningRateSlider.setValue(Math.max(MIN_LOG_ETA, Math.min(MAX_LOG_ETA, Math.log10(eta))));
        learningRateField.setText(Double.toString(eta));
        updating = false;
    }

    private void bindMiniBatchSize(IntegerProperty miniBatchSize, ReadOnlyIntegerProperty n) {
        batchSizeSlider.setMajorTickUnit(1);
        batchSizeSlider.setMinorTickCount(0);
        batchSizeSlider.setSnapToTicks(true);
        batchSizeSlider.setBlockIncrement(1);
        Runnable range = () -> {
            updating = true;
            batchSizeSlider.setMax(Math.max(2, n.get()));
            batchSizeSlider.setDisable(n.get() < 2);
            updating = false;
            showMiniBatchSize(miniBatchSize.get());
        };
        range.run();
        n.addListener((o, a, v) -> range.run());
        miniBatchSize.addListener((o, a, v) -> showMiniBatchSize(v.intValue()));
        batchSizeSlider.valueProperty().addListener((o, a, v) -> {
            if (!updating) {
                miniBatchSize.set((int) Math.round(v.doubleValue()));
            }
        });
        batchSizeField.setOnAction(e -> applyMiniBatchSize(miniBatchSize, n.get()));
        batchSizeField.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                applyMiniBatchSize(miniBatchSize, n.get());
            }
        });
    }

    private void applyMiniBatchSize(IntegerProperty miniBatchSize, int n) {
        String text = batchSizeField.getText().trim();
        try {
            int m = Integer.parseInt(text);
            if (m < 1 || m > n) {
                reject(batchSizeField, "m must be a whole number from 1 to n = " + n + ", not " + m + ".");
                return;
            }
            accept(batchSizeField);
            miniBatchSize.set(m);
            showMiniBatchSize(m);
        } catch (NumberFormatException e) {
            reject(batchSizeField, "'" + text + "' is not a whole number: m counts examples, 1 to " + n + ".");
        }
    }

    private void showMiniBatchSize(int m) {
        updating = true;
        batchSizeSlider.setValue(m);
        batchSizeField.setText(Integer.toString(m));
        updating = false;
    }

    private void reject(TextField field, String text) {
        if (!field.getStyleClass().contains("invalid")) {
            field.getStyleClass().add("invalid");
        }
        message.setText(text);
    }

    private void accept(TextField field) {
        field.getStyleClass().remove("invalid");
        message.setText("");
    }

    /** The message under the fields; empty when the last input was fine. */
    public String message() {
        return message.getText();
    }

    static double roundToThreeDigits(double v) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.3g", v));
    }

    static void tip(javafx.scene.control.Control control, String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(300));
        t.setShowDuration(Duration.seconds(30));
        t.setWrapText(true);
        t.setMaxWidth(420);
        control.setTooltip(t);
    }
}
