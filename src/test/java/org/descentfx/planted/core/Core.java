package org.descentfx.planted.core;

import java.util.List;
import org.descentfx.planted.core.model.Linear;
import org.descentfx.planted.engine.Engine;

public final class Core {
    /** core may use core and the JDK. */
    public static final class Clean {
        List<double[]> rows;
        Linear model;
    }

    public static final class UsesJavaFx {
        javafx.geometry.Point2D point;
    }

    public static final class UsesAwt {
        java.awt.Color colour;
    }

    public static final class UsesEngine {
        Engine.Clean engine;
    }

    public static final class UsesALibrary {
        com.fasterxml.jackson.databind.ObjectMapper json;
    }
}
