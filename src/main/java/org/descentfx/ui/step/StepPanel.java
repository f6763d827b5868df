package org.descentfx.ui.step;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.descentfx.core.train.StepBreakdown;
import org.descentfx.ui.plot.Format;

/**
 * The step explained: the next mini-batch X, each example's ∂C_Xj/∂w and ∂C_Xj/∂b, their sums, η/m
 * and w → w′, b → b′ of Eq. (8)–(9) (Eq. (5)–(6) when m = n) with this step's numbers, and the
 * first-order check of Eq. (3): ∇C·Δv against the actual ΔC. Takes plain data ({@link #show}); holds
 * no logic beyond laying it out. FX thread only.
 */
public final class StepPanel extends TitledPane {
    /** Below this width the table and the formulas stack instead of standing side by side. */
    private static final double SIDE_BY_SIDE = 1250;
    /** The advance of one character of the table's monospace 12 px font (DejaVu Sans Mono). */
    private static final double CHAR_WIDTH = 7.3;

    private final Label heading = new Label();
    private final Label verdict = new Label();
    private final TableView<Example> table = new TableView<>();
    private final List<Equation> lines = new ArrayList<>();
    private final GridPane body = new GridPane();
    private final VBox formulas = new VBox(4);
    private final ReadOnlyObjectWrapper<StepBreakdown> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private boolean stacked;

    /**
     * One row of the table: the j-th example of X, as shown.
     *
     * @param dwNote why {@code dw} has more than four digits, as its tooltip says; empty when it has four
     */
    public record Example(int j, int index, String x, String y, String dw, String db, String dwNote, String dbNote) {
    }

    public StepPanel() {
        setId("stepPanel");
        setText("The step explained — Eq. (8)–(9) with this step's numbers");
        getStyleClass().add("step-panel");
        heading.getStyleClass().add("step-heading");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        verdict.getStyleClass().add("step-verdict");
        verdict.setWrapText(true);
        for (int i = 0; i < 8; i++) {
            Equation e = new Equation(14);
            lines.add(e);
            formulas.getChildren().add(e);
        }
        formulas.getChildren().add(verdict);
        buildTable();
        body.setHgap(16);
        body.setVgap(8);
        body.setPadding(new Insets(6, 10, 8, 10));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("step-scroll");
        VBox content = new VBox(4, heading, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        content.setPadding(new Insets(4, 0, 0, 0));
        setContent(content);
        arrange(false);
        widthProperty().addListener((o, a, w) -> arrange(w.doubleValue() < SIDE_BY_SIDE));
        showNothing("Press → (step one mini-batch) or Play: the next step's numbers appear here.");
    }

    private void buildTable() {
        table.setId("stepTable");
        table.getColumns().add(column("j", e -> Integer.toString(e.j()), 40));
        table.getColumns().add(column("X_j", e -> Integer.toString(e.index()), 56));
        table.getColumns().add(column("x", Example::x, 150));
        table.getColumns().add(column("y", Example::y, 150));
        table.getColumns().add(noted(column("∂C_Xj/∂w", Example::dw, 170), Example::dwNote));
        table.getColumns().add(noted(column("∂C_Xj/∂b", Example::db, 170), Example::dbNote));
        table.setFixedCellSize(22);
        table.setPrefHeight(22 * 7 + 28);
        table.setMinHeight(22 * 3 + 28);
        table.setPrefWidth(560);
        table.setPlaceholder(new Label("no mini-batch yet"));
    }

    private static TableColumn<Example, String> column(String title, java.util.function.Function<Example, String> text,
                                                       double width) {
        TableColumn<Example, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new javafx.beans.property.SimpleStringProperty(text.apply(f.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setReorderable(false);
        return c;
    }

    /** A column whose cells carry their note as a tooltip, where they have one. */
    private static TableColumn<Example, String> noted(TableColumn<Example, String> c,
                                                      java.util.function.Function<Example, String> note) {
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                Example e = empty || getTableRow() == null ? null : getTableRow().getItem();
                String why = e == null ? "" : note.apply(e);
                setTooltip(why.isEmpty() ? null : new Tooltip(why));
            }
        });
        return c;
    }

    /** Every column as wide as its longest cell, so no digit is cut off (monospace: width ∝ characters). */
    private void fitColumns() {
        double total = 0;
        for (TableColumn<Example, ?> c : table.getColumns()) {
            int longest = c.getText().length();
            for (Example e : table.getItems()) {
                longest = Math.max(longest, String.valueOf(c.getCellData(e)).length());
            }
            c.setPrefWidth(longest * CHAR_WIDTH + 18);
            total += c.getPrefWidth();
        }
        table.setPrefWidth(total + 18);
        table.setMinWidth(Region.USE_PREF_SIZE);
    }

    private void arrange(boolean stack) {
        stacked = stack;
        body.getChildren().clear();
        // stacked, the arithmetic comes first: the table is its detail, and scrolls into view below
        body.add(formulas, stack ? 0 : 1, 0);
        body.add(table, 0, stack ? 1 : 0);
        GridPane.setHgrow(formulas, Priority.ALWAYS);
    }

