package org.descentfx.ui.controls;

import javafx.scene.control.CheckBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.descentfx.ui.experiment.Experiment;
import org.descentfx.ui.plot.RunColors;

/**
 * Under the comparison switch: one check box per run, in the run's colour, to show or hide it
 * on the map, the valley and the chart, and whether to add pure stochastic descent.
 */
final class CompareLegend extends VBox {
    final CheckBox miniBatch = entry("mini-batch (m from the slider)", RunColors.MINI_BATCH);
    final CheckBox fullBatch = entry("full batch (m = n)", RunColors.FULL_BATCH);
    final CheckBox stochastic = entry("stochastic (m = 1)", RunColors.STOCHASTIC);

    CompareLegend(Experiment experiment) {
        setSpacing(4);
        setId("compareLegend");
        getStyleClass().add("compare-legend");
        miniBatch.selectedProperty().bindBidirectional(experiment.shownProperty(0));
        fullBatch.selectedProperty().bindBidirectional(experiment.shownProperty(1));
        stochastic.selectedProperty().bindBidirectional(experiment.includeStochasticProperty());
        LearningControls.tip(miniBatch, "Show or hide the mini-batch run: Eq. (8)–(9) with m from the slider.");
        LearningControls.tip(fullBatch, "Show or hide full-batch gradient descent, Eq. (5)–(6): one step per epoch.");
        LearningControls.tip(stochastic, "Add pure stochastic descent, one training input per step (m = 1).");
        getChildren().addAll(miniBatch, fullBatch, stochastic);
        visibleProperty().bind(experiment.compareProperty());
        managedProperty().bind(visibleProperty());
    }

    private static CheckBox entry(String text, Color color) {
        CheckBox box = new CheckBox(text);
        Rectangle swatch = new Rectangle(14, 14, color);
        swatch.setArcWidth(4);
        swatch.setArcHeight(4);
        box.setGraphic(swatch);
        return box;
    }
}
