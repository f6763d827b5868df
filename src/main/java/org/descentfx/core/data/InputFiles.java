package org.descentfx.core.data;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opening a file a person named, so that reading it can neither hang nor run out of memory: only
 * regular files are opened (a device such as {@code /dev/zero} never ends, a pipe with no writer
 * blocks forever), and no more bytes are read than a limit, counted as they arrive rather than
 * taken from a size the file system reports (which is 0 for devices and pipes).
 *
 * <p>Stateless: safe to call from any thread.
 */
public final class InputFiles {
    private InputFiles() {
    }

    /** Opens {@code file} to read at most {@code maxBytes}; a longer file fails with {@link TooLarge} as it is read. */
    public static InputStream open(Path file, long maxBytes) throws IOException {
        if (Files.isDirectory(file)) {
            throw new NotRegular("it is a folder, not a file");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new NotRegular("it is not a regular file (a device, a pipe or a socket), which could block or"
                    + " never end; give a file, or - to read standard input");
        }
        return limit(Files.newInputStream(file), maxBytes);
    }

    /** {@code in}, failing with {@link TooLarge} once more than {@code maxBytes} have been read. */
    public static InputStream limit(InputStream in, long maxBytes) {
        return new Counted(in, maxBytes);
    }

    /** The source is not a file that can be read to its end. */
    public static final class NotRegular extends IOException {
        private static final long serialVersionUID = 1L;

        NotRegular(String message) {
            super(message);
        }
    }

    /** More bytes arrived than the limit allows. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        private final long limit;

        TooLarge(long limit) {
            super("more than " + limit + " bytes");
            this.limit = limit;
        }

        /** The limit that was passed, in bytes. */
        public long limit() {
            return limit;
        }
    }

    private static final class Counted extends FilterInputStream {
        private final long max;
        private long read;

        Counted(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            // one byte more than the limit may be asked for, so a file of exactly the limit is accepted
            int asked = (int) Math.min(len, Math.max(1, max - read + 1));
            int n = super.read(b, off, asked);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) throws TooLarge {
            read += n;
            if (read > max) {
                throw new TooLarge(max);
            }
        }
    }
}
