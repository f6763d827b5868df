package org.descentfx.planted.ui.session;

import org.descentfx.planted.ui.export.ExportDialog;

/** Closes a cycle: session → export → session. */
public final class UsesExport {
    ExportDialog export;
}
