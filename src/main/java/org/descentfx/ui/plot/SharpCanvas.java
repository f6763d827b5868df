package org.descentfx.ui.plot;

import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Transform;

/**
 * A canvas with as many pixels as it covers on the screen, however its ancestors scale it.
 * JavaFX gives a canvas one pixel per layout pixel (times the screen's own render scale), so under
 * presentation mode's scale of 1.6 its bitmap was stretched and soft. This one is {@link #width()} ×
 * {@link #height()} in layout, holds {@link #density()} times as many pixels each way, draws with the
 * graphics context scaled by that density, and is shown through the inverse scale.
 *
 * <p>Callers size it with {@link #size}, read its layout size with {@link #width()} and
 * {@link #height()} (not {@code getWidth()}, which counts pixels), and set an origin with
 * {@link #origin} instead of {@code setTransform}. When an ancestor's scale changes, the canvas
 * calls {@link #setOnDensity its listener} (by default it asks its parent for a layout), whose
 * owner sizes it again ({@link #differs} then holds) and draws it. FX thread only.
 */
public class SharpCanvas extends Canvas {
    private final Scale shrink = new Scale(1, 1, 0, 0);
    private double density = 1;
    private double layoutWidth;
    private double layoutHeight;
    private Runnable onDensity = () -> {
        if (getParent() != null) {
            getParent().requestLayout();
        }
    };

    public SharpCanvas() {
        this(0, 0);
    }

    public SharpCanvas(double width, double height) {
        getTransforms().add(shrink);
        size(width, height);
        localToSceneTransformProperty().addListener(o -> {
            getLocalToSceneTransform(); // validated again, so the next change is heard
            if (density != screenDensity()) {
                onDensity.run();
            }
        });
    }

    /** Makes the canvas {@code width} × {@code height} in layout, with the pixels its place on the screen needs. */
    public final void size(double width, double height) {
        layoutWidth = width;
        layoutHeight = height;
        density = screenDensity();
        shrink.setX(1 / density);
        shrink.setY(1 / density);
        origin(0, 0); // before the size, whose listeners may draw at once
        setWidth(width * density);
        setHeight(height * density);
    }

    /** Whether the canvas is not {@code width} × {@code height} or not at the density its place needs. */
    public final boolean differs(double width, double height) {
        return width != layoutWidth || height != layoutHeight || density != screenDensity();
    }

    /** Its width in layout pixels. */
    public final double width() {
        return layoutWidth;
    }

    /** Its height in layout pixels. */
    public final double height() {
        return layoutHeight;
    }

    /** Pixels per layout pixel: the scale of its parent in the scene (1 outside presentation mode). */
    public final double density() {
        return density;
    }

    /** Sets the graphics context to draw layout point ({@code x0}, {@code y0}) at the canvas' corner. */
    public final void origin(double x0, double y0) {
        GraphicsContext gc = getGraphicsContext2D();
        gc.setTransform(density, 0, 0, density, -x0 * density, -y0 * density);
    }

    /** Runs {@code redraw} when the ancestors' scale no longer matches the density: it should size and draw the canvas again. */
    public final void setOnDensity(Runnable redraw) {
        onDensity = redraw;
    }

    private double screenDensity() {
        Parent parent = getParent();
        if (parent == null) {
            return 1;
        }
        Transform t = parent.getLocalToSceneTransform();
        double s = Math.hypot(t.getMxx(), t.getMyx());
        return s > 0 && Double.isFinite(s) ? s : 1;
    }

    // a node that is not resizable has its pref size as min and max (Node): all in layout pixels
    @Override
    public double prefWidth(double height) {
        return layoutWidth;
    }

    @Override
    public double prefHeight(double width) {
        return layoutHeight;
    }
}
