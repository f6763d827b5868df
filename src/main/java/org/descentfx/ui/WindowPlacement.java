package org.descentfx.ui;

import java.util.List;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where the window opens: where it was last closed, if that still lies on a screen, otherwise
 * centred on the primary screen at up to 1600 × 1000, never larger than the screen's usable area
 * (so the menu bar is never off-screen at 1280 × 720 or 1024 × 768). FX thread only.
 */
final class WindowPlacement {
    static final double PREFERRED_WIDTH = 1600;
    static final double PREFERRED_HEIGHT = 1000;
    /** The smallest window whose side panel and views stay usable. */
    static final double MIN_WIDTH = 960;
    static final double MIN_HEIGHT = 600;
    /** Room left for a window manager's title bar, which comes on top of the scene's height. */
    static final double TITLE_BAR = 28;

    private final Preferences prefs;

    WindowPlacement(Preferences prefs) {
        this.prefs = prefs;
    }

    static WindowPlacement ofUser() {
        return new WindowPlacement(Remembered.userNode().node("window"));
    }

    /** The bounds to open at: the remembered ones when they fit a screen, else a fresh fit of {@code screen}. */
    static Rectangle2D place(Rectangle2D screen, Rectangle2D remembered, List<Rectangle2D> screens) {
        if (remembered != null && screens.stream().anyMatch(s -> fits(remembered, s))) {
            return remembered;
        }
        double w = Math.min(PREFERRED_WIDTH, screen.getWidth());
        double h = Math.min(PREFERRED_HEIGHT, screen.getHeight() - TITLE_BAR);
        return new Rectangle2D(screen.getMinX() + (screen.getWidth() - w) / 2,
                screen.getMinY() + (screen.getHeight() - h) / 2, w, h);
    }

    private static boolean fits(Rectangle2D r, Rectangle2D screen) {
        return r.getWidth() >= 1 && r.getHeight() >= 1 && r.getMinX() >= screen.getMinX()
                && r.getMinY() >= screen.getMinY() && r.getMaxX() <= screen.getMaxX() && r.getMaxY() <= screen.getMaxY();
    }

    /** Where and how large the window's scene should open on this machine's screens. */
    Rectangle2D bounds() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        return place(screen, remembered(), screens);
    }

    /**
     * Places {@code stage}, whose scene was made {@link #bounds()} large, and remembers its bounds
     * when it closes. The size goes on the scene, not the stage, so that the stage fits whatever
     * scene it is given later.
     */
    void apply(Stage stage, Rectangle2D at) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setX(at.getMinX());
        stage.setY(at.getMinY());
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        stage.setOnHiding(e -> remember(stage));
    }

    private Rectangle2D remembered() {
        double w = prefs.getDouble("width", -1);
        double h = prefs.getDouble("height", -1);
        return w <= 0 || h <= 0 ? null : new Rectangle2D(prefs.getDouble("x", 0), prefs.getDouble("y", 0), w, h);
    }

    private void remember(Stage stage) {
        if (stage.isFullScreen() || stage.isMaximized() || stage.isIconified()) {
            return; // the size to come back to is the window's own, not the screen's
        }
        try {
            prefs.putDouble("x", stage.getX());
            prefs.putDouble("y", stage.getY());
            prefs.putDouble("width", stage.getScene().getWidth());
            prefs.putDouble("height", stage.getScene().getHeight());
        } catch (IllegalStateException removed) {
            // the preferences node was removed while the window was open: there is nowhere to remember it, and
            // hiding the window must not fail (a stage reused after its window closed hides later)
        }
    }
}
