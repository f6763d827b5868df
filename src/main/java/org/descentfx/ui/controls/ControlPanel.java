package org.descentfx.ui.controls;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.layout.VBox;
import org.controlsfx.control.ToggleSwitch;
import org.descentfx.core.model.Model;
import org.descentfx.ui.experiment.Experiment;

/**
 * The side panel: what to learn (model, data), how (η, m, pace, seed), the step buttons, the
 * comparison switch and the numbers of the current point. Views only: every action is a verb
 * of {@link Experiment}.
 */
public final class ControlPanel extends VBox {
    public final ComboBox<Model> modelChoice = new ComboBox<>();
    public final ComboBox<DataChoice> datasetChoice = new ComboBox<>();
    final ToggleSwitch compareToggle = new ToggleSwitch("Compare batch sizes");
    final ToggleSwitch compareOptimizersToggle = new ToggleSwitch("Compare optimizers");
    final ToggleSwitch compareRatesToggle = new ToggleSwitch("Compare learning rates");
    public final LearningControls learning;
    final PlaybackControls playback;
    public final OptimizerControls optimizerControls;
    public final Readout readout = new Readout();
    private final ReadOnlyIntegerWrapper n = new ReadOnlyIntegerWrapper();
    private DataChoice current;

    /**
     * @param openCsv called when "Open CSV…" is chosen; it gets the entry to go back to if nothing is loaded
     */
    public ControlPanel(Experiment experiment, DataCatalog catalog, Consumer<DataChoice> openCsv) {
        getStyleClass().add("control-panel");
        setSpacing(7);
        setPadding(new Insets(10, 12, 10, 12));
        modelChoice.setId("modelChoice");
        datasetChoice.setId("datasetChoice");
        compareToggle.setId("compareToggle");

        modelChoice.getItems().addAll(Model.all());
        modelChoice.setCellFactory(v -> modelCell());
        modelChoice.setButtonCell(modelCell());
        modelChoice.setValue(experiment.modelProperty().get());
        modelChoice.setMaxWidth(Double.MAX_VALUE);
        modelChoice.valueProperty().addListener((o, a, m) -> experiment.selectModel(m));
        experiment.modelProperty().addListener((o, a, m) -> modelChoice.setValue(m));
        LearningControls.tip(modelChoice, "The neuron that learns: ŷ = w·x + b, or the sigmoid neuron ŷ = σ(w·x + b).\n"
                + "Either way two parameters, so the cost C(w, b) of Eq. (1) is a surface you can see.");

        datasetChoice.setItems(catalog.choices());
        datasetChoice.setMaxWidth(Double.MAX_VALUE);
        datasetChoice.setVisibleRowCount(12);
        current = catalog.choiceFor(experiment.datasetProperty().get());
        datasetChoice.setValue(current);
        datasetChoice.valueProperty().addListener((o, a, choice) -> {
            if (choice == null || choice == current) {
                return;
            }
            if (choice.isOpenAction()) {
                openCsv.accept(current);
            } else {
                current = choice;
                experiment.selectDataset(choice.data(), choice.presets());
            }
        });
        experiment.datasetProperty().addListener((o, a, d) -> {
            current = catalog.choiceFor(d);
            datasetChoice.setValue(current);
        });
        LearningControls.tip(datasetChoice, "The n training inputs (x, y) the cost of Eq. (1) averages over.");
        datasetChoice.setCellFactory(v -> dataCell());

        n.set(experiment.datasetProperty().get().size());
        experiment.datasetProperty().addListener((o, a, d) -> n.set(d.size()));
        learning = new LearningControls(experiment.learningRateProperty(), experiment.miniBatchSizeProperty(),
                n.getReadOnlyProperty());
        learning.showLimit(experiment.stabilityLimitProperty().get());
        experiment.stabilityLimitProperty().addListener((o, a, limit) -> learning.showLimit(limit));
        playback = new PlaybackControls(experiment);
        optimizerControls = new OptimizerControls(experiment.optimizers());

        compareToggle.selectedProperty().bindBidirectional(experiment.compareProperty());
        LearningControls.tip(compareToggle, "Run full-batch descent (m = n), mini-batch descent (m from the slider) and "
                + "pure stochastic descent (m = 1) side by side: same data, same start, same η, same shuffles (C).");

        compareRatesToggle.setId("compareRatesToggle");
        compareRatesToggle.selectedProperty().bindBidirectional(experiment.rates().compareRatesProperty());
        LearningControls.tip(compareRatesToggle, "Run three learning rates side by side: same data, same start, same m,"
                + " same shuffles. η₁ is the slider's; η₂ starts at a quarter of it and η₃ just under 2/λmax, where"
                + " full-batch descent would diverge (the sigmoid's: the limit at this point) (L).");

        compareOptimizersToggle.setId("compareOptimizersToggle");
        compareOptimizersToggle.selectedProperty().bindBidirectional(experiment.optimizers().compareOptimizersProperty());
        LearningControls.tip(compareOptimizersToggle, "Race up to four update rules (beyond chapter 1) side by side:"
                + " same data, same start, same η and m, same shuffles, each rule with the constants above.");

        getChildren().addAll(section("Model"), modelChoice, new ModelFitNotice(experiment), section("Data"), datasetChoice, new Separator(),
                learning, optimizerControls, new Separator(), playback, compareToggle,
                new BuiltWhenShown(experiment.compareProperty(), () -> new CompareLegend(experiment)),
                compareRatesToggle, new BuiltWhenShown(experiment.rates().compareRatesProperty(), () -> new RateLegend(experiment)),
                compareOptimizersToggle, new BuiltWhenShown(experiment.optimizers().compareOptimizersProperty(),
                        () -> new RaceLegend(experiment)), new Separator(), section("Now"), readout);
    }

    /** Goes back to {@code choice} in the list without loading anything (a file was not opened). */
    public void restoreDataChoice(DataChoice choice) {
        current = choice;
        datasetChoice.setValue(choice);
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static ListCell<Model> modelCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Model m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : m.displayName());
            }
        };
    }

    private static ListCell<DataChoice> dataCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(DataChoice c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.toString());
                setTooltip(empty || c == null ? null : new javafx.scene.control.Tooltip(c.description()));
            }
        };
    }

    /** Puts {@code node} at the end of the seed's row (the window's "Run K seeds" button). */
    public void addBesideSeed(javafx.scene.Node node) {
        playback.seedRow.getChildren().add(node);
    }
}
