package org.descentfx.engine;

import java.util.List;
import org.descentfx.core.cost.QuadraticCost;
import org.descentfx.core.surface.Basins;
import org.descentfx.core.surface.LocalMinima;

/**
 * Where the descents of a fan ended when C of Eq. (1) has more than one valley in the window: the
 * valleys' minima (the deepest first), the valley the start lies in, and each seed's. Noise can
 * carry stochastic descent over the ridge that full-batch descent never crosses.
 *
 * @param minima      the local minima found in the window, lowest C first
 * @param startValley the index of the valley the start lies in; −1 if it flows to none of them
 * @param valleyOf    per seed, in seed order, the index of the valley its end lies in; −1 if none
 */
public record Valleys(List<LocalMinima.Found> minima, int startValley, int[] valleyOf) {
    /**
     * Valleys are looked for only where there can be more than one and the search stays short: a model
     * whose C has a closed form in the data's moments has a quadratic C, one valley; and the search
     * samples C on a grid of 97 × 97 points, n examples each.
     */
    static final long MOST_EXAMPLES = 10_000;

    public Valleys {
        minima = List.copyOf(minima);
        valleyOf = valleyOf.clone();
    }

    /** The basins of the setup's window, or null where valleys are not told apart (one valley, or too much data). */
    static Basins basinsOf(SeedFan.Setup setup) {
        if (QuadraticCost.isCheap(setup.model()) || setup.data().size() > MOST_EXAMPLES) {
            return null;
        }
        List<LocalMinima.Found> found = LocalMinima.in(setup.model(), setup.data(), setup.window());
        return found.size() < 2 ? null : new Basins(setup.model(), setup.data(), found);
    }

    /** How many seeds ended in the deepest valley. */
    public int inDeepest() {
        int k = 0;
        for (int v : valleyOf) {
            k += v == 0 ? 1 : 0;
        }
        return k;
    }

    /** Whether the start lies in a shallower valley than the deepest, so that ending in the deepest is an escape. */
    public boolean startsShallow() {
        return startValley > 0;
    }

    /** "escaped to the deeper valley: 14 of 20", or where the start already lies in the deepest, how many stayed. */
    public String summary() {
        String of = inDeepest() + " of " + valleyOf.length;
        String deeper = minima.size() == 2 ? "deeper" : "deepest";
        return startsShallow() ? "escaped to the " + deeper + " valley: " + of : "ended in the deepest valley: " + of;
    }
}
