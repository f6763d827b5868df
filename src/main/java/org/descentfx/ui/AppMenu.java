package org.descentfx.ui;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.descentfx.ui.experiment.Experiment;

/** The menu bar: every action of the window, with its key. */
final class AppMenu {
    private final WindowActions actions;

    AppMenu(WindowActions actions) {
        this.actions = actions;
    }

    MenuBar bar() {
        Experiment experiment = actions.experiment();
        MenuItem open = item("Open CSV…", "Shortcut+O", actions.openCsv());
        MenuItem figure = item("Export figure…", "Shortcut+E", actions.exportFigure());
        MenuItem csv = item("Export CSV…", "Shortcut+Shift+E", actions.exportCsv());
        csv.disableProperty().bind(actions.exportingCsv());
        MenuItem quit = item("Quit", "Shortcut+Q", Platform::exit);
        Menu file = new Menu("File", null, open, new SeparatorMenuItem(),
                item("Open session…", "Shortcut+Shift+O", actions.openSession()), actions.recentSessions().get(),
                item("Save session…", "Shortcut+S", actions.saveSession()),
                new SeparatorMenuItem(), figure, csv, new SeparatorMenuItem(), quit);

        MenuItem undo = item("Undo the change of start, data or model", "Shortcut+Z", experiment::undo);
        undo.disableProperty().bind(experiment.canUndoProperty().not());
        Menu edit = new Menu("Edit", null, undo);

        Menu train = new Menu("Train", null,
                item("Play / Pause\tSpace", null, experiment::togglePlay),
                item("Step one mini-batch\t→", null, experiment::stepMiniBatch),
                item("Step one epoch\t⇧→", null, experiment::stepEpoch),
                item("Step back one mini-batch\t←", null, experiment::stepBack),
                item("Back to the start of the epoch\t⇧←", null, experiment::stepBackEpoch),
                item("Fork here: a new branch from this step\tCtrl+K", null, experiment::fork),
                item("Reset\tR", null, experiment::reset),
                new SeparatorMenuItem(), seedFanItem());

        CheckMenuItem compare = new CheckMenuItem("Compare full batch and stochastic\tC");
        compare.selectedProperty().bindBidirectional(experiment.compareProperty());
        CheckMenuItem compareRates = new CheckMenuItem("Compare learning rates\tL");
        compareRates.selectedProperty().bindBidirectional(experiment.rates().compareRatesProperty());
        CheckMenuItem log = new CheckMenuItem("Log-scale cost chart");
        log.selectedProperty().bindBidirectional(actions.logScale());
        CheckMenuItem valley = new CheckMenuItem("3D valley\tV");
        valley.setOnAction(e -> actions.showValley().accept(valley.isSelected()));
        valley.setOnMenuValidation(e -> valley.setSelected(actions.valleyShown().getAsBoolean()));
        CheckMenuItem batchValley = new CheckMenuItem("Show the mini-batch's valley\tB");
        batchValley.setId("batchValleyMenuItem");
        batchValley.selectedProperty().bindBidirectional(actions.batchValley());
        CheckMenuItem presentation = new CheckMenuItem("Presentation");
        presentation.setAccelerator(KeyCombination.keyCombination("F5"));
        presentation.selectedProperty().bindBidirectional(actions.presentation());
        CheckMenuItem side = new CheckMenuItem("Side panel");
        side.setAccelerator(KeyCombination.keyCombination("F9"));
        side.selectedProperty().bindBidirectional(actions.sidePanel());
        Menu view = new Menu("View", null, item("Fit the valley\tF", null, experiment::fit), valley, batchValley, compare,
                compareRates, log,
                new SeparatorMenuItem(), presentation, side, item("Full screen", "F11", actions.fullScreen()));
        view.setOnShowing(e -> valley.setSelected(actions.valleyShown().getAsBoolean()));

        Menu help = new Menu("Help", null, item("Keyboard shortcuts", "F1", this::showShortcuts),
                item("About DescentFX", null, this::showAbout));
        return new MenuBar(file, edit, train, view, help);
    }

    /** Train → Run K seeds…: K descents with the seeds 1 … K drawn faint over the map (key K). */
    private MenuItem seedFanItem() {
        MenuItem fan = item("Run K seeds…\tK", null, actions.seedFan().ask());
        fan.setId("seedFanMenuItem");
        return fan;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private void showShortcuts() {
        info("Keyboard shortcuts", String.join("\n",
                "Space\tplay / pause",
                "→\tone mini-batch (one step of Eq. (8)–(9))",
                "Shift+→\tfinish the epoch under way",
                "←\tone mini-batch back, exactly as it was",
                "Ctrl+K\tfork here: a new branch from the step shown (the old one stays as a ghost)",
                "R\treset to the start",
                "F\tframe the valley's floor and the start",
                "C\tcompare full batch, mini-batch and stochastic",
                "L\tcompare learning rates: the slider's η, a quarter of it, one just under 2/λmax",
                "V\tswitch between the contour map and the 3D valley",
                "K\trun K seeds: a fan of SGD descents, one per shuffle seed (Escape clears it)",
                "B\tshow the next mini-batch's own valley C_X over the map",
                "Ctrl+Z\tundo a change of start, data or model",
                "Ctrl+O\topen a CSV file of x, y",
                "Ctrl+S / Ctrl+Shift+O\tsave / open a session",
                "Ctrl+E\texport a figure as PNG",
                "Ctrl+Shift+E\texport every step as CSV",
                "",
                "",
                "The keys act wherever the focus is, except in a text field: there Enter applies, Escape",
                "keeps the value in force, Tab moves on. A slider takes the arrow keys only when reached with Tab.",
                "",
                "On the map: drag the start marker ◇ or Shift+click to move the start, scroll to zoom,",
                "drag to pan, double-click to fit."));
    }

    private void showAbout() {
        info("About DescentFX", "DescentFX shows how one neuron learns by gradient descent.\n\n"
                + "The cost is the quadratic cost of Eq. (1), C = 1/(2n) Σ (y − ŷ)²; each step is the update of "
                + "Eq. (8)–(9), w → w − (η/m) Σ ∂C_X/∂w, on a mini-batch of m training inputs.");
    }

    private void info(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.initOwner(actions.owner().get());
        alert.show();
    }
}