    /**
     * Shows {@code step} as the step after {@code stepsTaken} steps.
     *
     * @param n the number of examples, to say when the step is full-batch descent
     */
    public void show(StepBreakdown step, long stepsTaken, int n) {
        boolean full = step.fullBatch(n);
        StepNumbers shownNumbers = StepNumbers.of(step);
        heading.setText(String.format("Step %d, the next one: mini-batch X of m = %d of the n = %d examples%s,"
                        + " η = %s, from (w, b) = (%s, %s). Its examples are ringed in the data plot.",
                stepsTaken + 1, step.miniBatchSize(), n, full ? " (all of them: full-batch descent)" : "",
                shownNumbers.eta().text(), shownNumbers.w().text(), shownNumbers.b().text()));
        List<Example> rows = new ArrayList<>(step.miniBatchSize());
        for (int j = 0; j < step.miniBatchSize(); j++) {
            Shown dw = shownNumbers.dwCells().get(j);
            Shown db = shownNumbers.dbCells().get(j);
            rows.add(new Example(j + 1, step.batch()[j], Format.number(step.x()[j]), Format.number(step.y()[j]),
                    dw.text(), db.text(), StepNumbers.note(dw, shownNumbers.gw(), "(∇C_X)_w"),
                    StepNumbers.note(db, shownNumbers.gb(), "(∇C_X)_b")));
        }
        table.setItems(FXCollections.observableList(rows));
        fitColumns();
        List<String> tex = StepTeX.lines(shownNumbers, full);
        for (int i = 0; i < lines.size(); i++) {
            boolean used = i < tex.size();
            if (used) {
                lines.get(i).setTex(tex.get(i));
            }
            lines.get(i).setVisible(used);
            lines.get(i).setManaged(used);
        }
        verdict.setText(verdictText(step, shownNumbers.ratio()));
        verdict.getStyleClass().remove("raised");
        if (step.raisedCost()) {
            verdict.getStyleClass().add("raised");
        }
        shown.set(step);
    }

    /** The verdict on Eq. (3), with the ratio as the formula above it shows it. */
    private static String verdictText(StepBreakdown s, Shown ratio) {
        if (s.raisedCost()) {
            return "This step raises C. " + (s.predictedChange() > 0
                    ? "Eq. (3) saw it coming: the mini-batch's gradient points partly uphill for C, ∇C·Δv > 0."
                    : "Eq. (3) predicted a fall: η is too large for the first-order approximation here.");
        }
        String relation = ratio.exact() ? " = " : " ≈ ";
        if (ratio.value() == null) {
            return "ΔC / (∇C·Δv)" + relation + (ratio.text().equals("—") ? "undefined" : ratio.text())
                    + ": Eq. (3) predicts no change for this step.";
        }
        java.math.BigDecimal miss = ratio.value().subtract(java.math.BigDecimal.ONE).abs();
        return "ΔC / (∇C·Δv)" + relation + ratio.text() + (miss.doubleValue() < 0.05
                ? ": Eq. (3) holds well, η is small enough for this step."
                : ": the first-order picture misses by about " + Format.decimal(miss.movePointRight(2))
                        + " %: the valley curves within one step.");
    }

    /** Shows a sentence instead of a step (no point to step from, or a batch too large to list). */
    public void showNothing(String why) {
        heading.setText(why);
        table.setItems(FXCollections.observableArrayList());
        lines.forEach(e -> {
            e.setVisible(false);
            e.setManaged(false);
        });
        verdict.setText("");
        shown.set(null);
    }

    /** The step on screen, or null. */
    public ReadOnlyObjectWrapper<StepBreakdown> shownProperty() {
        return shown;
    }

    /**
     * What is on screen, as text: the heading, each typeset line's TeX source, the table's cells row by
     * row, the tooltip of each ∂C_Xj/∂w and ∂C_Xj/∂b cell row by row ("notes"; empty where it has none),
     * and the verdict on Eq. (3).
     * The numbers in it are exactly the ones drawn.
     */
    public Map<String, List<String>> onScreen() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put("heading", List.of(heading.getText()));
        out.put("formulas", lines.stream().filter(Equation::isVisible).map(Equation::tex).toList());
        List<String> cells = new ArrayList<>();
        for (Example e : table.getItems()) {
            for (TableColumn<Example, ?> c : table.getColumns()) {
                cells.add(String.valueOf(c.getCellData(e)));
            }
        }
        out.put("table", cells);
        List<String> notes = new ArrayList<>();
        for (Example e : table.getItems()) {
            notes.add(e.dwNote());
            notes.add(e.dbNote());
        }
        out.put("notes", notes);
        out.put("verdict", List.of(verdict.getText()));
        return out;
    }

    boolean stacked() {
        return stacked;
    }
}
