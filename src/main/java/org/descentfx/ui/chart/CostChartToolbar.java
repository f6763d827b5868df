package org.descentfx.ui.chart;

import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.controlsfx.control.SegmentedButton;
import org.descentfx.ui.chart.CostChartView.XAxisMode;
import org.descentfx.ui.plot.HoverTip;

/** The cost chart's controls: x-axis mode and log scale, bound both ways to the chart's properties. */
final class CostChartToolbar {
    static final String STEPS_TIP = "x-axis: one step = one mini-batch, Eq. (8)–(9)";
    static final String EPOCHS_TIP = "epochs: one pass over all n training inputs";
    static final String EXAMPLES_TIP = "examples seen: each step adds m, each epoch adds n";
    static final String FIRST_ORDER_TIP = "The first-order check of Eq. (3), per step: the decrease −∇C·Δv it predicts "
            + "for the step taken against the decrease −ΔC that happened (last 2048 steps). At small η they agree; near "
            + "the limit 2/λmax they part; ▲ marks a step that raised C (mini-batch steps can; full-batch steps below "
            + "the limit do not; where they crowd, one ▲ stands for the rises within 10 px).";
    static final String LOG_TIP = "log scale: see the cost keep falling when it is already small";

    private static final String FULL_WIDTH = "descentfx.fullWidth";

    private CostChartToolbar() {
    }

    static HBox build(CostChartView chart) {
        ToggleButton steps = toggle("steps", XAxisMode.STEPS, STEPS_TIP);
        ToggleButton epochs = toggle("epochs", XAxisMode.EPOCHS, EPOCHS_TIP);
        ToggleButton examples = toggle("examples", XAxisMode.EXAMPLES, EXAMPLES_TIP);
        SegmentedButton axis = new SegmentedButton(steps, epochs, examples);
        axis.setId("costChartXAxis");
        var group = axis.getToggleGroup();
        // the skin joins the buttons to the group only once shown; join now so the binding works before
        axis.getButtons().forEach(b -> b.setToggleGroup(group));
        select(axis, chart.xAxisModeProperty().get());
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                // a segmented choice always has one segment on: clicking the selected one keeps it
                group.selectToggle(old);
            } else {
                chart.xAxisModeProperty().set((XAxisMode) now.getUserData());
            }
        });
        chart.xAxisModeProperty().addListener((obs, old, mode) -> select(axis, mode));

        CheckBox log = new CheckBox("log scale");
        log.setId("costChartLogScale");
        HoverTip.install(log, LOG_TIP);
        log.selectedProperty().bindBidirectional(chart.logScaleProperty());

        CheckBox firstOrder = new CheckBox("Eq. (3) check");
        firstOrder.setId("costChartFirstOrder");
        HoverTip.install(firstOrder, FIRST_ORDER_TIP);
        firstOrder.selectedProperty().bindBidirectional(chart.firstOrderProperty());

        HBox bar = new HBox(14, axis, log, firstOrder);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("cost-chart-toolbar");
        bar.setMinWidth(0);
        for (ToggleButton b : new ToggleButton[] {steps, epochs, examples}) {
            b.setMinWidth(Region.USE_PREF_SIZE); // a label is shortened on purpose, never cut to "st…"
        }
        log.setMinWidth(Region.USE_PREF_SIZE);
        firstOrder.setMinWidth(Region.USE_PREF_SIZE); // never cut to "." (presentation mode at 1024 × 768)
        bar.widthProperty().addListener((o, a, w) -> fit(bar, w.doubleValue(), steps, epochs, examples, log, firstOrder));
        return bar;
    }

    /** Full labels where they fit, else short ones ("step", "epoch", "ex.", "log"); the tooltips say the rest. */
    private static void fit(HBox bar, double width, ToggleButton steps, ToggleButton epochs, ToggleButton examples,
                            CheckBox log, CheckBox firstOrder) {
        boolean compact = "ex.".equals(examples.getText());
        if (!compact) {
            double full = bar.prefWidth(-1);
            if (width + 0.5 < full) {
                bar.getProperties().put(FULL_WIDTH, full);
                label(steps, epochs, examples, log, "step", "epoch", "ex.", "log");
                firstOrder.setText("Eq. (3)");
                // short, the bar needs its whole width: a window too small for it lays out (or scales) smaller
                bar.setMinWidth(bar.prefWidth(-1));
            }
        } else if (width >= (double) bar.getProperties().getOrDefault(FULL_WIDTH, Double.MAX_VALUE)) {
            label(steps, epochs, examples, log, "steps", "epochs", "examples", "log scale");
            firstOrder.setText("Eq. (3) check");
            bar.setMinWidth(0);
        }
    }

    private static void label(ToggleButton steps, ToggleButton epochs, ToggleButton examples, CheckBox log,
                              String s, String ep, String ex, String l) {
        steps.setText(s);
        epochs.setText(ep);
        examples.setText(ex);
        log.setText(l);
    }

    private static ToggleButton toggle(String text, XAxisMode mode, String tip) {
        ToggleButton b = new ToggleButton(text);
        b.setUserData(mode);
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    private static void select(SegmentedButton axis, XAxisMode mode) {
        for (Toggle t : axis.getButtons()) {
            if (t.getUserData() == mode && !t.isSelected()) {
                axis.getToggleGroup().selectToggle(t);
            }
        }
    }
}
