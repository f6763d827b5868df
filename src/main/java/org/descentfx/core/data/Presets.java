package org.descentfx.core.data;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What a built-in data set proposes for its lesson: the model, the start (w, b), the learning rate η,
 * the mini-batch size m and the number of epochs. Each is optional. They are written in the set's CSV
 * as comment lines {@code # preset_model: sigmoid}, {@code # preset_start: W,B}, {@code # preset_lr: η},
 * {@code # preset_batch: m}, {@code # preset_epochs: E}, beside the numbers they were chosen for.
 */
public record Presets(Optional<String> model, Optional<Start> start, OptionalDouble learningRate,
                      OptionalInt miniBatchSize, OptionalInt epochs) {
    /** No presets. */
    public static final Presets NONE = new Presets(Optional.empty(), Optional.empty(), OptionalDouble.empty(),
            OptionalInt.empty(), OptionalInt.empty());
    /** The prefix of a preset's comment line, after {@code #}. */
    static final String PREFIX = "preset_";

    /** A start point (w, b). */
    public record Start(double w, double b) {
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /**
     * The presets among a file's comment lines (their text after {@code #}); other lines are skipped.
     * A preset that does not parse is an error naming its line.
     */
    static Presets parse(List<String> comments) {
        Presets p = NONE;
        for (String line : comments) {
            if (!line.startsWith(PREFIX)) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("preset without ':': " + line);
            }
            String key = line.substring(PREFIX.length(), colon).strip();
            String value = line.substring(colon + 1).strip();
            try {
                p = p.with(key, value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("preset '" + key + "' is not a number: " + value, e);
            }
        }
        return p;
    }

    private Presets with(String key, String value) {
        return switch (key) {
            case "model" -> new Presets(Optional.of(value), start, learningRate, miniBatchSize, epochs);
            case "start" -> new Presets(model, Optional.of(startOf(value)), learningRate, miniBatchSize, epochs);
            case "lr" -> new Presets(model, start, OptionalDouble.of(positive(Double.parseDouble(value), key)),
                    miniBatchSize, epochs);
            case "batch" -> new Presets(model, start, learningRate, OptionalInt.of(atLeastOne(value, key)), epochs);
            case "epochs" -> new Presets(model, start, learningRate, miniBatchSize, OptionalInt.of(atLeastOne(value, key)));
            default -> throw new IllegalArgumentException("unknown preset '" + key
                    + "': use model, start, lr, batch or epochs");
        };
    }

    private static Start startOf(String value) {
        String[] parts = value.split(",");
        if (parts.length != 2) {
            throw new IllegalArgumentException("preset 'start' must be W,B: " + value);
        }
        double w = Double.parseDouble(parts[0].strip());
        double b = Double.parseDouble(parts[1].strip());
        if (!Double.isFinite(w) || !Double.isFinite(b)) {
            throw new IllegalArgumentException("preset 'start' must be finite: " + value);
        }
        return new Start(w, b);
    }

    private static double positive(double v, String key) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException("preset '" + key + "' must be a positive number: " + v);
        }
        return v;
    }

    private static int atLeastOne(String value, String key) {
        int v = Integer.parseInt(value);
        if (v < 1) {
            throw new IllegalArgumentException("preset '" + key + "' must be at least 1: " + value);
        }
        return v;
    }

    /** The presets as {@code analyze} prints them: one {@code preset_KEY: value} a line, in a fixed order. */
    public List<String> lines() {
        List<String> out = new java.util.ArrayList<>();
        model.ifPresent(m -> out.add(PREFIX + "model: " + m));
        start.ifPresent(s -> out.add(PREFIX + "start: " + s.w() + "," + s.b()));
        learningRate.ifPresent(v -> out.add(PREFIX + "lr: " + v));
        miniBatchSize.ifPresent(v -> out.add(PREFIX + "batch: " + v));
        epochs.ifPresent(v -> out.add(PREFIX + "epochs: " + v));
        return out;
    }
}
