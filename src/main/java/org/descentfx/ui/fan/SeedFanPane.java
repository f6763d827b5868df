package org.descentfx.ui.fan;

import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.descentfx.engine.SeedFan;
import org.descentfx.engine.Valleys;
import org.descentfx.ui.plot.Format;
import org.descentfx.ui.plot.HoverTip;
import org.descentfx.ui.plot.NiceTicks;
import org.descentfx.ui.plot.RunColors;
import org.descentfx.ui.plot.SharpCanvas;

/**
 * Beside the cost chart, the spread of a fan of seeds: a histogram of the final C of Eq. (1) over the
 * seeds, with the full-batch descent's final C (one path, no spread) as a dashed line across it, and
 * where C has two valleys how many seeds ended in the deeper one. Hidden while there is no fan.
 * FX thread only.
 */
public final class SeedFanPane extends VBox {
    private static final Font TICK_FONT = Font.font("DejaVu Sans", 12);
    private static final Color BAR = Color.web("#e4002b", 0.55);
    private static final Color INK = Color.web("#222222");

    private final Label title = new Label();
    private final Label valleys = new Label();
    private final Label fullBatch = new Label();
    private final Label spread = new Label();
    private final SharpCanvas canvas = new SharpCanvas();
    private final Pane plot = new Pane(canvas);
    private SeedFan.Result fan;

    /** @param clear takes the fan away (the pane's Clear button, like Escape) */
    public SeedFanPane(Runnable clear) {
        super(6);
        setId("seedFanPane");
        getStyleClass().add("seed-fan");
        setPadding(new Insets(6, 8, 6, 8));
        setPrefWidth(200);
        setMinWidth(180);
        setMaxWidth(240);
        title.setId("seedFanTitle");
        title.setWrapText(true);
        title.setStyle("-fx-font-weight: bold;");
        valleys.setId("seedFanEscaped");
        valleys.setWrapText(true);
        valleys.setStyle("-fx-font-weight: bold; -fx-font-size: 1.15em;");
        fullBatch.setId("seedFanFullBatch");
        fullBatch.setWrapText(true);
        spread.setId("seedFanSpread");
        spread.setWrapText(true);
        Button clearButton = new Button("Clear the fan (Esc)");
        clearButton.setId("seedFanClear");
        clearButton.setFocusTraversable(false);
        HoverTip.install(clearButton, "Takes the fan of seeds off the map and this strip (Escape)");
        clearButton.setOnAction(e -> clear.run());
        HoverTip.install(plot, "How many seeds ended at each final C: SGD as a random process."
                + "\nThe dashed line is full-batch descent, which no seed changes.");
        plot.setMinHeight(90);
        VBox.setVgrow(plot, Priority.ALWAYS);
        plot.widthProperty().addListener(o -> paint());
        plot.heightProperty().addListener(o -> paint());
        canvas.setOnDensity(this::paint);
        for (Label l : new Label[] {title, valleys, spread, fullBatch}) {
            l.setMaxWidth(Double.MAX_VALUE);
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        getChildren().addAll(title, plot, valleys, spread, fullBatch, clearButton);
        show(null);
    }

    /** Shows this fan, or hides the pane for null. */
    public void show(SeedFan.Result result) {
        fan = result;
        setVisible(result != null);
        setManaged(result != null);
        if (result == null) {
            return;
        }
        SeedFan.Setup s = result.setup();
        title.setText("Final C of " + s.seeds() + " seeds × " + s.epochs() + (s.epochs() == 1 ? " epoch" : " epochs")
                + "\nm = " + s.miniBatchSize() + ", η = " + Format.number(s.hyperparameters().learningRate()));
        Valleys v = result.valleys();
        valleys.setText(v == null ? "" : v.summary());
        valleys.setVisible(v != null);
        valleys.setManaged(v != null);
        spread.setText(spreadText(result));
        fullBatch.setText("full batch (one path, no spread): C = " + Format.number(result.fullBatch().cost()));
        paint();
    }

    /** "seeds: C 0.012 to 0.087, 2 diverged". */
    static String spreadText(SeedFan.Result result) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        long diverged = result.seeds().stream().filter(SeedFan.Descent::diverged).count();
        for (SeedFan.Descent d : result.seeds()) {
            if (!d.diverged() && Double.isFinite(d.cost())) {
                lo = Math.min(lo, d.cost());
                hi = Math.max(hi, d.cost());
            }
        }
        String range = lo <= hi ? "seeds: C " + Format.number(lo) + " to " + Format.number(hi) : "every seed diverged";
        return diverged > 0 && lo <= hi ? range + ", " + diverged + " diverged" : range;
    }

