package org.descentfx;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.descentfx.cli.AnalyzeCommand;
import org.descentfx.cli.DescentfxCommand;
import org.descentfx.cli.RenderCommand;
import org.descentfx.cli.TrainCommand;
import org.descentfx.cli.WindowCommand;
import org.descentfx.cli.UsageErrors;
import picocli.CommandLine;

/**
 * Launcher for plain {@code java -cp}: it does not extend {@code Application}, so the
 * JavaFX runtime loads from the classpath. No arguments (or only options) open the window;
 * a subcommand ({@code train}, …) runs headless and exits with its code.
 */
public final class Main {
    /** The headless subcommands: registering one is adding its class here. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(
            TrainCommand.class,
            AnalyzeCommand.class,
            WindowCommand.class,
            RenderCommand.class);

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            args = new String[] {"window"};
        } else if (opensWindow(args[0])) {
            String[] withCommand = new String[args.length + 1];
            withCommand[0] = "window";
            System.arraycopy(args, 0, withCommand, 1, args.length);
            args = withCommand;
        }
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

    /** Options without a command (say {@code --play}) are the window's; help and version stay the top command's. */
    static boolean opensWindow(String first) {
        return first.startsWith("-") && !List.of("-h", "--help", "-V", "--version").contains(first);
    }
}
