package org.descentfx.ui.export;

import java.io.File;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Dimension2D;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The questions the exports ask before they write: what to draw and how large, which layout, which file. */
public final class ExportDialogs {
    /** What the learner asked a figure to be. */
    record FigureRequest(FigureView view, int width, int height, double scale) {
    }

    /** How the runs of a CSV export are laid out. */
    public enum CsvLayout {
        PER_RUN("One file per run (NAME-minibatch.csv, NAME-fullbatch.csv, …)"),
        ONE_FILE("One file, with a first column “run”"),
        EVERY_BRANCH("Every branch in one file, with first columns “branch” and “run”");

        private final String text;

        CsvLayout(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private ExportDialogs() {
    }

    /**
     * Which view, its size in pixels (2× its size on screen at first, for slides) and the scale of
     * text and lines (2×, so the picture looks like the screen, only sharper).
     */
    static Optional<FigureRequest> askFigure(Window owner, Function<FigureView, Dimension2D> onScreen) {
        ChoiceBox<FigureView> view = new ChoiceBox<>();
        view.getItems().addAll(FigureView.values());
        view.setValue(FigureView.ALL);
        view.setId("figureViewChoice");
        Spinner<Integer> width = pixels("figureWidth");
        Spinner<Integer> height = pixels("figureHeight");
        Spinner<Double> scale = new Spinner<>(1.0, 4.0, 2.0, 0.25);
        scale.setEditable(true);
        view.valueProperty().addListener((o, a, v) -> showDoubled(onScreen.apply(v), width, height));
        showDoubled(onScreen.apply(view.getValue()), width, height);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(16));
        grid.addRow(0, new Label("View"), view);
        grid.addRow(1, new Label("Width (pixels)"), width);
        grid.addRow(2, new Label("Height (pixels)"), height);
        grid.addRow(3, new Label("Text and lines"), scale, new Label("× their size on screen"));

        Dialog<FigureRequest> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export figure");
        dialog.setHeaderText("Draw a view into a PNG picture");
        dialog.getDialogPane().setId("exportFigureDialog");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button != ButtonType.OK ? null
                : new FigureRequest(view.getValue(), width.getValue(), height.getValue(), scale.getValue()));
        return dialog.showAndWait();
    }

    static Optional<CsvLayout> askCsvLayout(Window owner, int runs, int branches) {
        List<CsvLayout> layouts = branches > 1 ? List.of(CsvLayout.values())
                : List.of(CsvLayout.PER_RUN, CsvLayout.ONE_FILE);
        ChoiceDialog<CsvLayout> dialog = new ChoiceDialog<>(CsvLayout.PER_RUN, layouts);
        dialog.initOwner(owner);
        dialog.setTitle("Export CSV");
        dialog.setHeaderText("Every step of " + (runs == 1 ? "the run" : "the " + runs + " runs")
                + " as train writes it: step, epoch, w, b, batch_cost, cost"
                + (branches > 1 ? "\nof the branch shown, or of all " + branches + " branches" : ""));
        dialog.setContentText("Layout");
        dialog.getDialogPane().setId("exportCsvDialog");
        return dialog.showAndWait();
    }

    /** A save dialog for one file; null when the learner cancelled. */
    static File askFile(Window owner, String title, String suggested, String kind, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggested);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        return chooser.showSaveDialog(owner);
    }

    static Alert alert(Window owner, Alert.AlertType type, String title, String header, String text) {
        Alert alert = new Alert(type, text);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setMinWidth(520);
        alert.show();
        return alert;
    }

    private static Spinner<Integer> pixels(String id) {
        Spinner<Integer> spinner = new Spinner<>(16, 8192, 1600, 100);
        spinner.setEditable(true);
        spinner.setId(id);
        return spinner;
    }

    private static void showDoubled(Dimension2D size, Spinner<Integer> width, Spinner<Integer> height) {
        width.getValueFactory().setValue((int) Math.round(2 * size.getWidth()));
        height.getValueFactory().setValue((int) Math.round(2 * size.getHeight()));
    }
}
