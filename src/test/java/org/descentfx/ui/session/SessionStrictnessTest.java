package org.descentfx.ui.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The damaged session files that were once read wrongly (an exception not of our own, or a value
 * silently coerced), each refused now with a message naming the file and, where there is one, the
 * line and the field.
 */
class SessionStrictnessTest {
    private static final String VALID = """
            {
              "version" : 1,
              "model" : "linear",
              "data" : {
                "builtIn" : null,
                "name" : "mine",
                "x" : [ 1.0, 2.0, 3.0 ],
                "y" : [ 2.0, 4.0, 6.5 ]
              },
              "startW" : 0.0,
              "startB" : 0.0,
              "seed" : 1,
              "compare" : false,
              "stochastic" : false,
              "runs" : [ {
                "learningRate" : 0.02,
                "miniBatchSize" : 2,
                "changes" : [ {
                  "step" : 3,
                  "learningRate" : 0.05,
                  "miniBatchSize" : 1
                } ],
                "step" : 5
              } ]
            }
            """;

    @TempDir
    Path dir;

    @Test
    void theUndamagedFileOpens() throws Exception {
        Session s = SessionFile.read(write(VALID));

        assertThat(s.runs().get(0).changes()).containsExactly(new Session.Change(3, 0.05, 1));
        assertThat(SessionMapper.restore("s.json", s).plans().get(0).steps()).isEqualTo(5);
    }

    @Test
    void nestingDeeperThanTheReadersLimit() throws Exception {
        String deep = VALID.replace("\"seed\" : 1", "\"seed\" : " + "[".repeat(1001) + "]".repeat(1001));

        assertThatThrownBy(() -> SessionFile.read(write(deep))).isExactlyInstanceOf(SessionException.class)
                .hasMessageStartingWith("s.json: not a DescentFX session (").hasMessageContaining("nesting depth");
    }

    @Test
    void aNumberOfMoreThanAThousandDigits() throws Exception {
        String big = VALID.replace("\"seed\" : 1", "\"seed\" : 1" + "0".repeat(1001));

        assertThatThrownBy(() -> SessionFile.read(write(big))).isExactlyInstanceOf(SessionException.class)
                .hasMessageStartingWith("s.json: not a DescentFX session (").hasMessageContaining("length");
    }

    @Test
    void aNameOfThirtyMillionCharacters() throws Exception {
        String huge = VALID.replace("\"seed\" : 1", "\"" + "n".repeat(30_000_000) + "\" : 1");

        assertThatThrownBy(() -> SessionFile.read(write(huge))).isExactlyInstanceOf(SessionException.class)
                .hasMessageStartingWith("s.json: not a DescentFX session (");
    }

    @Test
    void changesThatAreNull() throws Exception {
        assertThatThrownBy(() -> SessionFile.read(write(VALID.replaceFirst("\"changes\" : \\[[^]]*]", "\"changes\" : null"))))
                .hasMessage("s.json, field runs[0].changes: the list of changes of η and m is missing (null)");
    }

    @Test
    void aChangeThatIsNull() throws Exception {
        assertThatThrownBy(() -> SessionFile.read(write(VALID.replaceFirst("\"changes\" : \\[[^]]*]", "\"changes\" : [ null ]"))))
                .hasMessage("s.json, field runs[0].changes[0]: a change of η and m is empty (null)");
    }

    @Test
    void garbageAfterTheEnd() throws Exception {
        assertThatThrownBy(() -> SessionFile.read(write(VALID + "x")))
                .hasMessage("s.json: not a DescentFX session (the JSON is damaged, line 26, column 2)");
        assertThatThrownBy(() -> SessionFile.read(write(VALID + "{}")))
                .hasMessageEndingWith("there is more after the end of the session");
    }

    @Test
    void aKeyTwice() throws Exception {
        String twice = VALID.replace("\"seed\" : 1,", "\"seed\" : 1,\n  \"seed\" : 2,");

        assertThatThrownBy(() -> SessionFile.read(write(twice)))
                .hasMessage("s.json, line 13, column 9: the field 'seed' appears twice");
    }

    @Test
    void aNumberWrittenAsText() throws Exception {
        assertThatThrownBy(() -> SessionFile.read(write(VALID.replace("\"learningRate\" : 0.02", "\"learningRate\" : \"0.5\""))))
                .hasMessage("s.json, line 16, column 22, field runs[0].learningRate: expected a number, not the text \"0.5\"");
    }

    @Test
    void aFractionWhereAWholeNumberBelongs() throws Exception {
        assertThatThrownBy(() -> SessionFile.read(write(VALID.replace("\"step\" : 5", "\"step\" : 1.9"))))
                .hasMessage("s.json, line 23, column 14, field runs[0].step: expected a whole number, not 1.9");
    }

    @Test
    void aVersionThatIsAFraction() throws Exception {
        assertThatThrownBy(() -> SessionFile.read(write(VALID.replace("\"version\" : 1", "\"version\" : 1.9"))))
                .hasMessage("s.json: session version 1.9 is not one this DescentFX can open (it reads versions 1 to 4)");
    }

    @Test
    void dataThatOverflows() throws Exception {
        assertThatThrownBy(() -> SessionFile.read(write(VALID.replace("6.5", "1e400"))))
                .hasMessage("s.json, field data.y[2]: the value is too large for a number (it overflows)");
    }

    @Test
    void aWholeNumberOutOfRange() throws Exception {
        assertThatThrownBy(() -> SessionFile.read(write(VALID.replace("\"miniBatchSize\" : 2", "\"miniBatchSize\" : 2147483648"))))
                .isExactlyInstanceOf(SessionException.class)
                .hasMessage("s.json, line 17, column 33, field runs[0].miniBatchSize: the number 2147483648 is out of range"
                        + " for this field");
    }

    @Test
    void anUnknownField() throws Exception {
        assertThatThrownBy(() -> SessionFile.read(write(VALID.replace("\"seed\" : 1,", "\"seed\" : 1, \"colour\" : 1,"))))
                .hasMessageStartingWith("s.json, line ").hasMessageEndingWith("field colour: no such field in a session");
        assertThatThrownBy(() -> SessionFile.read(write(VALID.replace("\"seed\" : 1", "\"sead\" : 1"))))
                .isExactlyInstanceOf(SessionException.class).hasMessageContaining("field seed: the field is missing");
    }

    @Test
    void aMissingField() throws Exception {
        assertThatThrownBy(() -> SessionFile.read(write(VALID.replace("\"seed\" : 1,", ""))))
                .hasMessageEndingWith("field seed: the field is missing");
    }

    @Test
    void aFolderOrAPipeIsNotReadAndNothingBlocks() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        assertThatThrownBy(() -> SessionFile.read(fifo))
                .hasMessageStartingWith("pipe.json: cannot be read (it is not a regular file");
        assertThatThrownBy(() -> SessionFile.read(dir)).hasMessageEndingWith("cannot be read (it is a folder, not a file)");
    }

    private Path write(String text) throws Exception {
        return Files.writeString(dir.resolve("s.json"), text);
    }
}
