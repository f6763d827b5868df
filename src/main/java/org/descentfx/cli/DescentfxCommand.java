package org.descentfx.cli;

import picocli.CommandLine.Command;

/**
 * The top command, {@code descentfx}: it holds the headless subcommands, which
 * {@link org.descentfx.Main} registers. Run without a subcommand it is a usage error
 * (the launcher opens the window before it gets here).
 */
@Command(name = "descentfx",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        synopsisSubcommandLabel = "COMMAND",
        description = {
            "Gradient descent on one neuron, after chapter 1 of Nielsen's Neural Networks and Deep Learning.",
            "With no arguments, run.sh opens the window; a COMMAND runs without one.",
            ""},
        commandListHeading = "%nCommands:%n",
        footer = ExitCodes.FOOTER)
public final class DescentfxCommand {
}
