package org.descentfx.output;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file being written: the bytes go to a temporary file in the same folder, and only
 * {@link #commit} moves it over the user's file, atomically where the file system allows. A
 * write that fails, or a process that is stopped (Ctrl-C, {@code kill}), leaves the old file as
 * it was and no partial file behind; closing without a commit throws the temporary file away.
 * The new file keeps the permissions of the one it replaces. Every message names the user's
 * file, never the temporary one. What a process killed outright left behind is deleted by the
 * next write of the same file ({@link Leftovers}).
 *
 * <pre>{@code
 * try (OutputFile file = OutputFile.create(path)) {
 *     write(file.writer());
 *     file.commit();
 * }
 * }</pre>
 *
 * An existing target that is not a regular file ({@code /dev/null}, a pipe) cannot be replaced;
 * it is written in place, as a stream.
 *
 * <p>Thread rules: one thread writes and commits; the shutdown hook may abort from another.
 */
public final class OutputFile implements Closeable {
    private static final int BUFFER = 1 << 16;

    private final Path target;
    private final Path temporary;
    private final FileDescriptor descriptor;
    private final OutputStream stream;
    private Writer writer;
    private boolean finished;

    private OutputFile(Path target, Path temporary, FileDescriptor descriptor, OutputStream raw) {
        this.target = target;
        this.temporary = temporary;
        this.descriptor = descriptor;
        this.stream = new BufferedOutputStream(new Named(FullDisk.guard(raw)), BUFFER);
    }

    /** Starts writing {@code file}; nothing of it changes until {@link #commit}. */
    public static OutputFile create(Path file) throws IOException {
        Path target = real(file);
        try {
            if (Files.exists(target) && !Files.isRegularFile(target)) {
                if (Files.isDirectory(target)) {
                    throw new FileSystemException(file.toString(), null, "it is a folder");
                }
                return new OutputFile(target, null, null, Files.newOutputStream(target));
            }
            Leftovers.clean(target);
            Path temporary = Files.createFile(temporaryBeside(target));
            // a stream rather than a channel: an interrupt (a cancelled export) must not close it mid-write
            FileOutputStream raw = new FileOutputStream(temporary.toFile());
            OutputFile out = new OutputFile(target, temporary, raw.getFD(), raw);
            Unfinished.add(out);
            return out;
        } catch (IOException e) {
            throw cannotWrite(file, e);
        }
    }

    /** The bytes of the file, buffered. */
    public OutputStream stream() {
        return stream;
    }

    /** The text of the file as UTF-8, buffered; the same bytes as {@link #stream}. */
    public Writer writer() {
        if (writer == null) {
            writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), BUFFER);
        }
        return writer;
    }

    /** The file the user asked for. */
    public Path target() {
        return target;
    }

    /** Flushes, forces the bytes to the disk, and moves the finished file over the user's file. */
    public void commit() throws IOException {
        try {
            if (writer != null) {
                writer.flush();
            }
            stream.flush();
            if (temporary == null) {
                stream.close();
                finished = true;
                return;
            }
            descriptor.sync();
            stream.close();
            keepPermissions();
            synchronized (this) {
                if (finished) {
                    throw new InterruptedIOException("the program is stopping");
                }
                move();
                finished = true;
            }
            Unfinished.remove(this);
        } catch (IOException e) {
            abort();
            throw cannotWrite(target, e);
        }
    }

    /** Throws the unfinished file away: the user's file is as it was. Does nothing after a commit. */
    @Override
    public void close() {
        abort();
    }

    synchronized void abort() {
        if (finished) {
            return;
        }
        finished = true;
        try {
            stream.close();
        } catch (IOException ignored) {
            // the write already failed or is being abandoned; the temporary file goes anyway
        }
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // nothing more can be done; the user's file is untouched either way
            }
        }
        Unfinished.remove(this);
    }

    private void move() throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A replaced file keeps its permissions; a new one gets the folder's default (the umask), as any new file. */
    private void keepPermissions() throws IOException {
        if (!Files.isRegularFile(target)) {
            return;
        }
        PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        PosixFileAttributeView now = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
        if (old != null && now != null) {
            Set<PosixFilePermission> permissions = old.readAttributes().permissions();
            now.setPermissions(permissions);
        }
    }

    /** The file a link points to, so that replacing it keeps the link. */
    private static Path real(Path file) throws IOException {
        if (Files.isSymbolicLink(file) && Files.exists(file)) {
            return file.toRealPath();
        }
        return file;
    }

    private static Path temporaryBeside(Path target) {
        return Leftovers.temporaryBeside(target, Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16));
    }

    /** "cannot write 'FILE': REASON", where the reason is the folder that is missing, a denied permission, … */
    public static IOException cannotWrite(Path file, IOException e) {
        if (e.getMessage() != null && e.getMessage().startsWith("cannot write '")) {
            return e;
        }
        return new IOException("cannot write '" + file + "': " + reason(file, e), e);
    }

    private static String reason(Path file, IOException e) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            return missingFolder(file);
        }
        if (Files.isDirectory(file)) {
            return "it is a folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** The folder of {@code file} is not one: the nearest part of the path that exists is a file, or nothing does. */
    private static String missingFolder(Path file) {
        Path shown = file.getParent() != null ? file.getParent() : file.toAbsolutePath().getParent();
        for (Path p = shown; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p) ? "the folder '" + shown + "' does not exist"
                        : "'" + p + "' is a file, not a folder";
            }
        }
        return "the folder '" + shown + "' does not exist";
    }

    /** The bytes on their way to the disk; a failure is told with the user's file, as every message of this class. */
    private final class Named extends FilterOutputStream {
        Named(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw cannotWrite(target, e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw cannotWrite(target, e);
            }
        }
    }

    /** Deletes the temporary file while another thread may still be writing it: the program is stopping. */
    void discard() {
        synchronized (this) {
            if (finished) {
                return;
            }
            finished = true;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // the program is stopping; the user's file is untouched either way
        }
    }
}
