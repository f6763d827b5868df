package org.descentfx.ui.export;

import java.util.Locale;

/**
 * What a figure shows: the map, the cost chart, the data plot, or all three side by side as in
 * the window. Each has the size, in layout pixels, at which its text and lines look as on screen.
 */
public enum FigureView {
    MAP(760, 600),
    CHART(800, 450),
    DATA(760, 560),
    ALL(1280, 800);

    private final double naturalWidth;
    private final double naturalHeight;

    FigureView(double naturalWidth, double naturalHeight) {
        this.naturalWidth = naturalWidth;
        this.naturalHeight = naturalHeight;
    }

    /** The name on the command line and in the export dialog: {@code map}, {@code chart}, … */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The scale of text and lines for a picture of width × height pixels: how many times its
     * natural size fits, at least 1, at most 4. A 1600 × 1000 picture of all views gets 1.25.
     */
    public double scaleFor(int width, int height) {
        double fits = Math.min(width / naturalWidth, height / naturalHeight);
        return Math.max(1, Math.min(4, fits));
    }

    @Override
    public String toString() {
        return switch (this) {
            case MAP -> "cost map";
            case CHART -> "cost chart";
            case DATA -> "data and fit";
            case ALL -> "all (map, data and chart)";
        };
    }
}
