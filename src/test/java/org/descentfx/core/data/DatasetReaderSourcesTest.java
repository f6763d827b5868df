package org.descentfx.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sources that could hang the reader or exhaust memory, and first lines that look like data but were headers. */
class DatasetReaderSourcesTest {
    @TempDir
    Path dir;

    @Test
    void aDeviceThatNeverEndsIsRefusedAtOnce() {
        assertThatThrownBy(() -> DatasetReader.read(Path.of("/dev/zero")))
                .isInstanceOf(DatasetException.class)
                .hasMessageStartingWith("/dev/zero: cannot read: it is not a regular file");
    }

    @Test
    void aPipeWithNoWriterIsRefusedWithoutBlocking() throws Exception {
        // given: a named pipe nobody writes to; opening it would wait forever
        Path fifo = dir.resolve("data.csv");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

        // when
        CompletableFuture<Throwable> read = CompletableFuture.supplyAsync(() -> {
            try {
                DatasetReader.read(fifo);
                return null;
            } catch (DatasetException e) {
                return e;
            }
        });

        // then
        assertThat(read.get(10, TimeUnit.SECONDS)).hasMessageStartingWith(fifo + ": cannot read: it is not a regular file");
    }

    @Test
    void aStreamIsCountedByTheBytesReadNotByASize() {
        // given: a stream of zeros with no line end, like /dev/zero on standard input, and a 1 KB limit
        InputStream zeros = new InputStream() {
            @Override
            public int read() {
                return 0;
            }
        };
        var limits = new DatasetReader.Limits(1024, DatasetReader.MAX_ROWS);

        // when / then
        assertThatThrownBy(() -> DatasetReader.read(zeros, "standard input", limits))
                .hasMessage("standard input: more than 1024 bytes were read, the limit of a data source");
    }

    @Test
    void aStreamWithinTheLimitIsRead() throws Exception {
        byte[] csv = "x,y\n1,2\n3,4\n".getBytes(StandardCharsets.UTF_8);
        var limits = new DatasetReader.Limits(csv.length, DatasetReader.MAX_ROWS);

        assertThat(DatasetReader.read(new ByteArrayInputStream(csv), "standard input", limits).size()).isEqualTo(2);
    }

    @Test
    void aFileThatGrowsPastTheLimitWhileReadIsStopped() throws Exception {
        Path file = Files.writeString(dir.resolve("big.csv"), "1,2\n".repeat(1000));
        var limits = new DatasetReader.Limits(100, DatasetReader.MAX_ROWS);

        assertThatThrownBy(() -> DatasetReader.read(file, limits)).hasMessageContaining("larger than the limit of 100 bytes");
    }

    @Test
    void mistypedNumbersOnTheFirstLineAreNotTakenForAHeader() {
        assertThatThrownBy(() -> read("1d,2f\n3,4\n")).hasMessage("d.csv, line 1, column 1: '1d' is not a number");
        assertThatThrownBy(() -> read("\u0661,\u0662\n")).hasMessage("d.csv, line 1, column 1: '\u0661' is not a number");
    }

    @Test
    void aHeaderWithNoRowsAfterItIsNamed() {
        assertThatThrownBy(() -> read("# comment\nx,y\n"))
                .hasMessage("d.csv: no data rows: line 2, 'x,y', was taken as the header, as neither of its columns"
                        + " is a number");
    }

    @Test
    void standardInputIsReadWhenAskedForAsDash() throws Exception {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("1,2\n2,4\n".getBytes(StandardCharsets.UTF_8)));
            Dataset data = BuiltInDatasets.resolve("-");
            assertThat(data.size()).isEqualTo(2);
        } finally {
            System.setIn(saved);
        }
    }

    private static Dataset read(String text) throws DatasetException {
        return DatasetReader.read(new StringReader(text), "d.csv");
    }
}
