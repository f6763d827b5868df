package org.descentfx.core.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The data sets that ship with the app, as CSV files on the classpath under
 * {@code /data/}. {@code /data/index.txt} lists their names, one a line, in the order
 * they are offered; each file's first comment line is its title and its second comment
 * line its description, so a set is described in one place, beside its numbers.
 * Further comment lines are notes for people reading the file.
 *
 * <p>A set too large to ship as rows is generated when first loaded: its file holds only the comment
 * lines, one of them {@code # generate: n=…, xMin=…, xMax=…, slope=…, intercept=…, noise=…, seed=…},
 * the {@link DatasetGenerator} recipe of a seeded noisy line; the same recipe gives the same numbers
 * everywhere, and the set is generated once per run of the app.
 *
 * <p>Safe to call from any thread: the catalog is read once, on first use.
 */
public final class BuiltInDatasets {
    private static final String FOLDER = "/data/";
    /** The comment that makes a file a recipe instead of rows. */
    static final String GENERATE = "generate:";
    /** The name that reads the data from standard input. */
    public static final String STANDARD_INPUT = "-";

    /**
     * One shipped data set: its name (the file name without {@code .csv}), title, description and the
     * presets its file proposes ({@link Presets#NONE} if none).
     */
    public record BuiltIn(String name, String title, String description, Presets presets) {
    }

    private BuiltInDatasets() {
    }

    /** Every built-in data set, in the order of the index. */
    public static List<BuiltIn> all() {
        return Catalog.ALL;
    }

    /** The names of the built-in data sets, in the order of the index. */
    public static List<String> names() {
        return all().stream().map(BuiltIn::name).toList();
    }

    /** The presets of the built-in set {@code name}; {@link Presets#NONE} for any other name (a file, say). */
    public static Presets presetsOf(String name) {
        return all().stream().filter(b -> b.name().equals(name)).map(BuiltIn::presets).findFirst().orElse(Presets.NONE);
    }

    /** The presets of what {@link #resolve} reads for {@code fileOrName}: none for a file or standard input. */
    public static Presets presetsResolved(String fileOrName) {
        if (STANDARD_INPUT.equals(fileOrName) || isExistingFile(fileOrName)) {
            return Presets.NONE;
        }
        return presetsOf(fileOrName);
    }

    /** Reads the built-in data set {@code name}; an unknown name is an error that lists the known ones. */
    public static Dataset load(String name) throws DatasetException {
        if (!names().contains(name)) {
            throw new DatasetException("", "no built-in data set named '" + name + "'; built-in sets: " + listed());
        }
        DatasetGenerator recipe = Catalog.RECIPES.get(name);
        if (recipe != null) {
            return Catalog.GENERATED.computeIfAbsent(name, recipe::line);
        }
        try (InputStream in = open(name + ".csv")) {
            return DatasetReader.read(in, name + ".csv");
        } catch (IOException e) {
            throw new DatasetException(name + ".csv", "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * What a person typed to choose data: {@value #STANDARD_INPUT} reads standard input (under the
     * same limits as a file); the path of an existing file is read as CSV;
     * otherwise the name of a built-in set is loaded; otherwise it is an error that
     * lists the built-in names.
     */
    public static Dataset resolve(String fileOrName) throws DatasetException {
        if (STANDARD_INPUT.equals(fileOrName)) {
            return DatasetReader.read(System.in, "standard input");
        }
        if (isExistingFile(fileOrName)) {
            return DatasetReader.read(Path.of(fileOrName));
        }
        if (names().contains(fileOrName)) {
            return load(fileOrName);
        }
        throw new DatasetException("", "no file or built-in data set named '" + fileOrName
                + "'; built-in sets: " + listed());
    }

    private static boolean isExistingFile(String fileOrName) {
        try {
            return !fileOrName.isEmpty() && Files.exists(Path.of(fileOrName));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static String listed() {
        return String.join(", ", names());
    }

    private static InputStream open(String file) throws IOException {
        InputStream in = BuiltInDatasets.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IOException("the resource " + FOLDER + file + " is missing from the build");
        }
        return in;
    }

    private static BufferedReader lines(String file) throws IOException {
        return new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8));
    }

    /** Holder: the index is read when the catalog is first used, once, by the class loader's lock. */
    private static final class Catalog {
        /** The recipes of the generated sets, by name; filled by {@link #read}, before {@link #ALL} is set. */
        static final Map<String, DatasetGenerator> RECIPES = new ConcurrentHashMap<>();
        static final Map<String, Dataset> GENERATED = new ConcurrentHashMap<>();
        static final List<BuiltIn> ALL = read();

        private static List<BuiltIn> read() {
            try {
                List<BuiltIn> sets = new ArrayList<>();
                for (String name : indexedNames()) {
                    List<String> comments = leadingComments(name + ".csv");
                    if (comments.size() < 2) {
                        throw new IllegalStateException(name + ".csv must begin with a title and a description line");
                    }
                    sets.add(new BuiltIn(name, comments.get(0), comments.get(1), presets(name, comments)));
                    recipe(name, comments).ifPresent(r -> RECIPES.put(name, r));
                }
                return List.copyOf(sets);
            } catch (IOException e) {
                throw new UncheckedIOException("the built-in data sets cannot be read", e);
            }
        }

        private static Presets presets(String name, List<String> comments) {
            try {
                return Presets.parse(comments);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(name + ".csv: " + e.getMessage(), e);
            }
        }

        private static Optional<DatasetGenerator> recipe(String name, List<String> comments) {
            try {
                return comments.stream().filter(c -> c.startsWith(GENERATE)).findFirst()
                        .map(c -> DatasetGenerator.parse(c.substring(GENERATE.length())));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(name + ".csv: the recipe after '# " + GENERATE + "' " + e.getMessage(), e);
            }
        }

        private static List<String> indexedNames() throws IOException {
            try (BufferedReader in = lines("index.txt")) {
                return in.lines().map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .toList();
            }
        }

        /** The text of the comment lines before the first line of data or header. */
        private static List<String> leadingComments(String file) throws IOException {
            List<String> comments = new ArrayList<>();
            try (BufferedReader in = lines(file)) {
                String line;
                while ((line = in.readLine()) != null) {
                    String s = line.strip();
                    if (s.isEmpty()) {
                        continue;
                    }
                    if (!s.startsWith("#")) {
                        break;
                    }
                    comments.add(s.substring(1).strip());
                }
            }
            return comments;
        }
    }
}
