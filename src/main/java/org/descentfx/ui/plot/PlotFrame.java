package org.descentfx.ui.plot;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The frame the canvas plots share: a plot rectangle inside margins that fit the tick labels,
 * data ranges on a linear x-axis and a linear or log₁₀ y-axis, the data → pixel mapping, and
 * the drawing of background, grid, ticks and axis titles. FX thread only (it measures text).
 */
public final class PlotFrame {
    public static final Color BACKGROUND = Color.web("#f7f8fa");
    public static final Color PLOT_AREA = Color.WHITE;
    public static final Color TEXT = Color.web("#2b2f33");
    public static final Color MUTED = Color.web("#6b747c");
    public static final Color GRID = Color.web("#e7eaee");
    static final Color MINOR_GRID = Color.web("#f2f4f6");
    static final Color AXIS = Color.web("#aab2ba");
    public static final Font FONT = Font.font("DejaVu Sans", 13);
    public static final Font TITLE_FONT = Font.font("DejaVu Sans", FontWeight.BOLD, 14);
    static final Font MESSAGE_FONT = Font.font("DejaVu Sans", 16);

    private static final double GAP = 8;
    private static final double TOP = 14;
    private static final double RIGHT = 22;

    private final Text measure = new Text();
    private final Map<Font, Map<String, Double>> textWidths = new HashMap<>();
    private double xMin = 0;
    private double xMax = 1;
    private double yMin = 0;
    private double yMax = 1;
    private boolean yLog;
    private double left;
    private double top;
    private double right;
    private double bottom;
    /** Pixels per data unit, set by {@link #layout}. */
    private double xScale = 1;
    private double yScale = 1;
    private double[] xTicks = new double[0];
    private double[] yTicks = new double[0];
    private double xStep = 1;
    private double yStep = 1;

    public void setX(double min, double max) {
        xMin = min;
        xMax = max > min ? max : min + 1;
    }

    /** For a log axis, min and max are the (positive) values at the bottom and top edges. */
    public void setY(double min, double max, boolean log) {
        yLog = log;
        yMin = log ? Math.log10(min) : min;
        double top = log ? Math.log10(max) : max;
        yMax = top > yMin ? top : yMin + 1;
    }

    /** Room under the plot for its tick labels and the x-axis title. */
    public double roomBelow() {
        return GAP + lineHeight(FONT) + GAP + lineHeight(TITLE_FONT) + GAP;
    }

    /** The least canvas height that holds a plot {@code plotHeight} high under {@code extraTop} with its margins whole. */
    public double heightFor(double plotHeight, double extraTop) {
        return TOP + extraTop + plotHeight + roomBelow();
    }

    /** Places the plot rectangle in a canvas of the given size and picks ticks that fit it. */
    public void layout(double width, double height, double extraTop) {
        top = TOP + extraTop;
        bottom = Math.max(top + 10, height - roomBelow());
        int yCount = Math.max(2, (int) ((bottom - top) / 46));
        if (yLog) {
            yTicks = NiceTicks.decades(Math.pow(10, yMin), Math.pow(10, yMax), yCount);
        } else {
            yStep = NiceTicks.step(yMin, yMax, yCount);
            yTicks = NiceTicks.ticks(yMin, yMax, yCount);
        }
        double labelWidth = 0;
        for (double t : yTicks) {
            labelWidth = Math.max(labelWidth, textWidth(yLabel(t), FONT));
        }
        left = GAP + lineHeight(TITLE_FONT) + GAP + labelWidth + GAP;
        right = Math.max(left + 10, width - RIGHT);
        int xCount = Math.max(2, (int) ((right - left) / 80));
        for (int attempt = 0; attempt < 4; attempt++) {
            xStep = NiceTicks.step(xMin, xMax, xCount);
            double widest = Math.max(textWidth(NiceTicks.format(xMin, xStep), FONT),
                    textWidth(NiceTicks.format(xMax, xStep), FONT));
            if ((widest + 28) * xCount <= right - left || xCount == 2) {
                break;
            }
            xCount--;
        }
        xTicks = NiceTicks.ticks(xMin, xMax, xCount);
        xScale = (right - left) / (xMax - xMin);
        yScale = (bottom - top) / (yMax - yMin);
    }

    public double px(double x) {
        return left + (x - xMin) * xScale;
    }

    /** The pixel row of y; NaN for y ≤ 0 on a log axis. */
    public double py(double y) {
        double v = yLog ? (y > 0 ? Math.log10(y) : Double.NaN) : y;
        return bottom - (v - yMin) * yScale;
    }

    public double left() {
        return left;
    }

    public double right() {
        return right;
    }

    public double top() {
        return top;
    }

    /**
     * Where rows of a legend above the plot may start: at the view's edge, not the plot's, since
     * above the plot the axis' labels take no room; a narrow view then needs fewer rows.
     */
    public double headerLeft() {
        return GAP;
    }

    /** Where rows of a legend above the plot end: at the view's right edge, less the gap. */
    public double headerRight() {
        return right + RIGHT - GAP;
    }

