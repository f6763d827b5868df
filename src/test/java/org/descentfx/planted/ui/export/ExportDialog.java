package org.descentfx.planted.ui.export;

import org.descentfx.planted.ui.session.SessionDialog;

/** Uses the session dialog, which is fine alone. */
public final class ExportDialog {
    SessionDialog sessions;
}
