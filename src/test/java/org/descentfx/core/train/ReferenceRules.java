package org.descentfx.core.train;

/**
 * The update rules of sgd, momentum, Nesterov, AdaGrad, RMSProp and Adam written out again from
 * their definitions, sharing no code with the production optimizers, so tests compare a run with
 * something other than itself. g is the mini-batch mean gradient, applied per parameter; t counts
 * the steps from 1. One instance follows one run: it keeps the rule's state.
 */
public final class ReferenceRules {

    /** The mini-batch mean gradient (1/m) Σ_j ∇C_Xj at (w, b), as {gw, gb}. */
    @FunctionalInterface
    public interface MeanGradient {
        double[] at(double w, double b);
    }

    private final String rule;
    private final double mu;
    private final double rho;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double[] u = new double[2];
    private final double[] big = new double[2];
    private final double[] m1 = new double[2];
    private final double[] m2 = new double[2];
    private int t;

    /** The defaults: μ = 0.9, ρ = 0.9, β₁ = 0.9, β₂ = 0.999, ε = 1e-8. */
    public ReferenceRules(String rule) {
        this(rule, 0.9, 0.9, 0.9, 0.999, 1e-8);
    }

    public ReferenceRules(String rule, double mu, double rho, double beta1, double beta2, double epsilon) {
        this.rule = rule;
        this.mu = mu;
        this.rho = rho;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    /** One step from v = {w, b} with learning rate η; returns the new v. */
    public double[] step(double[] v, double eta, MeanGradient gradient) {
        t++;
        double[] next = new double[2];
        double[] g = rule.equals("nesterov") ? gradient.at(v[0] + mu * u[0], v[1] + mu * u[1]) : gradient.at(v[0], v[1]);
        for (int k = 0; k < 2; k++) {
            switch (rule) {
                case "sgd" -> next[k] = v[k] - eta * g[k];
                case "momentum", "nesterov" -> {
                    u[k] = mu * u[k] - eta * g[k];
                    next[k] = v[k] + u[k];
                }
                case "adagrad" -> {
                    big[k] = big[k] + g[k] * g[k];
                    next[k] = v[k] - eta * g[k] / (Math.sqrt(big[k]) + epsilon);
                }
                case "rmsprop" -> {
                    big[k] = rho * big[k] + (1 - rho) * g[k] * g[k];
                    next[k] = v[k] - eta * g[k] / (Math.sqrt(big[k]) + epsilon);
                }
                case "adam" -> {
                    m1[k] = beta1 * m1[k] + (1 - beta1) * g[k];
                    m2[k] = beta2 * m2[k] + (1 - beta2) * g[k] * g[k];
                    double m1Hat = m1[k] / (1 - Math.pow(beta1, t));
                    double m2Hat = m2[k] / (1 - Math.pow(beta2, t));
                    next[k] = v[k] - eta * m1Hat / (Math.sqrt(m2Hat) + epsilon);
                }
                default -> throw new IllegalArgumentException("no such rule: " + rule);
            }
        }
        return next;
    }

    /** The velocity u of momentum and Nesterov. */
    public double[] velocity() {
        return u.clone();
    }
}
