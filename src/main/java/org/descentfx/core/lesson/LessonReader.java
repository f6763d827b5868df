package org.descentfx.core.lesson;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a lesson file: Markdown with fenced blocks. The first line that is not blank is the
 * title ({@code # Title}); each {@code ## Heading} starts a step; the paragraphs under it are its
 * text, with inline TeX between single dollars and display TeX between {@code $$}; a fenced block
 * {@code ```setup}, {@code ```ask} or {@code ```wait} holds {@code key: value} lines
 * ({@link BlockReader}). README's "Writing a lesson" section is the format's documentation.
 *
 * <p>Strict: every problem in the file is collected, each with its line, and a file with any
 * problem is refused as a whole. Safe to call from any thread.
 */
public final class LessonReader {
    /** The largest lesson file read; a lesson is a few pages of text. */
    static final long MAX_BYTES = 1 << 20;

    private final String source;
    private final List<LessonProblem> problems = new ArrayList<>();
    private final BlockReader blocks;
    private final TexCheck tex;
    private String title;
    private final StringBuilder summary = new StringBuilder();
    private final List<LessonStep> steps = new ArrayList<>();
    private StepDraft step;

    private LessonReader(String source, Path folder, TexCheck tex) {
        this.source = source;
        this.blocks = new BlockReader(folder, problems::add);
        this.tex = tex;
    }

    /** Reads the lesson file {@code file}, its formulas unchecked; a CSV it names is looked for beside it. */
    public static Lesson read(Path file) throws LessonException {
        return read(file, TexCheck.NONE);
    }

    /** Reads the lesson file {@code file}, each formula checked by {@code tex}; a CSV it names is looked for beside it. */
    public static Lesson read(Path file, TexCheck tex) throws LessonException {
        String name = file.toString();
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw single(name, "larger than 1 MB: is this a lesson file?");
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Path parent = file.toAbsolutePath().getParent();
            return parse(text, name, parent, tex);
        } catch (MalformedInputException e) {
            throw single(name, "not UTF-8 text: save the lesson as UTF-8");
        } catch (IOException e) {
            throw single(name, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Reads a lesson from its text.
     *
     * @param source the file's name, for messages
     * @param folder where CSV files it names are looked for; null when it may name only built-in sets
     */
    public static Lesson parse(String text, String source, Path folder) throws LessonException {
        return parse(text, source, folder, TexCheck.NONE);
    }

    /** As {@link #parse(String, String, Path)}, each formula checked by {@code tex}. */
    public static Lesson parse(String text, String source, Path folder, TexCheck tex) throws LessonException {
        LessonReader reader = new LessonReader(source, folder, tex);
        reader.readLines(text.replace("\r\n", "\n").split("\n", -1));
        return reader.lesson();
    }

    private static LessonException single(String file, String message) {
        return new LessonException(file, List.of(new LessonProblem(1, message)));
    }

    private void readLines(String[] lines) {
        int i = 0;
        while (i < lines.length) {
            int number = i + 1;
            String line = lines[i];
            String s = line.strip();
            if (s.startsWith("```")) {
                i = fence(lines, i);
                continue;
            }
            if (s.startsWith("$$")) {
                i = displayMath(lines, i);
                continue;
            }
            if (s.startsWith("## ") || s.equals("##")) {
                startStep(number, s.substring(2).strip());
            } else if (s.startsWith("# ") || s.equals("#")) {
                heading(number, s.substring(1).strip());
            } else if (title == null && !s.isEmpty()) {
                problem(number, "a lesson begins with its title, a line '# Title'");
                title = "";
            } else if (step == null) {
                summary.append(s.isEmpty() ? "\n" : (summary.isEmpty() ? "" : " ") + s);
            } else {
                step.textLine(number, s);
            }
            i++;
        }
    }

    private void heading(int number, String text) {
        if (title != null) {
            problem(number, "a second title: a lesson has one '# Title'; a step begins with '## '");
            return;
        }
        if (text.isEmpty()) {
            problem(number, "the title is empty");
        }
        title = text;
    }

    private void startStep(int number, String heading) {
        if (title == null) {
            problem(number, "a lesson begins with its title, a line '# Title', before its first step");
            title = "";
        }
        if (heading.isEmpty()) {
            problem(number, "the step has no heading: write it after '## '");
        }
        finishStep();
        step = new StepDraft(number, heading);
    }

    /** A fenced block from line {@code start}; returns the line after its closing fence. */
    private int fence(String[] lines, int start) {
        int number = start + 1;
        String kind = lines[start].strip().substring(3).strip();
        int end = start + 1;
        while (end < lines.length && !lines[end].strip().startsWith("```")) {
            end++;
        }
        if (end == lines.length) {
            problem(number, "the block opened here is not closed: end it with a line ```");
        }
        List<String> body = List.of(lines).subList(start + 1, Math.min(end, lines.length));
        if (step == null) {
            problem(number, "a block before the first step: put it under a '## ' heading");
        } else {
            step.block(kind, number, body);
        }
        return end + 1;
    }

    /** Display TeX: {@code $$ … $$} on one line, or between lines that begin and end it. */
    private int displayMath(String[] lines, int start) {
        String first = lines[start].strip();
        if (first.length() > 4 && first.endsWith("$$")) {
            addDisplay(start + 1, first.substring(2, first.length() - 2).strip());
            return start + 1;
        }
        StringBuilder tex = new StringBuilder(first.substring(2).strip());
        int end = start + 1;
        while (end < lines.length && !lines[end].strip().endsWith("$$")) {
            tex.append(' ').append(lines[end].strip());
            end++;
        }
        if (end == lines.length) {
            problem(start + 1, "the formula opened here with $$ is not closed with $$");
            return end;
        }
        String last = lines[end].strip();
        tex.append(' ').append(last, 0, last.length() - 2);
        addDisplay(start + 1, tex.toString().strip());
        return end + 1;
    }

    private void addDisplay(int number, String tex) {
        if (step == null) {
            problem(number, "a formula before the first step: put it under a '## ' heading");
        } else if (tex.isEmpty()) {
            problem(number, "the formula between $$ and $$ is empty");
        } else {
            checkTex(number, tex);
            step.display(tex);
        }
    }

    /** A formula the typesetter cannot set is a problem at its line, quoted. */
    private void checkTex(int number, String formula) {
        String why = tex.problem(formula);
        if (why != null) {
            problem(number, "the formula '" + formula + "' cannot be typeset: " + why);
        }
    }

    private void finishStep() {
        if (step != null) {
            steps.add(step.finish());
        }
    }

    private Lesson lesson() throws LessonException {
        finishStep();
        if (title == null) {
            problem(1, "the file is empty: a lesson begins with '# Title', then steps under '## ' headings");
        } else if (steps.isEmpty()) {
            problem(1, "the lesson has no steps: begin each with a '## ' heading");
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(LessonProblem::line));
            throw new LessonException(source, problems);
        }
        return new Lesson(title, summary.toString().strip(), steps, source);
    }

    private void problem(int line, String message) {
        problems.add(new LessonProblem(line, message));
    }

    /** A step while its lines are read. */
    private final class StepDraft {
        private final int line;
        private final String heading;
        private final List<LessonStep.Paragraph> text = new ArrayList<>();
        private final StringBuilder paragraph = new StringBuilder();
        /** The line the paragraph under way began on. */
        private int paragraphLine;
        private Setup setup;
        private Question question;
        private Wait waitFor;
        private boolean asks;

        StepDraft(int line, String heading) {
            this.line = line;
            this.heading = heading;
        }

        void textLine(int number, String s) {
            if (s.isEmpty()) {
                endParagraph();
            } else {
                if (paragraph.isEmpty()) {
                    paragraphLine = number;
                }
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(s);
            }
        }

        void display(String tex) {
            endParagraph();
            text.add(new LessonStep.Paragraph(true, tex));
        }

        void block(String kind, int number, List<String> body) {
            endParagraph();
            switch (kind) {
                case "setup" -> setup = once(setup, number, kind, () -> blocks.setup(number, body));
                case "ask" -> {
                    asks = true; // read well or not: a broken question is not also "no text"
                    question = once(question, number, kind, () -> blocks.question(number, body));
                }
                case "wait" -> waitFor = once(waitFor, number, kind, () -> blocks.waitFor(number, body));
                default -> problem(number, kind.isEmpty()
                        ? "a block without a kind: write ```setup, ```ask or ```wait"
                        : "unknown block '" + kind + "': use setup, ask or wait");
            }
        }

        private <T> T once(T present, int number, String kind, java.util.function.Supplier<T> read) {
            if (present != null) {
                problem(number, "a second '" + kind + "' block in this step: a step has at most one");
                return present;
            }
            return read.get();
        }

        private void endParagraph() {
            if (!paragraph.isEmpty()) {
                checkInline(paragraphLine, paragraph.toString());
                text.add(new LessonStep.Paragraph(false, paragraph.toString()));
                paragraph.setLength(0);
            }
        }

        /** Each formula between single dollars of a paragraph, and a dollar left unclosed. */
        private void checkInline(int number, String words) {
            String[] parts = words.split("\\$", -1);
            for (int i = 1; i < parts.length - 1; i += 2) {
                if (!parts[i].isBlank()) {
                    checkTex(number, parts[i]);
                }
            }
            if (parts.length % 2 == 0) {
                problem(number, "a '$' opens a formula that is not closed: formulas go between two dollars");
            }
        }

        LessonStep finish() {
            endParagraph();
            if (text.isEmpty() && !asks) {
                problem(line, "the step '" + heading + "' has no text");
            }
            return new LessonStep(line, heading, text, setup == null ? Setup.NONE : setup, question, waitFor);
        }
    }
}
