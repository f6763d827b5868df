package org.descentfx.ui.controls;

import javafx.scene.control.Slider;
import javafx.scene.layout.Region;
import org.descentfx.core.curvature.StabilityLimit;

/**
 * The zones of η drawn under the log-scale η slider, aligned with its track: smooth up to 1/λmax,
 * oscillating up to 2/λmax, diverging above ({@link StabilityLimit}). Each zone is a region with its
 * own style class, so the colours live in the stylesheet. FX thread only.
 */
final class EtaZoneBar extends Region {
    static final double HEIGHT = 6;

    private final Slider slider;
    private final Region smooth = zone("eta-zone-smooth");
    private final Region oscillating = zone("eta-zone-oscillating");
    private final Region diverging = zone("eta-zone-diverging");
    private StabilityLimit limit;

    EtaZoneBar(Slider slider) {
        this.slider = slider;
        setId("etaZones");
        getStyleClass().add("eta-zones");
        getChildren().addAll(smooth, oscillating, diverging);
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        setMaxHeight(HEIGHT);
        slider.widthProperty().addListener(o -> requestLayout());
        slider.skinProperty().addListener(o -> requestLayout());
    }

    /** Shows the zones of {@code l}; null hides them. */
    void show(StabilityLimit l) {
        limit = l;
        setVisible(l != null && !Double.isNaN(l.etaDiverges()));
        requestLayout();
    }

    /** x of η in this bar, where the slider's thumb centre stands at that η. */
    double xOf(double eta) {
        double fraction = (Math.log10(eta) - slider.getMin()) / (slider.getMax() - slider.getMin());
        fraction = Math.max(0, Math.min(1, fraction));
        // as the slider's skin lays out its thumb: the thumb's centre runs from half a thumb in to half a thumb from the end
        double thumb = thumbWidth();
        double left = slider.getInsets().getLeft() + thumb / 2;
        double length = slider.getWidth() - slider.getInsets().getLeft() - slider.getInsets().getRight() - thumb;
        return left + fraction * Math.max(0, length);
    }

    @Override
    protected void layoutChildren() {
        if (limit == null || Double.isNaN(limit.etaDiverges())) {
            return;
        }
        double start = xOf(Math.pow(10, slider.getMin()));
        double oscillates = xOf(limit.etaOscillates());
        double diverges = xOf(limit.etaDiverges());
        double end = xOf(Math.pow(10, slider.getMax()));
        smooth.resizeRelocate(start, 0, oscillates - start, HEIGHT);
        oscillating.resizeRelocate(oscillates, 0, diverges - oscillates, HEIGHT);
        diverging.resizeRelocate(diverges, 0, end - diverges, HEIGHT);
    }

    private double thumbWidth() {
        var thumb = slider.lookup(".thumb");
        return thumb == null ? 0 : thumb.getLayoutBounds().getWidth();
    }

    private static Region zone(String styleClass) {
        Region r = new Region();
        r.getStyleClass().addAll("eta-zone", styleClass);
        r.setManaged(false);
        return r;
    }
}
