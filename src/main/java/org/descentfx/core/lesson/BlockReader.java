package org.descentfx.core.lesson;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.data.DatasetException;
import org.descentfx.core.data.DatasetReader;
import org.descentfx.core.train.Point;

/**
 * Reads the {@code key: value} lines of a lesson's fenced blocks into a {@link Setup}, a
 * {@link Question} or a {@link Wait}, reporting each problem at its line. Remembers the n of the
 * last data set named, so that an m larger than n is caught where it is written.
 */
final class BlockReader {
    static final List<String> SETUP_KEYS = List.of("data", "model", "start", "eta", "m", "seed", "compare",
            "stochastic", "optimizer", "view", "speed", "do");
    static final List<String> ASK_KEYS = List.of("kind", "question", "answer", "choices", "tolerance");
    static final List<String> WAIT_KEYS = List.of("until", "hint");

    private final Path folder;
    private final Consumer<LessonProblem> problems;
    private final Values values;
    /** n of the data last set by the lesson; 0 while unknown. */
    private int dataSize;

    BlockReader(Path folder, Consumer<LessonProblem> problems) {
        this.folder = folder;
        this.problems = problems;
        this.values = new Values(problems);
    }

    /** A value with the line it is written on. */
    record Entry(int line, String value) {
    }

    Setup setup(int line, List<String> body) {
        Map<String, Entry> e = entries(line, body, "setup", SETUP_KEYS);
        String dataset = null;
        Path file = null;
        Entry data = e.get("data");
        if (data != null) {
            if (data.value().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                file = csv(data);
            } else {
                dataset = builtIn(data);
            }
        }
        Entry m = e.get("m");
        Integer batch = m == null ? null : values.miniBatchSize(m, dataSize);
        return new Setup(dataset, file, values.model(e.get("model")), values.point(e.get("start")),
                values.learningRate(e.get("eta")), batch, values.seed(e.get("seed")),
                values.onOff(e.get("compare"), "compare"), values.onOff(e.get("stochastic"), "stochastic"),
                values.optimizer(e.get("optimizer")), values.oneOf(e.get("view"), "view", List.of("map", "valley", "gradients")),
                values.speed(e.get("speed")), values.actions(e.get("do")));
    }

    Question question(int line, List<String> body) {
        Map<String, Entry> e = entries(line, body, "ask", ASK_KEYS);
        return new QuestionReader(values, problems).read(line, e);
    }

    Wait waitFor(int line, List<String> body) {
        Map<String, Entry> e = entries(line, body, "wait", WAIT_KEYS);
        Entry until = e.get("until");
        if (until == null) {
            problem(line, "a wait block needs 'until:' (play, epoch >= K, step >= K, eta < X, eta > X, m <= K, "
                    + "m >= K or compare)");
            return null;
        }
        Entry hint = e.get("hint");
        return values.waitFor(until, hint == null ? null : hint.value());
    }

    /** The block's keys and values; unknown and repeated keys and lines without a colon are problems. */
    private Map<String, Entry> entries(int fence, List<String> body, String block, List<String> keys) {
        Map<String, Entry> found = new LinkedHashMap<>();
        for (int i = 0; i < body.size(); i++) {
            int line = fence + 1 + i;
            String s = withoutComment(body.get(i)).strip();
            if (s.isEmpty()) {
                continue;
            }
            int colon = s.indexOf(':');
            if (colon <= 0) {
                problem(line, "'" + s + "' is not 'key: value' (" + block + " keys: " + String.join(", ", keys) + ")");
                continue;
            }
            String key = canonical(s.substring(0, colon).strip().toLowerCase(Locale.ROOT));
            String value = s.substring(colon + 1).strip();
            if (!keys.contains(key)) {
                problem(line, unknownKey(key, block, keys));
            } else if (found.containsKey(key)) {
                problem(line, "'" + key + "' is set twice in this block (first on line " + found.get(key).line() + ")");
            } else if (value.isEmpty()) {
                problem(line, "'" + key + "' has no value");
            } else {
                found.put(key, new Entry(line, value));
            }
        }
        return found;
    }

    /** The text's symbols are accepted for the keys they name. */
    private static String canonical(String key) {
        return switch (key) {
            case "η", "learning rate", "learning-rate" -> "eta";
            case "mini-batch", "mini-batch size", "batch" -> "m";
            default -> key;
        };
    }

    /** A {@code #} that begins a comment: at the start of a line, or after a space. */
    private static String withoutComment(String line) {
        String s = line.strip();
        if (s.startsWith("#")) {
            return "";
        }
        int hash = line.indexOf(" #");
        return hash < 0 ? line : line.substring(0, hash);
    }

    static String unknownKey(String key, String block, List<String> keys) {
        String near = null;
        int best = 3;
        for (String k : keys) {
            int d = editDistance(key, k);
            if (d < best) {
                best = d;
                near = k;
            }
        }
        return "unknown key '" + key + "' in " + (block.equals("ask") ? "an " : "a ") + block + " block" + (near == null ? "" : "; did you mean '" + near + "'?")
                + " (" + block + " keys: " + String.join(", ", keys) + ")";
    }

    /** Levenshtein distance, to name the key a misspelt one was meant to be. */
    static int editDistance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int up = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1),
                        diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = up;
            }
        }
        return row[b.length()];
    }

    private String builtIn(Entry data) {
        try {
            dataSize = BuiltInDatasets.load(data.value()).size();
            return data.value();
        } catch (DatasetException e) {
            problem(data.line(), "data: " + e.getMessage() + "; or a CSV file next to the lesson, say 'data: points.csv'");
            return null;
        }
    }

    private Path csv(Entry data) {
        if (folder == null) {
            problem(data.line(), "data: a built-in lesson names only built-in data sets, not '" + data.value() + "'");
            return null;
        }
        try {
            Path file = folder.resolve(data.value()).normalize();
            if (!Files.isRegularFile(file)) {
                problem(data.line(), "data: no file '" + data.value() + "' next to the lesson (looked for " + file + ")");
                return null;
            }
            dataSize = DatasetReader.read(file).size();
            return file;
        } catch (InvalidPathException e) {
            problem(data.line(), "data: '" + data.value() + "' is not a file name");
        } catch (DatasetException e) {
            problem(data.line(), "data: " + data.value() + ": " + e.getMessage());
        }
        return null;
    }

    private void problem(int line, String message) {
        problems.accept(new LessonProblem(line, message));
    }
}
