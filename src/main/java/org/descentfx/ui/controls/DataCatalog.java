package org.descentfx.ui.controls;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.data.DatasetException;

/** The data sets the list offers: the built-in ones, files opened so far, and "Open CSV…" last. */
public final class DataCatalog {
    private final ObservableList<DataChoice> choices = FXCollections.observableArrayList();

    public DataCatalog() {
        for (BuiltInDatasets.BuiltIn b : BuiltInDatasets.all()) {
            try {
                choices.add(new DataChoice(b.title(), b.description(), BuiltInDatasets.load(b.name()), b.presets()));
            } catch (DatasetException e) {
                // A broken built-in set is a packaging error; the others are still offered.
                System.err.println("DescentFX: built-in data set not loaded: " + e.getMessage());
            }
        }
        choices.add(DataChoice.OPEN_CSV);
    }

    ObservableList<DataChoice> choices() {
        return choices;
    }

    /** The entry of {@code data}, added (before "Open CSV…") if it is new. */
    DataChoice choiceFor(Dataset data) {
        for (DataChoice c : choices) {
            if (c.data() != null && c.data().equals(data) && c.data().name().equals(data.name())) {
                return c;
            }
        }
        DataChoice added = new DataChoice(data.name(), "Loaded from a file: " + data.name(), data);
        choices.add(choices.size() - 1, added);
        return added;
    }

    /** The built-in set named {@code name}. */
    Dataset builtIn(String name) throws DatasetException {
        return BuiltInDatasets.load(name);
    }
}
