package org.descentfx.output;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A disk that is full after a given number of bytes, for tests on machines where no small file
 * system can be mounted: every {@link OutputFile} then fails as a real full disk does, with
 * "No space left on device", once it has written more than the capacity. Off unless
 * {@link #simulate} is called.
 *
 * <p>Safe to call from any thread.
 */
public final class FullDisk {
    private static final long OFF = -1;
    private static final AtomicLong CAPACITY = new AtomicLong(OFF);

    private FullDisk() {
    }

    /** Until the returned handle is closed, each output file fails after {@code capacity} bytes. */
    public static AutoCloseable simulate(long capacity) {
        CAPACITY.set(capacity);
        return () -> CAPACITY.set(OFF);
    }

    static OutputStream guard(OutputStream out) {
        long capacity = CAPACITY.get();
        return capacity == OFF ? out : new Limited(out, capacity);
    }

    private static final class Limited extends FilterOutputStream {
        private long left;

        Limited(OutputStream out, long capacity) {
            super(out);
            this.left = capacity;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int fits = (int) Math.min(len, left);
            out.write(b, off, fits);
            left -= fits;
            if (fits < len) {
                throw new IOException("No space left on device");
            }
        }
    }
}
