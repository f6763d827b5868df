package org.descentfx.core.cost;

import org.descentfx.core.data.Dataset;
import org.descentfx.core.data.DatasetException;
import org.descentfx.core.model.Model;

/**
 * The bound every reader of data applies after the file itself is read: values so large that C
 * of Eq. (1) is not finite at the start are refused, as no η could help. The message says the
 * data is at fault, not the learning rate.
 */
public final class FiniteCost {
    private FiniteCost() {
    }

    /** Returns {@code data} when C(w, b) at the start is finite for {@code model}; otherwise says the values are too large. */
    public static Dataset require(String source, Model model, Dataset data, double w, double b) throws DatasetException {
        if (!Double.isFinite(QuadraticCost.cost(model, data, w, b))) {
            throw new DatasetException(source, "the data's values are too large: C of Eq. (1) is not finite at the"
                    + " start (w, b) = (" + w + ", " + b + "); scale x and y down");
        }
        return data;
    }
}
