package org.descentfx.planted.ui.experiment;

/** The window's model, which views must not know. */
public final class Experiment {
}