    public double bottom() {
        return bottom;
    }

    public double xMax() {
        return xMax;
    }

    /** Background, white plot area, grid, axes, tick labels and the two axis titles. */
    public void draw(GraphicsContext gc, double width, double height, String xTitle, String yTitle) {
        drawPlotArea(gc, width, height);
        drawMargins(gc, width, height, xTitle, yTitle);
    }

    /** Background, white plot area and grid: what a plot's lines are drawn over. */
    public void drawPlotArea(GraphicsContext gc, double width, double height) {
        gc.setFill(BACKGROUND);
        gc.fillRect(0, 0, width, height);
        gc.setFill(PLOT_AREA);
        gc.fillRect(left, top, right - left, bottom - top);
        if (yLog) {
            drawMinorDecades(gc);
        }
        gc.setFill(GRID);
        for (double t : xTicks) {
            column(gc, px(t), top, bottom);
        }
        for (double t : yTicks) {
            row(gc, py(t), left, right);
        }
    }

    /**
     * The margins around the plot rectangle, painted over whatever the plot's lines drew beyond
     * its edges, then the axes, tick labels and axis titles. This stands in for a clip to the plot
     * rectangle: a canvas clips through a mask, which cost the renderer more per frame than all
     * the lines (see docs/WINDOW-BENCHMARK.md).
     */
    public void drawMargins(GraphicsContext gc, double width, double height, String xTitle, String yTitle) {
        gc.setFill(BACKGROUND);
        gc.fillRect(0, 0, width, top);
        gc.fillRect(0, bottom, width, height - bottom);
        gc.fillRect(0, top, left, bottom - top);
        gc.fillRect(right, top, width - right, bottom - top);
        gc.setFill(AXIS);
        column(gc, left, top, bottom);
        row(gc, bottom, left, right);
        drawLabels(gc, xTitle, yTitle);
    }

    private void drawMinorDecades(GraphicsContext gc) {
        double decades = yMax - yMin;
        if ((bottom - top) / decades < 60) {
            return;
        }
        gc.setFill(MINOR_GRID);
        for (int k = (int) Math.floor(yMin); k < yMax; k++) {
            for (int m = 2; m <= 9; m++) {
                double v = Math.log10(m) + k;
                if (v > yMin && v < yMax) {
                    row(gc, py(Math.pow(10, v)), left, right);
                }
            }
        }
    }

    private void drawLabels(GraphicsContext gc, String xTitle, String yTitle) {
        gc.setFill(TEXT);
        gc.setFont(FONT);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        for (double t : yTicks) {
            gc.fillText(yLabel(t), left - GAP, py(t));
        }
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        for (double t : xTicks) {
            gc.fillText(NiceTicks.format(t, xStep), px(t), bottom + GAP);
        }
        gc.setFont(TITLE_FONT);
        gc.setFill(MUTED);
        gc.fillText(xTitle, (left + right) / 2, bottom + GAP + lineHeight(FONT) + GAP);
        gc.save();
        gc.translate(GAP, (top + bottom) / 2);
        gc.rotate(-90);
        gc.fillText(yTitle, 0, 0);
        gc.restore();
    }

    private String yLabel(double t) {
        return yLog ? NiceTicks.formatDecade(t) : NiceTicks.format(t, yStep);
    }

    /** A line of text in the middle of the plot area: an empty state, or what to do first. */
    public void drawMessage(GraphicsContext gc, String text) {
        gc.setFill(MUTED);
        gc.setFont(MESSAGE_FONT);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(text, (left + right) / 2, (top + bottom) / 2);
    }

    /** Text layout is slow next to a frame's budget, and the same labels come back every frame. */
    public double textWidth(String text, Font font) {
        Map<String, Double> widths = textWidths.computeIfAbsent(font, f -> new HashMap<>());
        if (widths.size() > 2000) {
            widths.clear();
        }
        return widths.computeIfAbsent(text, t -> {
            measure.setFont(font);
            measure.setText(t);
            return measure.getLayoutBounds().getWidth();
        });
    }

    double lineHeight(Font font) {
        return Math.ceil(font.getSize() * 1.25);
    }

    public static double crisp(double v) {
        return Math.floor(v) + 0.5;
    }

    /**
     * A crisp line one pixel wide down the pixel column of x, from y0 to y1, as a stroke of width
     * 1 with square ends would draw it. It is filled as a rectangle: the software renderer fills
     * one directly, where it rasterises a stroke as a shape (see docs/WINDOW-BENCHMARK.md).
     */
    static void column(GraphicsContext gc, double x, double y0, double y1) {
        gc.fillRect(Math.floor(x), y0 - 0.5, 1, y1 - y0 + 1);
    }

    /** The same across the pixel row of y, from x0 to x1. */
    static void row(GraphicsContext gc, double y, double x0, double x1) {
        gc.fillRect(x0 - 0.5, Math.floor(y), x1 - x0 + 1, 1);
    }
}
