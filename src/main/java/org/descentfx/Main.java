package org.descentfx;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.descentfx.cli.AnalyzeCommand;
import org.descentfx.cli.DescentfxCommand;
import org.descentfx.cli.LessonCommand;
import org.descentfx.cli.RenderCommand;
import org.descentfx.cli.TrainCommand;
import org.descentfx.cli.WindowCommand;
import org.descentfx.cli.UsageErrors;
import org.descentfx.ui.session.SessionActions;
import picocli.CommandLine;

/**
 * Launcher for plain {@code java -cp}: it does not extend {@code Application}, so the
 * JavaFX runtime loads from the classpath. No arguments (or only options) open the window, and
 * so does a session or lesson file as the first argument; a subcommand ({@code train}, …) runs headless
 * and exits with its code.
 */
public final class Main {
    /** The headless subcommands: registering one is adding its class here. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(
            TrainCommand.class,
            AnalyzeCommand.class,
            WindowCommand.class,
            RenderCommand.class,
            LessonCommand.class);
    /** Their names, and picocli's {@code help}: words that are never a file name. */
    private static final List<String> SUBCOMMAND_NAMES = Stream.concat(Stream.of("help"),
            SUBCOMMANDS.stream().map(c -> c.getAnnotation(CommandLine.Command.class).name())).toList();

    private Main() {
    }

    public static void main(String[] args) {
        args = commandLine(args);
        PrintWriter out = new PrintWriter(new BufferedWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16));
        PrintWriter err = new PrintWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int code = run(args, out, err);
        // exit, rather than return, so a subcommand that started a toolkit thread cannot keep the JVM alive
        System.exit(code);
    }

    /**
     * Runs the command line {@code args} (a subcommand and its options) and returns the exit
     * code: 0 done, 1 bad data or output, 2 bad usage, 3 diverged. Help and results go to
     * {@code out}, messages to {@code err}; both are flushed before it returns.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new DescentfxCommand());
        SUBCOMMANDS.forEach(cli::addSubcommand);
        // set after the subcommands are added, so they apply to them too
        cli.setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(new UsageErrors());
        try {
            return cli.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * The command line {@code args} stand for: no arguments, or window options without a command,
     * open the window; a session file first (as a file manager passes it on double-click) opens
     * the window on that session, any options after it still the window's.
     */
    static String[] commandLine(String[] args) {
        if (args.length == 0) {
            return new String[] {"window"};
        }
        if (opensWindow(args[0])) {
            return prepend(args, 0, "window");
        }
        if (isLessonFile(args[0])) {
            return prepend(args, 1, "window", "--lesson", args[0]);
        }
        Path session = sessionFile(args[0]);
        if (session != null) {
            return prepend(args, 1, "window", "--session", session.toString());
        }
        return args;
    }

    /** A lesson file first ({@code descentfx my-lesson.md}) opens the window on that lesson. */
    static boolean isLessonFile(String first) {
        String lower = first.toLowerCase(Locale.ROOT);
        return !first.startsWith("-") && (lower.endsWith(".md") || lower.endsWith(".markdown"));
    }

    /** Options without a command (say {@code --play}) are the window's; help and version stay the top command's. */
    static boolean opensWindow(String first) {
        return first.startsWith("-") && !List.of("-h", "--help", "-V", "--version").contains(first);
    }

    /**
     * The session file that {@code first} names, or null when it is a command (or a typo of
     * one, which should stay a usage error): a {@code file:} URI, a path that exists, or a name
     * with a folder or the extension of a session. A file that turns out to be missing or not a
     * session is reported by the window, which opens anyway.
     */
    static Path sessionFile(String first) {
        if (first.startsWith("file:")) {
            try {
                return Path.of(URI.create(first));
            } catch (IllegalArgumentException | FileSystemNotFoundException e) {
                return Path.of(first.substring("file:".length()));
            }
        }
        if (SUBCOMMAND_NAMES.contains(first)) {
            return null;
        }
        String lower = first.toLowerCase(Locale.ROOT);
        boolean looksLikeFile = first.contains("/") || lower.endsWith(SessionActions.EXTENSION) || lower.endsWith(".json");
        try {
            Path path = Path.of(first);
            return looksLikeFile || Files.isRegularFile(path) ? path : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static String[] prepend(String[] args, int drop, String... head) {
        String[] out = new String[head.length + args.length - drop];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(args, drop, out, head.length, args.length - drop);
        return out;
    }
}
