package org.descentfx.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/** Standard output as the destination of a command's CSV; files go through {@link OutputFile}. */
public final class CsvOutput {
    private static final int BUFFER = 1 << 16;

    private CsvOutput() {
    }

    /**
     * Standard output, given as the command's {@code PrintWriter}. A {@code PrintWriter} hides
     * its failures, so this one checks it at every flush of the buffer and throws
     * {@link Closed} once the reader has gone away ({@code | head}). Closing it flushes only.
     */
    public static Writer toStandardOutput(PrintWriter out) {
        return new BufferedWriter(new Writer() {
            @Override
            public void write(char[] chars, int from, int length) throws IOException {
                out.write(chars, from, length);
                flush();
            }

            @Override
            public void flush() throws IOException {
                if (out.checkError()) {
                    throw new Closed();
                }
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        }, BUFFER);
    }

    /** Standard output can no longer be written, most often because its reader has stopped reading. */
    public static final class Closed extends IOException {
        private static final long serialVersionUID = 1L;

        Closed() {
            super("standard output is closed");
        }
    }
}
