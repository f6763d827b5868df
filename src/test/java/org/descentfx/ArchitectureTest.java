package org.descentfx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dependency rules from DESIGN.md, checked on the source text: {@code core} (the seed's math)
 * and {@code engine} (the training thread) never use JavaFX, and {@code core} not AWT either.
 * Comments are ignored; code and string literals (so {@code Class.forName("javafx…")}) count.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/org/descentfx");
    private static final Pattern JAVAFX = Pattern.compile("(?<![\\w.])javafx\\.");
    private static final Pattern AWT = Pattern.compile("(?<![\\w.])java\\.awt\\b");

    @Test
    void coreUsesNeitherJavaFxNorAwt() {
        // given
        Path core = MAIN.resolve("core");
        assertThat(javaFiles(core)).as("Java sources under %s", core).isNotEmpty();

        // when
        List<String> violations = scan(core, JAVAFX, AWT);

        // then
        assertThat(violations).as("core must not depend on JavaFX or AWT").isEmpty();
    }

    @Test
    void engineUsesNoJavaFx() {
        // when
        List<String> violations = scan(MAIN.resolve("engine"), JAVAFX);

        // then
        assertThat(violations).as("engine must not depend on JavaFX").isEmpty();
    }

    @Test
    void scanCatchesImportsAndQualifiedNamesButNotComments(@TempDir Path dir) throws IOException {
        // given
        Path nested = Files.createDirectories(dir.resolve("train"));
        Files.writeString(nested.resolve("Importer.java"), String.join("\n",
                "package p;",
                "",
                "import javafx.scene.Node;",
                "class Importer {}"));
        Files.writeString(dir.resolve("Qualified.java"), String.join("\n",
                "package p;",
                "class Qualified {",
                "    java.awt.Color colour;",
                "    Object fx = javafx.application.Platform.class;",
                "}"));
        Files.writeString(dir.resolve("Clean.java"), String.join("\n",
                "package p;",
                "/** Knows nothing of javafx.scene, see java.awt.Color. */",
                "class Clean { // not javafx.stage either",
                "    /* java.awt.Image */ String s = \"// javafx.\";",
                "}"));

        // when
        List<String> violations = scan(dir, JAVAFX, AWT);

        // then
        assertThat(violations).containsExactlyInAnyOrder(
                "Qualified.java line 3: java.awt.Color colour;",
                "Qualified.java line 4: Object fx = javafx.application.Platform.class;",
                "Clean.java line 4: String s = \"// javafx.\";",
                "train/Importer.java line 3: import javafx.scene.Node;");
    }

    @Test
    void scanOfAMissingDirectoryFindsNothing(@TempDir Path dir) {
        assertThat(scan(dir.resolve("absent"), JAVAFX)).isEmpty();
    }

    /** Lines of code under {@code root} that match any of {@code forbidden}, as "file line N: code". */
    static List<String> scan(Path root, Pattern... forbidden) {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles(root)) {
            String[] lines = withoutComments(read(file)).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                for (Pattern pattern : forbidden) {
                    if (pattern.matcher(lines[i]).find()) {
                        String where = root.relativize(file).toString().replace('\\', '/');
                        violations.add(where + " line " + (i + 1) + ": " + lines[i].strip());
                        break;
                    }
                }
            }
        }
        return violations;
    }

    private static List<Path> javaFiles(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Blanks out comments, keeping line breaks (so line numbers hold) and string literals. */
    static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                while (i < source.length() && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                source.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = endOfLiteral(source, i, c);
                out.append(source, i, end);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int endOfLiteral(String source, int start, char quote) {
        int i = start + 1;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote || c == '\n') {
                return i + 1;
            } else {
                i++;
            }
        }
        return source.length();
    }
}
