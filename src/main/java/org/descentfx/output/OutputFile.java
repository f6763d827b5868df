package org.descentfx.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opening a file to write a result into, with failures told as a person would say them. */
public final class OutputFile {
    private OutputFile() {
    }

    /** Creates or replaces {@code file}; the exception's message says why that failed, for a person. */
    public static OutputStream open(Path file) throws IOException {
        try {
            return new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        } catch (IOException e) {
            throw cannotWrite(file, e);
        }
    }

    /** "cannot write 'FILE': REASON", where the reason is the folder that is missing, a denied permission, … */
    public static IOException cannotWrite(Path file, IOException e) {
        return new IOException("cannot write '" + file + "': " + reason(file, e), e);
    }

    private static String reason(Path file, IOException e) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            return "the folder '" + (file.getParent() != null ? file.getParent() : folder) + "' does not exist";
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
}
