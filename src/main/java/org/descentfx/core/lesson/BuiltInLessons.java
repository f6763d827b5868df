package org.descentfx.core.lesson;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The lessons that ship with the app, as lesson files on the classpath under {@code /lessons/}
 * ({@code assets/lessons/} in the sources); {@code /lessons/index.txt} lists their file names in
 * order. Safe to call from any thread.
 */
public final class BuiltInLessons {
    private static final String FOLDER = "/lessons/";

    private BuiltInLessons() {
    }

    /** The file names of the built-in lessons, in the order of the index. */
    public static List<String> names() {
        try (BufferedReader in = reader("index.txt")) {
            return in.lines().map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the built-in lessons' index cannot be read", e);
        }
    }

    /**
     * The built-in lesson that {@code name} stands for: its file name in the index, that name
     * without {@code .md}, or its number in the index ({@code 2} for the second); empty when none.
     */
    public static java.util.Optional<String> find(String name) {
        String wanted = name.strip();
        List<String> names = names();
        for (int i = 0; i < names.size(); i++) {
            String file = names.get(i);
            if (file.equals(wanted) || file.equals(wanted + ".md") || wanted.equals(Integer.toString(i + 1))) {
                return java.util.Optional.of(file);
            }
        }
        return java.util.Optional.empty();
    }

    /** Reads the built-in lesson {@code name} (a file name of the index); it may name built-in data sets only. */
    public static Lesson load(String name) throws LessonException {
        try (BufferedReader in = reader(name)) {
            StringBuilder text = new StringBuilder();
            in.lines().forEach(line -> text.append(line).append('\n'));
            return LessonReader.parse(text.toString(), "lessons/" + name, null);
        } catch (IOException e) {
            throw new LessonException("lessons/" + name, List.of(new LessonProblem(1, "cannot be read: " + e.getMessage())));
        }
    }

    private static BufferedReader reader(String file) throws IOException {
        InputStream in = BuiltInLessons.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IOException("the resource " + FOLDER + file + " is missing from the build");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
