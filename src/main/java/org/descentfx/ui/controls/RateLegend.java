package org.descentfx.ui.controls;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.descentfx.engine.RunSpec;
import org.descentfx.ui.experiment.Experiment;
import org.descentfx.ui.experiment.RateComparison;
import org.descentfx.ui.plot.Format;
import org.descentfx.ui.plot.RunColors;

/**
 * Under "Compare learning rates": one row per run, in its colour, with a check box that shows or
 * hides it and its η: η₁ is the slider's (set it there), η₂ and η₃ have fields of their own. A new
 * η starts the comparison afresh.
 */
final class RateLegend extends VBox {
    private final RateComparison rates;
    private final List<TextField> fields = new ArrayList<>();
    private final Label first = new Label();
    private final Label message = new Label();

    RateLegend(Experiment experiment) {
        this.rates = experiment.rates();
        setSpacing(4);
        setId("rateLegend");
        getStyleClass().add("compare-legend");
        int places = rates.ownRatesProperty().get().size();
        for (int i = 0; i < places; i++) {
            CheckBox box = new CheckBox(RunSpec.rateName(i + 1));
            box.setId("rate" + (i + 1) + "Shown");
            Rectangle swatch = new Rectangle(14, 14, RunColors.ofRatePlace(i + 1));
            swatch.setArcWidth(4);
            swatch.setArcHeight(4);
            box.setGraphic(swatch);
            box.selectedProperty().bindBidirectional(experiment.shownProperty(i));
            LearningControls.tip(box, "Show or hide the run with " + RunSpec.rateName(i + 1) + ".");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox row = new HBox(6, box, gap, i == 0 ? first : field(i));
            row.setAlignment(Pos.CENTER_LEFT);
            getChildren().add(row);
        }
        first.setId("rate1Label");
        showFirst(experiment.learningRateProperty().get());
        experiment.learningRateProperty().addListener((o, a, v) -> showFirst(v.doubleValue()));
        rates.ownRatesProperty().addListener((o, a, v) -> showOwn(v));
        message.getStyleClass().add("field-message");
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        getChildren().add(message);
        visibleProperty().bind(rates.compareRatesProperty());
        managedProperty().bind(visibleProperty());
    }

    private TextField field(int index) {
        String name = RunSpec.rateName(index + 1);
        TextField field = OwnRateField.of("rate" + (index + 1) + "Field", rates.ownRatesProperty().get().get(index),
                name + ", this run's own η (empty: the slider's η). Press Enter; the comparison starts afresh.",
                message, eta -> {
                    List<Double> own = new ArrayList<>(rates.ownRatesProperty().get());
                    own.set(index, eta);
                    rates.ownRatesProperty().set(java.util.Collections.unmodifiableList(own));
                });
        fields.add(field);
        return field;
    }

    private void showFirst(double eta) {
        first.setText("= " + Format.exact(eta) + ", the slider's");
    }

    private void showOwn(List<Double> own) {
        for (int i = 0; i < fields.size(); i++) {
            Double eta = own.get(i + 1);
            fields.get(i).setText(eta == null ? "" : Format.exact(eta));
            fields.get(i).getStyleClass().remove("invalid");
        }
        message.setText("");
    }
}
