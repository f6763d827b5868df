package org.descentfx.ui.lesson;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.descentfx.core.lesson.LessonStep;
import org.descentfx.ui.step.Equation;

/**
 * A step's paragraphs as nodes: words with inline TeX between single dollars, and display TeX,
 * typeset as the step panel typesets its formulas ({@link Equation}). FX thread only.
 */
final class LessonText {
    private static final float INLINE_SIZE = 14;
    private static final float DISPLAY_SIZE = 15;

    private LessonText() {
    }

    static List<Node> of(List<LessonStep.Paragraph> paragraphs) {
        List<Node> nodes = new ArrayList<>();
        for (LessonStep.Paragraph p : paragraphs) {
            nodes.add(p.display() ? equation(p.text(), DISPLAY_SIZE) : paragraph(p.text()));
        }
        return nodes;
    }

    /** Words and inline formulas in one flow; an odd number of dollars leaves the last one as text. */
    static TextFlow paragraph(String text) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("lesson-paragraph");
        String[] parts = text.split("\\$", -1);
        for (int i = 0; i < parts.length; i++) {
            boolean tex = i % 2 == 1 && i < parts.length - 1;
            if (tex && !parts[i].isBlank()) {
                Equation e = equation(parts[i], INLINE_SIZE);
                e.setTranslateY(4); // the formula's baseline sits near the text's
                flow.getChildren().add(e);
            } else if (!parts[i].isEmpty()) {
                String words = !tex && i % 2 == 1 ? "$" + parts[i] : parts[i];
                Text t = new Text(words);
                t.getStyleClass().add("lesson-words");
                flow.getChildren().add(t);
            }
        }
        return flow;
    }

    private static Equation equation(String tex, float size) {
        Equation e = new Equation(size);
        e.getStyleClass().add("lesson-equation");
        try {
            e.setTex(tex);
        } catch (RuntimeException bad) {
            // JLaTeXMath refuses malformed TeX: the lesson shows the source rather than nothing
            e.setTex("\\text{" + tex.replaceAll("[\\\\{}$^_#%&~]", " ") + "}");
        }
        return e;
    }
}
