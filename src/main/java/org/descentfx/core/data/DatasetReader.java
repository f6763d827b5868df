package org.descentfx.core.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads the n training inputs (x, y) of Eq. (1) from CSV text.
 *
 * <p>The format is kept small so that every failure can name its line and column:
 * <ul>
 *   <li>two numeric columns, x then y, separated by a comma; spaces or tabs around
 *       a value are ignored, and so is a line end of {@code \r\n};</li>
 *   <li>lines whose first non-blank character is {@code #}, and blank lines, are ignored;</li>
 *   <li>the first other line may be a header, when <em>both</em> its columns are not
 *       numbers ({@code x,y}); a line with one name and one number is an error;</li>
 *   <li>every value is a finite decimal number ({@code 1.5}, {@code -2e-3});
 *       {@code NaN}, {@code Infinity} and overflowing values such as {@code 1e999} are refused.</li>
 * </ul>
 * A source may hold at most {@value #MAX_ROWS} data rows and 64 MB, counted on the bytes actually
 * read (a device or a pipe reports a size of 0); a path that is not a regular file (a device, a
 * pipe) is refused before it is opened, as it could block or never end, while a stream given
 * explicitly (standard input as {@code -}) is read under the same limits. Nothing is half-loaded: the result is a whole
 * {@link Dataset} or a {@link DatasetException}. Text is decoded as UTF-8; bytes that are
 * not UTF-8 become U+FFFD, so a stray byte in a comment is harmless and one in a
 * value is reported as "not a number" at its line.
 *
 * <p>Stateless: safe to call from any thread.
 */
public final class DatasetReader {
    /** The largest file read, in bytes: 64 MB. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    /** The largest number of data rows, n, read from one source. */
    public static final int MAX_ROWS = 1_000_000;

    /** The two limits; package-private so tests can meet them with small files. */
    record Limits(long maxBytes, int maxRows) {
        static final Limits DEFAULT = new Limits(MAX_BYTES, MAX_ROWS);
    }

    private DatasetReader() {
    }

    /**
     * Reads a CSV file. The data set is named after the file, without {@code .csv};
     * messages name the file as the path was given.
     */
    public static Dataset read(Path file) throws DatasetException {
        return read(file, Limits.DEFAULT);
    }

    /**
     * Reads CSV from a stream, decoded as UTF-8, at most 64 MB of it; {@code source} names it in
     * messages. Does not close the stream.
     */
    public static Dataset read(InputStream in, String source) throws DatasetException {
        return read(in, source, Limits.DEFAULT);
    }

    static Dataset read(InputStream in, String source, Limits limits) throws DatasetException {
        InputStream counted = InputFiles.limit(in, limits.maxBytes());
        try {
            return parse(new InputStreamReader(counted, StandardCharsets.UTF_8), source, datasetName(source),
                    limits.maxRows());
        } catch (InputFiles.TooLarge e) {
            throw new DatasetException(source, "more than " + describeSize(limits.maxBytes())
                    + " were read, the limit of a data source");
        } catch (IOException e) {
            throw unreadable(source, e);
        }
    }

    /** Reads CSV text; {@code source} (a file name) names it in messages. Does not close the reader. */
    public static Dataset read(Reader in, String source) throws DatasetException {
        return read(in, source, Limits.DEFAULT);
    }

    static Dataset read(Path file, Limits limits) throws DatasetException {
        String source = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new DatasetException(source, "cannot read: it is a directory, not a file");
            }
            long size = Files.isRegularFile(file) ? Files.size(file) : 0;
            if (size > limits.maxBytes()) {
                throw tooLarge(source, describeSize(size), limits);
            }
            try (Reader in = new InputStreamReader(InputFiles.open(file, limits.maxBytes()), StandardCharsets.UTF_8)) {
                return parse(in, source, datasetName(source), limits.maxRows());
            }
        } catch (InputFiles.TooLarge e) {
            // it grew while it was read
            throw tooLarge(source, "more than " + describeSize(limits.maxBytes()), limits);
        } catch (IOException e) {
            throw unreadable(source, e);
        }
    }

    static Dataset read(Reader in, String source, Limits limits) throws DatasetException {
        try {
            return parse(in, source, datasetName(source), limits.maxRows());
        } catch (IOException e) {
            throw unreadable(source, e);
        }
    }

    private static Dataset parse(Reader reader, String source, String name, int maxRows)
            throws IOException, DatasetException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
        CsvRows rows = new CsvRows(source, maxRows);
        String line;
        while ((line = in.readLine()) != null) {
            rows.accept(line);
        }
        return rows.toDataset(name);
    }

    /**
     * The last segment of a path, without a final {@code .csv}:
     * {@code data/noisy-line.csv} gives {@code noisy-line}.
     */
    static String datasetName(String source) {
        String s = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        boolean csv = s.length() > 4 && s.regionMatches(true, s.length() - 4, ".csv", 0, 4);
        if (s.isEmpty()) {
            return source;
        }
        return csv ? s.substring(0, s.length() - 4) : s;
    }

    private static DatasetException tooLarge(String source, String size, Limits limits) {
        return new DatasetException(source, "the file is " + size + ", larger than the limit of "
                + describeSize(limits.maxBytes()));
    }

    private static DatasetException unreadable(String source, IOException e) {
        return new DatasetException(source, "cannot read: " + reason(e), e);
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** "512 bytes", "64 MB", "70.5 MB", with MB = 2^20 bytes as in the 64 MB limit. */
    static String describeSize(long bytes) {
        long mb = 1024 * 1024;
        if (bytes < mb) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        if (bytes % mb == 0) {
            return bytes / mb + " MB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (double) mb);
    }
}
