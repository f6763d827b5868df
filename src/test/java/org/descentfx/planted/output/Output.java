package org.descentfx.planted.output;

import java.nio.file.Path;
import org.descentfx.planted.core.Core;
import org.descentfx.planted.engine.Engine;
import org.descentfx.planted.ui.Ui;

public final class Output {
    /** output may use engine, core and the JDK. */
    public static final class Clean {
        Path file;
        Engine.Clean engine;
        Core.Clean core;
    }

    public static final class UsesJavaFx {
        javafx.scene.image.Image image;
    }

    public static final class UsesUi {
        Ui.Clean window;
    }
}
