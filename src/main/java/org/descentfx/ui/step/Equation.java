package org.descentfx.ui.step;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.text.Font;
import org.descentfx.ui.plot.SharpCanvas;
import org.jfree.fx.FXGraphics2D;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * One typeset formula on a canvas sized to it. JLaTeXMath lays the TeX out and draws it through
 * {@link java.awt.Graphics2D}; FXGraphics2D turns those calls into drawing on the canvas, so the formula
 * is vector drawing in the scene (sharp at any scale, and in every snapshot and exported figure),
 * not a bitmap made by AWT. FXGraphics2D draws text with JavaFX fonts of the same family name, so
 * JLaTeXMath's Computer Modern fonts are registered with JavaFX once, before the first formula.
 *
 * <p>FX thread only.
 */
public final class Equation extends SharpCanvas {
    private static final String FONTS = "/org/scilab/forge/jlatexmath/fonts/";
    private static final String[] FONT_FILES = {"base/jlm_cmex10", "base/jlm_cmmi10", "base/jlm_cmmib10",
        "maths/jlm_cmsy10", "maths/jlm_cmbsy10", "maths/jlm_msam10", "maths/jlm_msbm10", "maths/jlm_special",
        "latin/jlm_cmr10", "latin/optional/jlm_cmbx10", "latin/optional/jlm_cmti10", "latin/optional/jlm_cmss10",
        "latin/optional/jlm_cmtt10"};
    private static boolean fontsLoaded;

    private final float size;
    private String tex = "";
    private TeXIcon icon;

    /** @param size the font size in pixels */
    public Equation(float size) {
        this.size = size;
        setOnDensity(this::paint);
    }

    /** Typesets {@code latex} and resizes the canvas to fit it. */
    public void setTex(String latex) {
        if (latex.equals(tex)) {
            return;
        }
        tex = latex;
        loadFonts();
        icon = icon(size);
        paint();
    }

    private TeXIcon icon(float pixels) {
        TeXIcon made = new TeXFormula(tex).createTeXIcon(TeXConstants.STYLE_DISPLAY, pixels);
        made.setForeground(new Color(0x2b, 0x2f, 0x33));
        return made;
    }

    /**
     * Typeset again at the density's size and drawn in pixels: a scaled FXGraphics2D drew the
     * formula's first glyph away from the rest (presentation mode showed "w" below "→ w′").
     */
    private void paint() {
        if (icon == null) {
            return;
        }
        double d = density();
        TeXIcon drawn = d == 1 ? icon : icon((float) (size * d));
        size((drawn.getIconWidth() + 2) / d, (drawn.getIconHeight() + 2) / d);
        getGraphicsContext2D().clearRect(0, 0, width(), height());
        // its transform replaces the context's: it draws in the canvas's pixels
        drawn.paintIcon(null, new FXGraphics2D(getGraphicsContext2D()), 1, 1);
    }

    /** The TeX source shown. */
    public String tex() {
        return tex;
    }

    private static void loadFonts() {
        if (fontsLoaded) {
            return;
        }
        for (String file : FONT_FILES) {
            try (InputStream in = TeXFormula.class.getResourceAsStream(FONTS + file + ".ttf")) {
                if (in != null) {
                    Font.loadFont(in, 10);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read JLaTeXMath's font " + file, e);
            }
        }
        fontsLoaded = true;
    }
}
