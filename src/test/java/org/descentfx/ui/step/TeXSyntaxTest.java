package org.descentfx.ui.step;

import static org.assertj.core.api.Assertions.assertThat;

import org.descentfx.core.lesson.BuiltInLessons;
import org.descentfx.core.lesson.LessonReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The typesetter's own verdict on a formula, without a display. */
class TeXSyntaxTest {
    @Test
    void theTextsFormulasTypeset() {
        assertThat(TeXSyntax.problem("w \\rightarrow w' = w - \\frac{\\eta}{m} \\sum_j \\frac{\\partial C_{X_j}}{\\partial w}"))
                .isNull();
        assertThat(TeXSyntax.problem("\\Delta C \\approx \\nabla C \\cdot \\Delta v")).isNull();
    }

    @Test
    void anUnknownCommandOrAnUnclosedBraceIsNamed() {
        assertThat(TeXSyntax.problem("\\nabal C")).isNotNull().contains("nabal");
        assertThat(TeXSyntax.problem("\\frac{a}{b")).isEqualTo("a '{' is not closed");
        assertThat(TeXSyntax.problem("x^{2}}")).isEqualTo("a '}' closes no '{'");
        assertThat(TeXSyntax.problem("\\frac{\\eta}{m")).isEqualTo("a '{' is not closed");
        assertThat(TeXSyntax.problem("\\{x\\} \\cup \\{y\\}")).as("escaped braces are no groups").isNull();
    }

    static java.util.List<String> builtInLessons() {
        return BuiltInLessons.names();
    }

    @ParameterizedTest
    @MethodSource("builtInLessons")
    void everyFormulaOfABuiltInLessonTypesets(String name) throws Exception {
        String text = new String(BuiltInLessons.class.getResourceAsStream("/lessons/" + name).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);

        assertThat(LessonReader.parse(text, name, null, TeXSyntax.CHECK).steps()).isNotEmpty();
    }
}