    /** The histogram: final C upwards, seeds per bin to the right, the full-batch C dashed across. */
    private void paint() {
        double w = Math.floor(plot.getWidth());
        double h = Math.floor(plot.getHeight());
        canvas.size(w, h);
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, w, h);
        if (fan == null || w < 40 || h < 40) {
            return;
        }
        double full = fan.fullBatch().cost();
        FanHistogram hist = FanHistogram.of(fan.finalCosts(), full);
        double left = yAxisWidth(hist);
        double top = 8;
        double bottom = h - 20;
        double right = w - 6;
        gc.setFill(Color.WHITE);
        gc.fillRect(left, top, right - left, bottom - top);
        gc.setStroke(Color.web("#999999"));
        gc.setLineWidth(1);
        gc.strokeRect(left + 0.5, top + 0.5, right - left - 1, bottom - top - 1);
        int bins = hist.counts().length;
        double binHeight = (bottom - top) / bins;
        int most = Math.max(1, hist.most());
        gc.setFill(BAR);
        for (int k = 0; k < bins; k++) {
            double y = bottom - (k + 1) * binHeight;
            double len = (right - left - 4) * hist.counts()[k] / most;
            gc.fillRect(left + 1, y + 1, len, Math.max(1, binHeight - 2));
        }
        ticks(gc, hist, left, top, bottom);
        gc.setFont(TICK_FONT);
        gc.setFill(INK);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText("seeds (most: " + hist.most() + ")", (left + right) / 2, bottom + 3);
        if (Double.isFinite(full)) {
            double y = bottom - (full - hist.low()) / (hist.high() - hist.low()) * (bottom - top);
            gc.setStroke(RunColors.FULL_BATCH);
            gc.setLineWidth(2);
            gc.setLineDashes(6, 4);
            gc.strokeLine(left, y, right, y);
            gc.setLineDashes();
            gc.setFill(RunColors.FULL_BATCH);
            gc.setTextAlign(TextAlignment.RIGHT);
            boolean below = y - top < 16;
            gc.setTextBaseline(below ? VPos.TOP : VPos.BOTTOM);
            gc.fillText("full batch", right - 3, below ? y + 2 : y - 2);
        }
    }

    /** The rotated title "final C" is centred on this x: it spans half a line either side. */
    private static final double TITLE_X = 11;
    /** Between the title's edge and the widest tick label, and between a label and its tick's end. */
    private static final double GAP = 6;

    /** Where the plot starts: right of the title, a gap, the widest tick label, a gap and the tick. */
    static double yAxisWidth(FanHistogram hist) {
        double[] ticks = NiceTicks.ticks(hist.low(), hist.high(), 4);
        double step = ticks.length > 1 ? ticks[1] - ticks[0] : hist.high() - hist.low();
        double widest = 0;
        for (double t : ticks) {
            widest = Math.max(widest, textWidth(NiceTicks.format(t, step)));
        }
        return titleRight() + GAP + widest + GAP;
    }

    /** The right edge of the rotated title. */
    static double titleRight() {
        javafx.scene.text.Text probe = new javafx.scene.text.Text("final C");
        probe.setFont(TICK_FONT);
        return TITLE_X + probe.getLayoutBounds().getHeight() / 2;
    }

    static double textWidth(String text) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text(text);
        probe.setFont(TICK_FONT);
        return probe.getLayoutBounds().getWidth();
    }

    private static void ticks(GraphicsContext gc, FanHistogram hist, double left, double top, double bottom) {
        double[] ticks = NiceTicks.ticks(hist.low(), hist.high(), 4);
        double step = ticks.length > 1 ? ticks[1] - ticks[0] : hist.high() - hist.low();
        gc.setFont(TICK_FONT);
        gc.setFill(INK);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        gc.setStroke(INK);
        gc.setLineWidth(1);
        for (double t : ticks) {
            double y = bottom - (t - hist.low()) / (hist.high() - hist.low()) * (bottom - top);
            if (y < top - 0.5 || y > bottom + 0.5) {
                continue;
            }
            gc.strokeLine(left - 4, y, left, y);
            gc.fillText(NiceTicks.format(t, step), left - GAP, y);
        }
        gc.save();
        gc.translate(TITLE_X, (top + bottom) / 2);
        gc.rotate(-90);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.fillText("final C", 0, 0);
        gc.restore();
    }
}
