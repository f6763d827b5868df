package org.descentfx.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What a mistake on the command line prints: one line that names the option and the value
 * (with a suggestion when an option name was mistyped), then the usage of the command it
 * was meant for; exit code {@link ExitCodes#USAGE}.
 */
public final class UsageErrors implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cli = ex.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println("descentfx: " + oneLine(ex.getMessage()) + suggestion(ex));
        cli.usage(err, cli.getColorScheme());
        err.flush();
        return ExitCodes.USAGE;
    }

    private static String suggestion(ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                return " (did you mean " + String.join(" or ", suggestions) + "?)";
            }
        }
        return "";
    }

    private static String oneLine(String message) {
        return message == null ? "bad command line" : message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}
