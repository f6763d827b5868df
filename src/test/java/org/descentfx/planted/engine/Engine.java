package org.descentfx.planted.engine;

import java.util.concurrent.atomic.AtomicReference;
import org.descentfx.planted.core.Core;
import org.descentfx.planted.output.Output;

public final class Engine {
    /** engine may use core and the JDK. */
    public static final class Clean {
        AtomicReference<Core.Clean> latest;
    }

    public static final class UsesJavaFx {
        Object fx = javafx.application.Platform.class;
    }

    public static final class UsesOutput {
        Output.Clean file;
    }
}
