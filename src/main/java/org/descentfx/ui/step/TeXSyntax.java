package org.descentfx.ui.step;

import org.descentfx.core.lesson.TexCheck;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;

/**
 * The check of a formula against the typesetter that draws it ({@link Equation}): JLaTeXMath reads
 * and lays the TeX out, without drawing it, so it runs on any thread and without a display.
 */
public final class TeXSyntax {
    /** As {@link #problem(String)}. */
    public static final TexCheck CHECK = TeXSyntax::problem;

    private TeXSyntax() {
    }

    /**
     * What is wrong with {@code tex}; null when it typesets. Braces are counted first: JLaTeXMath
     * sets an unclosed group without a word, so a formula would come out other than written.
     */
    public static String problem(String tex) {
        String braces = braces(tex);
        if (braces != null) {
            return braces;
        }
        try {
            new TeXFormula(tex).createTeXIcon(TeXConstants.STYLE_DISPLAY, 15);
            return null;
        } catch (RuntimeException e) {
            String why = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                    : e.getMessage().strip();
            return why.replaceAll("\\s+", " ");
        }
    }

    /** An unbalanced brace, as words; null when every '{' is closed. Escaped braces, \\{ and \\}, are not groups. */
    private static String braces(String tex) {
        int open = 0;
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c == '\\') {
                i++; // the next character is the command's, a brace included
            } else if (c == '{') {
                open++;
            } else if (c == '}' && --open < 0) {
                return "a '}' closes no '{'";
            }
        }
        return open == 0 ? null : open == 1 ? "a '{' is not closed" : open + " of its '{' are not closed";
    }
}
