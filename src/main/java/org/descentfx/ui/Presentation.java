package org.descentfx.ui;

import javafx.beans.property.BooleanProperty;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Presentation mode (View → Presentation, F5): the whole window drawn {@value #SCALE}× larger —
 * text, lines and markers, the canvases' pictures with them, as one scale of the content (each
 * canvas a {@link org.descentfx.ui.plot.SharpCanvas}, with the pixels it covers, so it stays crisp) — and in
 * high contrast (style class {@code presentation}), to be read from the back of a room at
 * 1280 × 720. The content is laid out in the window's size divided by the scale, so nothing
 * leaves the screen; where its minimum size would not fit so, the scale is smaller
 * ({@link #scaleFor}). The side panel can fold away to give the pictures room (F9).
 */
final class Presentation extends Pane {
    static final double SCALE = 1.6;
    private static final String STYLE = "presentation";

    private final Region content;
    private final Scale zoom = new Scale(1, 1, 0, 0);
    private boolean on;

    /** Shows {@code content}, scaled while {@code on} holds. */
    Presentation(Region content, BooleanProperty on) {
        this.content = content;
        getChildren().add(content);
        content.getTransforms().add(zoom);
        on.addListener((o, was, now) -> apply(now));
        apply(on.get());
    }

    private void apply(boolean on) {
        this.on = on;
        content.getStyleClass().remove(STYLE);
        if (on) {
            content.getStyleClass().add(STYLE);
        }
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double s = on ? scaleFor(w, h, content.minWidth(-1), content.minHeight(-1)) : 1;
        zoom(s); // before the layout: the canvases take their pixels from it (SharpCanvas)
        content.resizeRelocate(0, 0, w / s, h / s);
        if (on) {
            // a pane may still be given more than its minimum (a border pane's centre is): measured, it shrinks the scale
            content.layout();
            double over = overflow();
            if (over > 1) {
                s = Math.max(1, s / over);
                zoom(s);
                content.resizeRelocate(0, 0, w / s, h / s);
            }
        }
    }

    private void zoom(double s) {
        if (zoom.getX() != s) {
            zoom.setX(s);
            zoom.setY(s);
        }
    }

    /** How far the content's children reach beyond its size, as a ratio (1 or less: they fit). */
    private double overflow() {
        double right = 0;
        double bottom = 0;
        for (javafx.scene.Node n : content.getChildrenUnmodifiable()) {
            if (n.isManaged() && n.isVisible()) {
                right = Math.max(right, n.getBoundsInParent().getMaxX());
                bottom = Math.max(bottom, n.getBoundsInParent().getMaxY());
            }
        }
        return Math.max(right / content.getWidth(), bottom / content.getHeight());
    }

    /**
     * {@value #SCALE}, or less where the content's minimum size would not fit the window at that
     * scale (at 1024 × 768 the views and the step panel were cut off at the bottom and the right),
     * never below 1.
     */
    static double scaleFor(double width, double height, double minWidth, double minHeight) {
        double fit = Math.min(minWidth > 0 ? width / minWidth : SCALE, minHeight > 0 ? height / minHeight : SCALE);
        return Math.max(1, Math.min(SCALE, fit));
    }

    @Override
    protected double computePrefWidth(double height) {
        return content.prefWidth(-1) * zoom.getX();
    }

    @Override
    protected double computePrefHeight(double width) {
        return content.prefHeight(-1) * zoom.getY();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0; // the content's own minimum is held in its scaled size; the window's minimum is the stage's
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }
}
