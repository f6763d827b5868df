package org.descentfx.ui.map;

import javafx.animation.PauseTransition;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.util.Duration;
import org.descentfx.core.surface.Window;
import org.descentfx.core.train.Point;

/**
 * The mouse on the map: the wheel zooms about the pointer, a drag pans, dragging the start marker
 * or a Shift+click moves the start, a double-click frames the valley, and hovering reads out
 * (w, b, C). Moving the start throws the runs away, so a plain click never does. FX thread only.
 */
final class MapInteraction {
    static final double ZOOM_PER_NOTCH = 1.15;
    static final double DRAG_THRESHOLD = 3;
    /** How near the start marker, in pixels, a press grabs it. */
    static final double GRAB_RADIUS = 10;
    /**
     * JavaFX's deltaY for one notch of a wheel. Touchpads send many small deltas; they zoom
     * smoothly in proportion, and one event never counts for more than a few notches.
     */
    private static final double PIXELS_PER_NOTCH = 40;
    private static final double MAX_NOTCHES = 3;
    /**
     * A Shift+click waits this long for a second one, so a Shift+double-click (fit) does not first
     * move the start and restart the runs; most double-clicks take 100–250 ms.
     */
    static final Duration DOUBLE_CLICK_WAIT = Duration.millis(300);

    private final CostMapView view;
    private final PauseTransition pendingClick = new PauseTransition(DOUBLE_CLICK_WAIT);
    private Point clickedAt;
    private Window pressWindow;
    private double pressX;
    private double pressY;
    private boolean dragging;
    /** True from a press on the start marker until its release: the drag moves the start, not the window. */
    private boolean grabbedStart;

    MapInteraction(CostMapView view, Node target) {
        this.view = view;
        target.setCursor(Cursor.CROSSHAIR);
        target.setOnMousePressed(this::pressed);
        target.setOnMouseDragged(e -> {
            dragged(e);
            hover(e);
        });
        target.setOnMouseReleased(e -> {
            released(e);
            target.setCursor(Cursor.CROSSHAIR);
        });
        target.setOnMouseClicked(this::clicked);
        target.setOnScroll(this::scrolled);
        target.setOnMouseMoved(this::hover);
        target.setOnMouseExited(e -> view.hover(null));
        pendingClick.setOnFinished(e -> view.chooseStart(clickedAt));
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pressWindow = view.getWindow();
        pressX = e.getX();
        pressY = e.getY();
        dragging = false;
        Point start = view.start();
        grabbedStart = start != null && pressWindow != null
                && view.toPixel(start).distance(pressX, pressY) <= GRAB_RADIUS;
    }

    /** A start marker dropped inside the map moves the start there; dropped outside, it goes back. */
    private void released(MouseEvent e) {
        if (!grabbedStart) {
            return;
        }
        grabbedStart = false;
        if (dragging && view.plotArea().contains(e.getX(), e.getY())) {
            view.chooseStart(view.toParameters(e.getX(), e.getY()));
        } else {
            view.endStartPreview();
        }
    }

    /** Pans so that the point grabbed at the press stays under the pointer. */
    private void dragged(MouseEvent e) {
        if (pressWindow == null || !e.isPrimaryButtonDown()) {
            return;
        }
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (!dragging && Math.hypot(dx, dy) > DRAG_THRESHOLD) {
            dragging = true;
            pendingClick.stop();
            ((Node) e.getSource()).setCursor(grabbedStart ? Cursor.MOVE : Cursor.CLOSED_HAND);
        }
        if (dragging && grabbedStart) {
            view.previewStart(view.toParameters(e.getX(), e.getY()));
        } else if (dragging) {
            MapFrame atPress = view.frameFor(pressWindow);
            view.moveWindow(pressWindow.pan(-dx * atPress.wPerPixel(), dy * atPress.bPerPixel()));
        }
    }

    /** How long a Shift+click waits for a second one before it counts as a single click. */
    void setDoubleClickWait(Duration wait) {
        pendingClick.setDuration(wait);
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || dragging || view.getWindow() == null) {
            return;
        }
        if (e.getClickCount() >= 2) {
            pendingClick.stop();
            view.fit();
        } else if (e.isShiftDown() && view.plotArea().contains(e.getX(), e.getY())) {
            clickedAt = view.toParameters(e.getX(), e.getY());
            pendingClick.playFromStart();
        }
    }

    /** Zooms by 1.15 per notch, in for the wheel turned up (deltaY > 0), keeping the pointed-at (w, b) in place. */
    private void scrolled(ScrollEvent e) {
        Window window = view.getWindow();
        if (window == null || e.getDeltaY() == 0 || !Double.isFinite(e.getDeltaY())) {
            return;
        }
        double notches = Math.max(-MAX_NOTCHES, Math.min(MAX_NOTCHES, e.getDeltaY() / PIXELS_PER_NOTCH));
        double factor = Math.pow(ZOOM_PER_NOTCH, -notches);
        var plot = view.plotArea();
        double x = Math.max(plot.getMinX(), Math.min(plot.getMaxX(), e.getX()));
        double y = Math.max(plot.getMinY(), Math.min(plot.getMaxY(), e.getY()));
        Point anchor = view.toParameters(x, y);
        view.moveWindow(window.zoom(factor, anchor.w(), anchor.b()));
        e.consume();
    }

    private void hover(MouseEvent e) {
        boolean inside = view.getWindow() != null && view.plotArea().contains(e.getX(), e.getY());
        view.hover(inside ? view.toParameters(e.getX(), e.getY()) : null);
    }
}
