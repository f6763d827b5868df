package org.descentfx.planted;

import org.descentfx.planted.cli.Cli;

/** The launcher may use cli. */
public final class Launcher {
    Cli.Clean command = new Cli.Clean();
}
