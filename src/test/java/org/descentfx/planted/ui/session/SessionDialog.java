package org.descentfx.planted.ui.session;

/** The session dialog: it gets the verbs it calls. */
public final class SessionDialog {
    Runnable save;
}
