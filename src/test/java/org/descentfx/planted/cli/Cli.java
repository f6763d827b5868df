package org.descentfx.planted.cli;

import org.descentfx.planted.Launcher;
import org.descentfx.planted.output.Output;
import org.descentfx.planted.ui.Ui;

public final class Cli {
    /** cli may use ui, output, engine and core. */
    public static final class Clean {
        Ui.Clean window;
        Output.Clean files;
    }

    /** cli must not reach back into the launcher. */
    public static final class UsesLauncher {
        Launcher launcher;
    }
}
