package org.descentfx.cli;

/** The process exit codes of the headless commands, as documented in their help and the README. */
public final class ExitCodes {
    /** The command did what was asked. */
    public static final int OK = 0;
    /** The data could not be read, or the output could not be written. */
    public static final int BAD_DATA = 1;
    /** An unknown option, a missing or malformed value, or a value out of range. */
    public static final int USAGE = 2;
    /** Training diverged: η is too large for the data. */
    public static final int DIVERGED = 3;

    /** The footer shared by the help texts. */
    static final String FOOTER = """

            Exit codes:
              0  done
              1  the data could not be read, or the output could not be written
              2  an unknown option, or an option with a missing or bad value
              3  training diverged (C passed 1e12 or became NaN): lower --lr""";

    private ExitCodes() {
    }
}
