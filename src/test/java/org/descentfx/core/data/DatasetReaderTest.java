package org.descentfx.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatasetReaderTest {
    @TempDir
    Path dir;

    private static Dataset read(String text) throws DatasetException {
        return DatasetReader.read(new StringReader(text), "noisy.csv");
    }

    @Test
    void readsAGoodFileSkippingCommentsBlankLinesAndTheHeader() throws Exception {
        // given
        String text = """
                # Noisy line
                # a description

                x,y
                1.5,4
                  -2 ,\t-3e-1\s
                # a note between rows

                0,1
                """;
        // when
        Dataset data = read(text);
        // then
        assertThat(data.xs()).containsExactly(1.5, -2, 0);
        assertThat(data.ys()).containsExactly(4, -0.3, 1);
    }

    @Test
    void readsAFileWithoutHeader() throws Exception {
        Dataset data = read("1,2\n3,4\n");

        assertThat(data.xs()).containsExactly(1, 3);
        assertThat(data.ys()).containsExactly(2, 4);
    }

    @Test
    void acceptsWindowsLineEndsAByteOrderMarkAndNoFinalNewline() throws Exception {
        Dataset data = read("\uFEFFx,y\r\n1,2\r\n3,4");

        assertThat(data.xs()).containsExactly(1, 3);
        assertThat(data.ys()).containsExactly(2, 4);
    }

    @Test
    void namesTheDatasetAfterTheFileWithoutCsv() throws Exception {
        // given
        Path file = Files.writeString(dir.resolve("noisy-line.csv"), "1,2\n");
        // when
        Dataset fromFile = DatasetReader.read(file);
        Dataset fromStream = DatasetReader.read(
                new ByteArrayInputStream("1,2\n".getBytes(StandardCharsets.UTF_8)), "data/other.CSV");
        // then
        assertThat(fromFile.name()).isEqualTo("noisy-line");
        assertThat(fromStream.name()).isEqualTo("other");
    }

    @Test
    void readsValuesBackToTheSameDoubles() throws Exception {
        double x = 0.1 + 0.2;
        double y = -1.0 / 3;

        Dataset data = read(x + "," + y + "\n");

        assertThat(data.x(0)).isEqualTo(x);
        assertThat(data.y(0)).isEqualTo(y);
    }

    static Stream<Arguments> badTexts() {
        return Stream.of(
                Arguments.of("x,y\n1,2\n3,abc\n", "noisy.csv, line 3, column 2: 'abc' is not a number"),
                Arguments.of("1,2\n\n# c\nabc,3\n", "noisy.csv, line 4, column 1: 'abc' is not a number"),
                Arguments.of("1,2\n1d,2\n", "noisy.csv, line 2, column 1: '1d' is not a number"),
                Arguments.of("1,2\n0x10,2\n", "noisy.csv, line 2, column 1: '0x10' is not a number"),
                Arguments.of("1,2\n1.2.3,2\n", "noisy.csv, line 2, column 1: '1.2.3' is not a number"),
                Arguments.of("1,2\n3,NaN\n", "noisy.csv, line 2, column 2: 'NaN' is not finite"),
                Arguments.of("1,2\n-Infinity,0\n", "noisy.csv, line 2, column 1: '-Infinity' is not finite"),
                Arguments.of("1,2\n3,1e999\n", "noisy.csv, line 2, column 2: '1e999' is not finite"),
                Arguments.of("1,2\n1,2,3\n", "noisy.csv, line 2, column 3: expected 2 columns, found 3"),
                Arguments.of("1,2\n1,2,\n", "noisy.csv, line 2, column 3: expected 2 columns, found 3"),
                Arguments.of("1,2\n1;2\n", "noisy.csv, line 2, column 2: expected 2 columns, found 1"),
                Arguments.of("x,y,z\n1,2\n", "noisy.csv, line 1, column 3: expected 2 columns, found 3"),
                Arguments.of("1,2\n ,2\n", "noisy.csv, line 2, column 1: the value is missing"),
                Arguments.of("1,2\n3,\n", "noisy.csv, line 2, column 2: the value is missing"),
                // a header needs names in both columns
                Arguments.of("x,2\n1,2\n", "noisy.csv, line 1, column 1: 'x' is not a number"),
                Arguments.of("# title\n1,y\n1,2\n", "noisy.csv, line 2, column 2: 'y' is not a number"),
                // only the first content line may be a header
                Arguments.of("x,y\nx,y\n1,2\n", "noisy.csv, line 2, column 1: 'x' is not a number"));
    }

    @ParameterizedTest
    @MethodSource("badTexts")
    void namesLineColumnAndProblemOfEveryBadValue(String text, String message) {
        assertThatThrownBy(() -> read(text))
                .isInstanceOf(DatasetException.class)
                .hasMessage(message);
    }

    @Test
    void reportsThePositionApartForViews() {
        DatasetException e = catchDatasetException(() -> read("1,2\n3,abc\n"));

        assertThat(e.source()).isEqualTo("noisy.csv");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(2);
        assertThat(e.problem()).isEqualTo("'abc' is not a number");
    }

    @Test
    void shortensAVeryLongValueInTheMessage() {
        String junk = "a".repeat(10_000);

        assertThatThrownBy(() -> read("1," + junk + "\n"))
                .hasMessage("noisy.csv, line 1, column 2: '" + "a".repeat(40) + "…' is not a number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n", "# only a comment\n"})
    void refusesTextWithoutDataRows(String text) {
        assertThatThrownBy(() -> read(text))
                .isInstanceOf(DatasetException.class)
                .hasMessage("noisy.csv: no data rows");
    }

    @Test
    void refusesAHeaderWithoutDataRowsNamingTheHeader() {
        assertThatThrownBy(() -> read("# title\nx,y\n\n"))
                .isInstanceOf(DatasetException.class)
                .hasMessageStartingWith("noisy.csv: no data rows: line 2, 'x,y', was taken as the header");
    }

    @Test
    void loadsNothingWhenTheLastRowIsBad() {
        // given: 1,000 good rows, then a bad one
        String text = "0,0\n".repeat(1000) + "1,oops\n";
        // when, then: no data set with the first 1,000 rows, an error instead
        assertThatThrownBy(() -> read(text))
                .hasMessage("noisy.csv, line 1001, column 2: 'oops' is not a number");
    }

    @Test
    void loadsNothingWhenTheStreamFailsHalfWay() {
        // given: a reader that gives two rows and then breaks
        Reader breaking = new Reader() {
            private final Reader rows = new StringReader("1,2\n3,4\n");

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                int n = rows.read(buffer, offset, length);
                if (n < 0) {
                    throw new IOException("connection reset");
                }
                return n;
            }

            @Override
            public void close() {
            }
        };
        // when, then
        assertThatThrownBy(() -> DatasetReader.read(breaking, "remote.csv"))
                .isInstanceOf(DatasetException.class)
                .hasMessage("remote.csv: cannot read: connection reset")
                .hasCauseInstanceOf(IOException.class);
    }

    private interface Reading {
        void run() throws Exception;
    }

    private static DatasetException catchDatasetException(Reading reading) {
        try {
            reading.run();
        } catch (DatasetException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError("expected a DatasetException, got " + e, e);
        }
        throw new AssertionError("expected a DatasetException, got none");
    }
}
