package org.descentfx;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javafx.application.Application;
import org.descentfx.cli.DescentfxCommand;
import org.descentfx.cli.RenderCommand;
import org.descentfx.cli.TrainCommand;
import org.descentfx.cli.UsageErrors;
import picocli.CommandLine;

/**
 * Launcher for plain {@code java -cp}: it does not extend {@code Application}, so the
 * JavaFX runtime loads from the classpath. No arguments open the window; arguments run
 * a headless subcommand ({@code train}, …) and exit with its code.
 */
public final class Main {
    /** The window's {@code Application}, looked up by name so the launcher builds without it. */
    static final String WINDOW_CLASS = "org.descentfx.ui.DescentApp";

    /** The headless subcommands: registering one is adding its class here. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(
            TrainCommand.class,
            RenderCommand.class);

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            openWindow(WINDOW_CLASS, new PrintWriter(System.out, true));
            return;
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

    /**
     * Launches the {@code Application} named {@code className} and returns when its window
     * closes; when that class is not in the build, says so on {@code out} and returns.
     */
    static void openWindow(String className, PrintWriter out) {
        Class<? extends Application> app;
        try {
            app = Class.forName(className).asSubclass(Application.class);
        } catch (ClassNotFoundException e) {
            out.println("the DescentFX window is not built yet");
            out.flush();
            return;
        }
        Application.launch(app);
    }
}
