package org.descentfx.core.model;

import org.descentfx.core.data.Moments;

/**
 * A model's cost C(w, b) of Eq. (1) and its gradient ∇C in closed form from the data's centred
 * {@link Moments}: O(1) whatever n. Only a model whose C is a quadratic in (w, b) has one.
 */
public interface MomentForm {

    /** C(w, b) over all data. */
    double cost(Moments moments, double w, double b);

    /** (∂C/∂w, ∂C/∂b) over all data. */
    double[] gradient(Moments moments, double w, double b);

    /** The least-squares floor {w, b} of the valley: where ∇C = 0. */
    double[] floor(Moments moments);
}
