package org.descentfx.core.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.descentfx.core.train.Point;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonReaderTest {
    private static final String GOOD = """
            # Gradient descent

            The step of Eq. (5)-(6).

            ## The arrow
            The arrow is $-\\eta\\nabla C$, the step
            the next mini-batch takes.

            $$ w \\rightarrow w' = w - \\eta \\frac{\\partial C}{\\partial w} $$

            ```setup
            data: noisy-line   # the long valley
            model: linear
            start: -1.5, 6
            η: 0.02
            m: n
            compare: off
            view: map
            speed: max
            do: reset, step 3, pause
            ```

            ```ask
            kind: landing
            ```

            ## How many steps
            Count them.
            ```ask
            kind: number
            question: How many steps make one epoch?
            answer: 5
            tolerance: 0
            ```
            ```wait
            until: epoch >= 3
            ```
            """;

    @Test
    void readsTitleSummaryStepsTextAndBlocks() throws LessonException {
        Lesson lesson = LessonReader.parse(GOOD, "good.md", null);

        assertThat(lesson.title()).isEqualTo("Gradient descent");
        assertThat(lesson.summary()).isEqualTo("The step of Eq. (5)-(6).");
        assertThat(lesson.steps()).hasSize(2);
        LessonStep first = lesson.steps().get(0);
        assertThat(first.line()).isEqualTo(5);
        assertThat(first.heading()).isEqualTo("The arrow");
        assertThat(first.text()).containsExactly(
                new LessonStep.Paragraph(false, "The arrow is $-\\eta\\nabla C$, the step the next mini-batch takes."),
                new LessonStep.Paragraph(true, "w \\rightarrow w' = w - \\eta \\frac{\\partial C}{\\partial w}"));
        Setup s = first.setup();
        assertThat(s.dataset()).isEqualTo("noisy-line");
        assertThat(s.model()).isEqualTo("linear");
        assertThat(s.start()).isEqualTo(new Point(-1.5, 6));
        assertThat(s.learningRate()).isEqualTo(0.02);
        assertThat(s.miniBatchSize()).isEqualTo(Setup.FULL_BATCH);
        assertThat(s.compare()).isFalse();
        assertThat(s.view()).isEqualTo("map");
        assertThat(s.speed()).isInfinite();
        assertThat(s.actions()).containsExactly(new Setup.Action(Setup.Action.Kind.RESET, 1),
                new Setup.Action(Setup.Action.Kind.STEP, 3), new Setup.Action(Setup.Action.Kind.PAUSE, 1));
        assertThat(first.question().kind()).isEqualTo(Question.Kind.LANDING);
        LessonStep second = lesson.steps().get(1);
        assertThat(second.setup()).isEqualTo(Setup.NONE);
        assertThat(second.question().answer()).isEqualTo("5");
        assertThat(second.waitUntil()).isEqualTo(new Wait(Wait.Kind.EPOCH_AT_LEAST, 3, "Train until epoch 3."));
    }

    @Test
    void aNumberIsRightWithinItsToleranceAndAChoiceByItsWords() {
        Question n = new Question(Question.Kind.NUMBER, "?", "5", List.of(), 0.5);
        Question c = new Question(Question.Kind.CHOICE, "?", "stochastic", List.of("full batch", "stochastic"), 0);

        assertThat(n.isRight("5.4")).isTrue();
        assertThat(n.isRight("5.6")).isFalse();
        assertThat(n.isRight("five")).isFalse();
        assertThat(c.isRight(" Stochastic ")).isTrue();
        assertThat(c.isRight("full batch")).isFalse();
    }

    @Test
    void anUnknownDataSetIsNamedAtItsLine() {
        assertThat(problems("# T\n## S\ntext\n```setup\ndata: noisy-lines\n```\n"))
                .singleElement().asString().startsWith("bad.md:5: data: no built-in data set named 'noisy-lines'");
    }

    @Test
    void aMisspeltKeySuggestsTheKeyMeant() {
        assertThat(problems("# T\n## S\ntext\n```setup\nmodle: linear\n```\n"))
                .singleElement().asString().startsWith("bad.md:5: unknown key 'modle' in a setup block; did you mean 'model'?");
    }

    @Test
    void aQuestionWithoutAnAnswerIsAProblemAtItsBlock() {
        assertThat(problems("# T\n## S\ntext\n```ask\nkind: number\nquestion: How many?\n```\n"))
                .containsExactly("bad.md:4: the question has no answer: add 'answer:' with the number");
        assertThat(problems("# T\n## S\ntext\n```ask\nkind: choice\nquestion: Which?\nchoices: a | b\n```\n"))
                .containsExactly("bad.md:4: the question has no answer: add 'answer:' with one of the choices");
    }

    @Test
    void aBrokenQuestionIsOneProblemNotAlsoAStepWithoutText() {
        assertThat(problems("# T\n## S\n```ask\nkind: number\nquestion: How many?\n```\n"))
                .containsExactly("bad.md:3: the question has no answer: add 'answer:' with the number");
    }

    @Test
    void anAnswerMustBeOneOfTheChoices() {
        assertThat(problems("# T\n## S\ntext\n```ask\nkind: choice\nquestion: Which?\nchoices: a | b\nanswer: c\n```\n"))
                .containsExactly("bad.md:8: answer: 'c' is not one of the choices: a | b");
    }

    @Test
    void aLearningRateOfZeroOrLessIsRefused() {
        assertThat(problems("# T\n## S\ntext\n```setup\neta: 0\n```\n```wait\nuntil: eta < -1\n```\n"))
                .containsExactly("bad.md:5: eta: η must be > 0 (η = 0 would not descend)",
                        "bad.md:8: until: η is always > 0, so 'eta < -1' compares it with a number that is not");
    }

    @Test
    void everyProblemOfTheFileIsListedInLineOrder() {
        String text = """
                # T
                ## One
                text
                ```setup
                m: 500
                data: noisy-line
                start: 1
                do: jump
                ```
                ```ask
                kind: guess
                ```
                ## Two
                ```wait
                until: tomorrow
                ```
                ```sound
                ```
                ```setup
                data: noisy-line
                m: 500
                ```
                """;

        List<String> p = problems(text);

        assertThat(p).extracting(line -> line.substring(0, line.indexOf(": ")))
                .containsExactly("bad.md:5", "bad.md:7", "bad.md:8", "bad.md:11", "bad.md:13", "bad.md:15", "bad.md:17", "bad.md:21");
        assertThat(p.get(7)).contains("m: 500 is more than the data's n = ");
    }

    @Test
    void theStructureIsChecked() {
        assertThat(problems("")).containsExactly(
                "bad.md:1: the file is empty: a lesson begins with '# Title', then steps under '## ' headings");
        assertThat(problems("Hello\n## S\ntext\n")).containsExactly(
                "bad.md:1: a lesson begins with its title, a line '# Title'");
        assertThat(problems("# T\nonly a summary\n")).containsExactly(
                "bad.md:1: the lesson has no steps: begin each with a '## ' heading");
        assertThat(problems("# T\n## S\ntext\n# Again\n```setup\nm: 1\n")).containsExactly(
                "bad.md:4: a second title: a lesson has one '# Title'; a step begins with '## '",
                "bad.md:5: the block opened here is not closed: end it with a line ```");
        assertThat(problems("# T\n## S\ntext\n$$ x\n")).containsExactly(
                "bad.md:4: the formula opened here with $$ is not closed with $$");
        assertThat(problems("# T\n## S\ntext\n```setup\nm: 1\n```\n```setup\nm: 2\n```\n")).containsExactly(
                "bad.md:7: a second 'setup' block in this step: a step has at most one");
    }

    @Test
    void aLessonNamesACsvBesideItAndAMissingOneIsAProblem(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("points.csv"), "x,y\n1,2\n2,4\n3,6\n");
        Path lesson = dir.resolve("mine.md");
        Files.writeString(lesson, "# Mine\n## S\ntext\n```setup\ndata: points.csv\nm: 3\n```\n");

        Lesson read = LessonReader.read(lesson);

        assertThat(read.steps().get(0).setup().datasetFile()).isEqualTo(dir.resolve("points.csv"));
        Files.writeString(lesson, "# Mine\n## S\ntext\n```setup\ndata: other.csv\n```\n");
        LessonException e = catchThrowableOfType(LessonException.class, () -> LessonReader.read(lesson));
        assertThat(e.lines()).singleElement().asString().startsWith(lesson + ":5: data: no file 'other.csv' next to the lesson");
    }

    @Test
    void aBuiltInLessonNamesNoFiles() {
        assertThat(problems("# T\n## S\ntext\n```setup\ndata: points.csv\n```\n")).containsExactly(
                "bad.md:5: data: a built-in lesson names only built-in data sets, not 'points.csv'");
    }

    @Test
    void landingAndCostQuestionsTakeNoWrittenAnswer() {
        assertThat(problems("# T\n## S\ntext\n```ask\nkind: cost\nanswer: down\n```\n")).containsExactly(
                "bad.md:6: a cost question takes no 'answer': the window takes the step and shows the answer");
    }

    private static List<String> problems(String text) {
        LessonException e = catchThrowableOfType(LessonException.class, () -> LessonReader.parse(text, "bad.md", null));
        assertThat(e).as("the lesson is refused").isNotNull();
        return e.lines();
    }
}
