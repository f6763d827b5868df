package org.descentfx.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.descentfx.core.lesson.Lesson;
import org.descentfx.core.lesson.LessonException;
import org.descentfx.core.lesson.LessonReader;
import org.descentfx.ui.step.TeXSyntax;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code descentfx lesson check FILE…}: validates lesson files without opening a window. */
@Command(name = "lesson",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        synopsisSubcommandLabel = "check",
        description = {"Guided lessons: lesson files (Markdown with setup, ask and wait blocks; see README).", ""},
        subcommands = LessonCommand.Check.class,
        footer = ExitCodes.FOOTER)
public final class LessonCommand {

    /** {@code lesson check}: every problem of every file, as {@code FILE:LINE: message}. */
    @Command(name = "check",
            mixinStandardHelpOptions = true,
            versionProvider = Version.class,
            description = {"Checks lesson files as the window reads them: exit 0 when each is fine, else exit 1"
                + " with every problem listed as FILE:LINE: message.", ""},
            footer = {"", "Exit codes:", "  0  every lesson is fine", "  1  a lesson has problems (listed)",
                "  2  no file given, or an unknown option"})
    static final class Check implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "lesson files (.md)")
        private List<Path> files;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            int code = ExitCodes.OK;
            for (Path file : files) {
                try {
                    Lesson lesson = LessonReader.read(file, TeXSyntax.CHECK);
                    out.println(file + ": fine, '" + lesson.title() + "', " + lesson.steps().size()
                            + (lesson.steps().size() == 1 ? " step" : " steps"));
                } catch (LessonException e) {
                    e.lines().forEach(err::println);
                    code = ExitCodes.BAD_DATA;
                }
            }
            return code;
        }
    }
}
