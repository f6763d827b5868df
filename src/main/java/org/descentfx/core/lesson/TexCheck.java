package org.descentfx.core.lesson;

/**
 * Whether a formula of a lesson can be typeset: the window's typesetter says, the reader only asks,
 * so lessons are read without it (core knows no typesetter).
 */
@FunctionalInterface
public interface TexCheck {
    /** Takes every formula: for reading a lesson without checking its TeX. */
    TexCheck NONE = tex -> null;

    /** What is wrong with the TeX {@code tex}, in a few words; null when it can be typeset. */
    String problem(String tex);
}
