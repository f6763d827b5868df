package org.descentfx.ui.controls;

import org.descentfx.core.data.Dataset;
import org.descentfx.core.data.Presets;

/**
 * An entry of the data-set list: a built-in set, a loaded file, or the "Open CSV…" action.
 *
 * @param label       what the list shows
 * @param description one or two sentences for the tooltip
 * @param data        the data (null for the "Open CSV…" entry)
 * @param presets     what a built-in set proposes to go with it (model, start, η, m)
 */
public record DataChoice(String label, String description, Dataset data, Presets presets) {
    /** An entry that proposes nothing. */
    public DataChoice(String label, String description, Dataset data) {
        this(label, description, data, Presets.NONE);
    }

    static final DataChoice OPEN_CSV = new DataChoice("Open CSV…", "Load two columns x, y from a CSV file (Ctrl+O).", null);

    public boolean isOpenAction() {
        return data == null;
    }

    @Override
    public String toString() {
        return data == null ? label : label + "  (n = " + data.size() + ")";
    }
}
