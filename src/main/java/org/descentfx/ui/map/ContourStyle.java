package org.descentfx.ui.map;

import javafx.scene.paint.Color;

/** How contour lines look: light on the dark part of viridis, dark on the bright part. */
final class ContourStyle {
    static final Color LIGHT = Color.rgb(255, 255, 255, 0.55);
    static final Color DARK = Color.rgb(0, 0, 0, 0.35);
    /** Above this scale position viridis is light enough (green to yellow) that white would vanish. */
    static final double DARK_FROM = 0.72;

    private ContourStyle() {
    }

    static Color at(double position) {
        return position < DARK_FROM ? LIGHT : DARK;
    }
}
