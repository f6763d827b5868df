package org.descentfx.ui;

import javafx.beans.property.BooleanProperty;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Presentation mode (View → Presentation, F5): the whole window drawn {@value #SCALE}× larger —
 * text, lines and markers, the canvases' pictures with them, as one scale of the content — and in
 * high contrast (style class {@code presentation}), to be read from the back of a room at
 * 1280 × 720. The content is laid out in the window's size divided by the scale, so nothing
 * leaves the screen; the side panel can fold away to give the pictures room (F9).
 */
final class Presentation extends Pane {
    static final double SCALE = 1.6;
    private static final String STYLE = "presentation";

    private final Region content;
    private final Scale zoom = new Scale(1, 1, 0, 0);

    /** Shows {@code content}, scaled while {@code on} holds. */
    Presentation(Region content, BooleanProperty on) {
        this.content = content;
        getChildren().add(content);
        content.getTransforms().add(zoom);
        on.addListener((o, was, now) -> apply(now));
        apply(on.get());
    }

    private void apply(boolean on) {
        double s = on ? SCALE : 1;
        zoom.setX(s);
        zoom.setY(s);
        content.getStyleClass().remove(STYLE);
        if (on) {
            content.getStyleClass().add(STYLE);
        }
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double s = zoom.getX();
        content.resizeRelocate(0, 0, getWidth() / s, getHeight() / s);
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
