package org.descentfx.ui.controls;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.descentfx.core.train.UpdateRule.Kind;
import org.descentfx.engine.RunSpec;
import org.descentfx.ui.experiment.Experiment;
import org.descentfx.ui.plot.RunColors;

/**
 * Under "Compare optimizers": one check box per rule, in its colour, choosing the racers (1 to
 * {@link RunSpec#MAX_RACERS}). They start together from the same point on the same shuffles, with
 * the same m, the constants of the fields above, and η from the slider unless a racer is given its
 * own; a new choice starts the race afresh.
 */
final class RaceLegend extends VBox {
    private final Map<Kind, CheckBox> boxes = new EnumMap<>(Kind.class);
    private final Experiment experiment;
    private final Label message = new Label();
    private boolean updating;

    RaceLegend(Experiment experiment) {
        this.experiment = experiment;
        setSpacing(4);
        setId("raceLegend");
        getStyleClass().add("compare-legend");
        for (Kind k : Kind.values()) {
            CheckBox box = new CheckBox(k.displayName());
            box.setId("race-" + k.id());
            Rectangle swatch = new Rectangle(14, 14, RunColors.ofRule(k.id()));
            swatch.setArcWidth(4);
            swatch.setArcHeight(4);
            box.setGraphic(swatch);
            LearningControls.tip(box, k.displayName() + ":  " + k.rule()
                    + (k == Kind.SGD ? "" : "\nBeyond chapter 1."));
            box.selectedProperty().addListener((o, a, on) -> choose());
            boxes.put(k, box);
            TextField eta = ownLearningRate(k);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox row = new HBox(6, box, gap, eta);
            row.setAlignment(Pos.CENTER_LEFT);
            getChildren().add(row);
        }
        message.getStyleClass().add("field-message");
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        getChildren().add(message);
        show(experiment.optimizers().racersProperty().get());
        experiment.optimizers().racersProperty().addListener((o, a, v) -> show(v));
        visibleProperty().bind(experiment.optimizers().compareOptimizersProperty());
        managedProperty().bind(visibleProperty());
    }

    /** The racer's own η: empty follows the slider's η; a value the text forbids is refused as η's field does. */
    private TextField ownLearningRate(Kind k) {
        return OwnRateField.of("race-" + k.id() + "-lr", experiment.optimizers().racerLearningRatesProperty().get().get(k),
                "This racer's own η (empty: the slider's η). Press Enter; the race starts afresh.", message, eta -> {
                    Map<Kind, Double> own = new EnumMap<>(Kind.class);
                    own.putAll(experiment.optimizers().racerLearningRatesProperty().get());
                    if (eta == null) {
                        own.remove(k);
                    } else {
                        own.put(k, eta);
                    }
                    experiment.optimizers().racerLearningRatesProperty().set(Map.copyOf(own));
                });
    }

    private void choose() {
        if (updating) {
            return;
        }
        List<Kind> chosen = new ArrayList<>();
        boxes.forEach((k, box) -> {
            if (box.isSelected()) {
                chosen.add(k);
            }
        });
        if (chosen.isEmpty()) {
            show(experiment.optimizers().racersProperty().get()); // a race needs a runner: the last one stays
            return;
        }
        experiment.optimizers().racersProperty().set(List.copyOf(chosen));
    }

    private void show(List<Kind> racers) {
        updating = true;
        boolean full = racers.size() >= RunSpec.MAX_RACERS;
        boxes.forEach((k, box) -> {
            box.setSelected(racers.contains(k));
            box.setDisable(full && !racers.contains(k));
        });
        updating = false;
    }
}
