package org.descentfx.ui.controls;

import java.util.Arrays;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.Model;
import org.descentfx.ui.experiment.Experiment;
import org.descentfx.ui.plot.Format;

/**
 * Under the model choice, when the neuron's outputs cannot reach the data's y (σ(·) lies in (0, 1),
 * the noisy line's y go up to 13): says so, since the map is then flat and the point barely moves,
 * and offers a neuron that can fit them.
 */
final class ModelFitNotice extends VBox {
    private final Label text = new Label();
    private final Hyperlink switchModel = new Hyperlink();

    ModelFitNotice(Experiment experiment) {
        setId("modelFitNotice");
        getStyleClass().add("model-fit-notice");
        setSpacing(2);
        text.setId("modelFitText");
        text.setWrapText(true);
        switchModel.setId("modelFitSwitch");
        // the side panel is narrow: the link wraps rather than lose the formula it offers
        switchModel.setWrapText(true);
        switchModel.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(text, switchModel);
        managedProperty().bind(visibleProperty());
        Runnable update = () -> update(experiment);
        experiment.modelProperty().addListener((o, a, m) -> update.run());
        experiment.datasetProperty().addListener((o, a, d) -> update.run());
        update.run();
    }

    private void update(Experiment experiment) {
        Model model = experiment.modelProperty().get();
        Dataset data = experiment.datasetProperty().get();
        double low = Arrays.stream(data.ys()).min().orElse(0);
        double high = Arrays.stream(data.ys()).max().orElse(0);
        boolean outside = low < model.lowestOutput() || high > model.highestOutput();
        Model fits = Model.all().stream()
                .filter(m -> m.lowestOutput() <= low && m.highestOutput() >= high).findFirst().orElse(null);
        setVisible(outside);
        if (!outside) {
            return;
        }
        text.setText(model.formula() + " lies between " + Format.number(model.lowestOutput()) + " and "
                + Format.number(model.highestOutput()) + " and cannot fit these y, which go from " + Format.number(low)
                + " to " + Format.number(high) + ": no (w, b) comes near them, so C is nearly flat and the point"
                + " barely moves.");
        switchModel.setVisible(fits != null);
        switchModel.setManaged(fits != null);
        if (fits != null) {
            switchModel.setText("Use the " + fits.displayName().split(" {2}")[0].toLowerCase(java.util.Locale.ROOT)
                    + " " + fits.formula());
            switchModel.setOnAction(e -> experiment.selectModel(fits));
        }
    }
}
