package org.descentfx.planted.ui;

import org.descentfx.planted.Launcher;
import org.descentfx.planted.cli.Cli;
import org.descentfx.planted.engine.Engine;
import org.descentfx.planted.output.Output;
import org.descentfx.planted.ui.map.MapView;

public final class Ui {
    /** The shell may use its feature folders, output, engine, core and JavaFX. */
    public static final class Clean {
        javafx.scene.layout.BorderPane pane;
        MapView.Clean map;
        Output.Clean files;
        Engine.Clean engine;
    }

    public static final class UsesCli {
        Cli.Clean command;
    }

    public static final class UsesLauncher {
        Launcher launcher;
    }
}
