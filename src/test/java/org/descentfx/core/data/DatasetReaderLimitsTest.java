package org.descentfx.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader's limits on rows and bytes, its speed, and files it cannot read. */
class DatasetReaderLimitsTest {
    @TempDir
    Path dir;

    private static Dataset read(String text) throws DatasetException {
        return DatasetReader.read(new StringReader(text), "noisy.csv");
    }

    @Test
    void refusesMoreRowsThanTheLimitNamingTheFirstRowTooMany() throws Exception {
        // given: a limit of 3 rows, a header and a comment before them
        var limits = new DatasetReader.Limits(DatasetReader.MAX_BYTES, 3);
        String text = "x,y\n# note\n1,1\n2,2\n3,3\n4,4\n";
        // when, then: 3 rows fit, the 4th (line 6) does not
        assertThat(DatasetReader.read(new StringReader("1,1\n2,2\n3,3\n"), "small.csv", limits).size()).isEqualTo(3);
        assertThatThrownBy(() -> DatasetReader.read(new StringReader(text), "small.csv", limits))
                .hasMessage("small.csv, line 6: more than 3 data rows");
    }

    @Test
    void refusesMoreThanAMillionRows() {
        String text = "0,0\n".repeat(1_000_001);

        assertThatThrownBy(() -> read(text))
                .hasMessage("noisy.csv, line 1000001: more than 1,000,000 data rows");
    }

    @Test
    void readsAMillionRowsWhole() throws Exception {
        // given: 1,000,000 rows of full-precision numbers, about 40 MB of text
        String csv = rows(DatasetReader.MAX_ROWS);
        // when
        Dataset data = read(csv);
        // then: every row is read, the last one to the last digit (the speed is not timed here:
        // a timed unit test flakes on a shared machine)
        assertThat(data.size()).isEqualTo(1_000_000);
        assertThat(data.x(0)).isEqualTo(Math.PI);
        assertThat(data.x(999_999)).isEqualTo(999_999 * 1e-6 + Math.PI);
        assertThat(data.y(999_999)).isEqualTo(2 * (999_999 * 1e-6 + Math.PI) + 1 / 3.0);
    }

    private static String rows(int n) {
        StringBuilder text = new StringBuilder("x,y\n");
        for (int i = 0; i < n; i++) {
            double x = i * 1e-6 + Math.PI;
            text.append(x).append(", ").append(2 * x + 1 / 3.0).append('\n');
        }
        return text.toString();
    }

    @Test
    void checksTheFileSizeBeforeReading() throws Exception {
        // given: a 200-byte file and a 100-byte limit
        Path file = Files.writeString(dir.resolve("big.csv"), "1,2\n".repeat(50));
        var limits = new DatasetReader.Limits(100, DatasetReader.MAX_ROWS);
        // when, then
        assertThatThrownBy(() -> DatasetReader.read(file, limits))
                .isInstanceOf(DatasetException.class)
                .hasMessage(file + ": the file is 200 bytes, larger than the limit of 100 bytes");
    }

    @Test
    void refusesAFileOver64MegabytesWithoutReadingIt() throws Exception {
        // given: a sparse 65 MB file of zero bytes, which would not parse if it were read
        Path file = dir.resolve("huge.csv");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(65L * 1024 * 1024);
        }
        // when, then
        assertThatThrownBy(() -> DatasetReader.read(file))
                .hasMessage(file + ": the file is 65 MB, larger than the limit of 64 MB");
    }

    @Test
    void namesTheFileAndTheReasonWhenItCannotBeRead() {
        Path missing = dir.resolve("missing.csv");

        assertThatThrownBy(() -> DatasetReader.read(missing))
                .isInstanceOf(DatasetException.class)
                .hasMessage(missing + ": cannot read: no such file");
        assertThatThrownBy(() -> DatasetReader.read(dir))
                .hasMessage(dir + ": cannot read: it is a directory, not a file");
    }

    @Test
    void describesSizesForPeople() {
        assertThat(DatasetReader.describeSize(1)).isEqualTo("1 byte");
        assertThat(DatasetReader.describeSize(1023)).isEqualTo("1023 bytes");
        assertThat(DatasetReader.describeSize(64L << 20)).isEqualTo("64 MB");
        assertThat(DatasetReader.describeSize((70L << 20) + (1L << 19))).isEqualTo("70.5 MB");
    }
}
