package org.descentfx.core.data;

import java.util.Objects;

/**
 * A data set could not be read. Checked, because a bad file is an ordinary
 * event the caller must show to a person, not a bug. The message is that
 * sentence: the file, where in it (line, column) when known, and what is wrong,
 * e.g. {@code noisy.csv, line 14, column 2: 'abc' is not a number}.
 */
public class DatasetException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String problem;

    /**
     * A problem with the whole source: no data rows, too large, unreadable. An empty
     * source means the problem concerns no source at all (a name that names nothing),
     * and the message is the problem alone.
     */
    public DatasetException(String source, String problem) {
        this(source, 0, 0, problem, null);
    }

    /** A problem with the whole source, caused by {@code cause} (an I/O failure). */
    public DatasetException(String source, String problem, Throwable cause) {
        this(source, 0, 0, problem, cause);
    }

    /** A problem with one line as a whole (1-based line number). */
    public DatasetException(String source, int line, String problem) {
        this(source, line, 0, problem, null);
    }

    /** A problem with one value: 1-based line and column. */
    public DatasetException(String source, int line, int column, String problem) {
        this(source, line, column, problem, null);
    }

    private DatasetException(String source, int line, int column, String problem, Throwable cause) {
        super(format(Objects.requireNonNull(source, "source"), line, column, problem), cause);
        this.source = source;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    private static String format(String source, int line, int column, String problem) {
        if (source.isEmpty()) {
            return problem;
        }
        StringBuilder s = new StringBuilder(source);
        if (line > 0) {
            s.append(", line ").append(line);
        }
        if (column > 0) {
            s.append(", column ").append(column);
        }
        return s.append(": ").append(problem).toString();
    }

    /** The file or resource name, as given to the reader; empty when there is none. */
    public String source() {
        return source;
    }

    /** The 1-based line of the problem, or 0 when it concerns the whole source. */
    public int line() {
        return line;
    }

    /** The 1-based column of the problem, or 0 when it concerns a whole line or source. */
    public int column() {
        return column;
    }

    /** The message without the position, for views that show the position apart. */
    public String problem() {
        return problem;
    }
}
