package org.descentfx.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.descentfx.Main;

/** Runs the command line in-process, as {@code run.sh} would, and keeps what it printed. */
public record Cli(int exitCode, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Cli(code, out.toString(), err.toString());
    }

    public static Cli train(String... options) {
        String[] args = new String[options.length + 1];
        args[0] = "train";
        System.arraycopy(options, 0, args, 1, options.length);
        return run(args);
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    /** The rows of the CSV on standard output, each split on commas, header first. */
    List<String[]> csv() {
        return out.lines().map(line -> line.split(",", -1)).toList();
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\nout: " + out.lines().limit(5).toList() + "\nerr: " + err;
    }
}
