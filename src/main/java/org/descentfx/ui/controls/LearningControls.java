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
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.descentfx.ui.plot.Format;
import org.descentfx.ui.plot.HoverTip;

/**
 * η on a log-scale slider with a field for its exact value, and m on a slider 1 … n with a field.
 * Typing a value the text forbids (η ≤ 0, m outside 1 … n, not a number) leaves the value as it
 * was and says what is wrong under that field. The sliders follow the mouse; the arrow keys move
 * them only when the learner reached them with Tab (otherwise the arrows step the run).
 */
public final class LearningControls extends VBox {
    static final double MIN_LOG_ETA = -4;
    static final double MAX_LOG_ETA = 1;
    /** How a slider takes the arrow keys, said in its tooltip. */
    static final String SLIDER_KEYS = "Drag it with the mouse. To move it with the arrow keys, press Tab until it "
            + "is outlined; otherwise the arrows step the run.";

    public final Slider learningRateSlider = new Slider(MIN_LOG_ETA, MAX_LOG_ETA, -2);
    public final TextField learningRateField = new TextField();
    public final Slider batchSizeSlider = new Slider(1, 100, 10);
    final TextField batchSizeField = new TextField();
    private final Label fullBatch = new Label("full batch");
    private final EtaZoneBar zones = new EtaZoneBar(learningRateSlider);
    private final Label limitLine = new Label();
    private final Label localLine = new Label();
    private final ValueField learningRateEntry;
    private final ValueField batchSizeEntry;
    private boolean updating;

    LearningControls(DoubleProperty learningRate, IntegerProperty miniBatchSize, ReadOnlyIntegerProperty n) {
        getStyleClass().add("learning-controls");
        setSpacing(6);
        learningRateSlider.setId("learningRateSlider");
        learningRateField.setId("learningRateField");
        batchSizeSlider.setId("batchSizeSlider");
        batchSizeField.setId("batchSizeField");
        learningRateEntry = new ValueField(learningRateField, "learningMessage",
                () -> Format.exact(learningRate.get()), text -> applyLearningRate(learningRate, text));
        batchSizeEntry = new ValueField(batchSizeField, "batchSizeMessage",
                () -> Integer.toString(miniBatchSize.get()), text -> applyMiniBatchSize(miniBatchSize, n.get(), text));
        fullBatch.getStyleClass().add("badge");
        fullBatch.visibleProperty().bind(miniBatchSize.greaterThanOrEqualTo(n));

        bindLearningRate(learningRate);
        bindMiniBatchSize(miniBatchSize, n);
        // made now, not at the first hover: its text follows the limit of η (showLimit)
        learningRateSlider.setTooltip(new Tooltip(EtaLimitText.tooltip(null)));
        style(learningRateSlider.getTooltip());
        tip(learningRateField, "The exact η. Type any positive number and press Enter (Escape keeps η as it is).");
        tip(batchSizeSlider, "m, the mini-batch size of Eq. (7)–(9): how many training inputs each step averages.\n"
                + "m = 1 is pure stochastic descent; m = n is full-batch gradient descent.\n" + SLIDER_KEYS);
        tip(batchSizeField, "The exact m, from 1 to n. Press Enter (Escape keeps m as it is).");

        Label etaTitle = new Label("Learning rate η");
        Label mTitle = new Label("Mini-batch size m");
        etaTitle.getStyleClass().add("control-title");
        mTitle.getStyleClass().add("control-title");
        learningRateField.setPrefColumnCount(7);
        batchSizeField.setPrefColumnCount(5);
        HBox.setHgrow(learningRateSlider, Priority.ALWAYS);
        HBox.setHgrow(batchSizeSlider, Priority.ALWAYS);
        VBox etaScale = new VBox(0, learningRateSlider, zones);
        HBox.setHgrow(etaScale, Priority.ALWAYS);
        HBox etaRow = new HBox(8, etaScale, learningRateField);
        limitLine.setId("etaLimitLabel");
        limitLine.getStyleClass().add("eta-limit");
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        // beside the title, not under the slider: the side panel keeps its height
        HBox etaTitleRow = new HBox(8, etaTitle, gap, limitLine);
        etaTitleRow.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        HBox mRow = new HBox(8, batchSizeSlider, batchSizeField);
        HBox mTitleRow = new HBox(8, mTitle, fullBatch);
        localLine.setId("etaLocalLabel");
        localLine.getStyleClass().add("eta-limit");
        localLine.setWrapText(true);
        localLine.managedProperty().bind(localLine.textProperty().isNotEmpty());
        localLine.visibleProperty().bind(localLine.managedProperty());
        getChildren().addAll(etaTitleRow, etaRow, localLine, learningRateEntry.message(), mTitleRow, mRow,
                batchSizeEntry.message());
        setPadding(new Insets(0));
    }

    /** Shows the zones of η and the limit's values for the current model, data and point; null: none known. */
    void showLimit(org.descentfx.core.curvature.StabilityLimit limit) {
        zones.show(limit);
        limitLine.setText(EtaLimitText.line(limit));
        localLine.setText(EtaLimitText.localLine(limit));
        learningRateSlider.getTooltip().setText(EtaLimitText.tooltip(limit));
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
    }

    /** Applies a typed η; returns null, or why it is refused. */
    private static String applyLearningRate(DoubleProperty learningRate, String typed) {
        String text = typed.replace(',', '.');
        try {
            double eta = Double.parseDouble(text);
            if (!(eta > 0) || !Double.isFinite(eta)) {
                return "η must be a positive number, e.g. 0.05 — '" + typed + "' is not.";
            }
            learningRate.set(eta);
            return null;
        } catch (NumberFormatException e) {
            return "'" + typed + "' is not a number: type η like 0.05 or 1e-3.";
        }
    }

    private void showLearningRate(double eta) {
        updating = true;
        learningRateSlider.setValue(Math.max(MIN_LOG_ETA, Math.min(MAX_LOG_ETA, Math.log10(eta))));
        learningRateField.setText(Format.exact(eta));
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
    }

    /** Applies a typed m; returns null, or why it is refused. */
    private static String applyMiniBatchSize(IntegerProperty miniBatchSize, int n, String text) {
        try {
            int m = Integer.parseInt(text);
            if (m < 1 || m > n) {
                return "m must be a whole number from 1 to n = " + n + ", not " + m + ".";
            }
            miniBatchSize.set(m);
            return null;
        } catch (NumberFormatException e) {
            return "'" + text + "' is not a whole number: m counts examples, 1 to " + n + ".";
        }
    }

    private void showMiniBatchSize(int m) {
        updating = true;
        batchSizeSlider.setValue(m);
        batchSizeField.setText(Integer.toString(m));
        updating = false;
    }

    static double roundToThreeDigits(double v) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.3g", v));
    }

    /** The side panel's tooltip on {@code control}, made at its first hover. */
    static void tip(javafx.scene.control.Control control, String text) {
        HoverTip.install(control, text, LearningControls::style);
    }

    private static void style(Tooltip t) {
        t.setShowDelay(Duration.millis(300));
        t.setShowDuration(Duration.seconds(30));
        t.setWrapText(true);
        t.setMaxWidth(420);
    }
}
