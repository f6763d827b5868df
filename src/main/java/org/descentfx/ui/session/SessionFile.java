package org.descentfx.ui.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.data.InputFiles;
import org.descentfx.output.OutputFile;

/**
 * Reads and writes sessions as JSON. Doubles are written in their shortest round-trip form, so a
 * session read back replays the same numbers. Every way a file can be wrong ends in a
 * {@link SessionException} whose message names the file and the problem; nothing is half-read.
 */
public final class SessionFile {
    /**
     * The format written now: 4 adds the tree of branches (each as the recipe that rebuilds it by
     * exact replay: fork steps, parent, η and m changes, name) and the branch the runs are on; 3 (still
     * read, as one branch) records the update rule with its constants and the racers of a race
     * of optimizers, and in an optional field ({@code rates}, left out when empty) a comparison of
     * learning rates; 2 (still read, as plain SGD) saved each run's whole state, so a run of any length
     * opens at once; 1 (still read, as plain SGD) only the history to replay. Files of a newer
     * version are refused.
     */
    public static final int VERSION = 4;
    private static final long MAX_BYTES = 256L * 1024 * 1024;

    private static final ObjectMapper JSON = SessionJson.MAPPER;

    private SessionFile() {
    }

    /**
     * Writes through a temporary file and a move ({@link OutputFile}), so a failed write never
     * leaves half a session and a replaced file keeps its permissions.
     */
    public static void write(Path file, Session session) throws IOException {
        byte[] json = JSON.writeValueAsBytes(session);
        try (OutputFile out = OutputFile.create(file)) {
            out.stream().write(json);
            out.commit();
        } catch (IOException e) {
            throw OutputFile.cannotWrite(file, e);
        }
    }

    /**
     * Reads and checks a session. Every way a file can be wrong ends in a {@link SessionException}
     * naming the file, and where there is one the line and the field: damaged JSON, a limit of the
     * reader passed, a field twice, text after the end, a value of the wrong kind (no text taken as
     * a number, no fraction as a whole number), a value out of range, a rule of {@link SessionCheck}.
     */
    public static Session read(Path file) throws SessionException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes = bytesOf(file, name);
        JsonNode tree;
        try {
            tree = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new SessionException(SessionJson.problem(name, e, null), e);
        } catch (IOException e) {
            throw new SessionException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
        checkVersion(name, tree);
        Session session;
        try {
            session = switch (tree.get("version").asInt()) {
                case 1 -> JSON.readValue(bytes, SessionV1.class).toSession();
                case 2 -> JSON.readValue(bytes, SessionV2.class).toSession();
                case 3 -> tree.has("rates") ? JSON.readValue(bytes, SessionV3Rates.class).toSession()
                        : JSON.readValue(bytes, SessionV3.class).toSession();
                default -> tree.has("rates") ? JSON.readValue(bytes, Session.class)
                        : JSON.readValue(bytes, SessionV4.class).toSession();
            };
        } catch (JsonProcessingException e) {
            throw new SessionException(SessionJson.problem(name, e, tree), e);
        } catch (IOException e) {
            throw new SessionException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
        SessionCheck.check(name, session, BuiltInDatasets.names());
        return session;
    }

    /** The file's bytes, at most {@link #MAX_BYTES} counted as they are read, from a regular file only. */
    private static byte[] bytesOf(Path file, String name) throws SessionException {
        try (InputStream in = InputFiles.open(file, MAX_BYTES)) {
            return in.readAllBytes();
        } catch (NoSuchFileException e) {
            throw new SessionException(name + ": no such file");
        } catch (InputFiles.TooLarge e) {
            throw new SessionException(name + ": the file is larger than 256 MB; it is not a DescentFX session");
        } catch (IOException e) {
            throw new SessionException(name + ": cannot be read (" + reason(e) + ")", e);
        }
    }

    private static void checkVersion(String name, JsonNode tree) throws SessionException {
        if (tree == null || !tree.isObject() || !tree.has("version")) {
            throw new SessionException(name + ": not a DescentFX session (no version field)");
        }
        JsonNode version = tree.get("version");
        if (!version.isIntegralNumber() || !version.canConvertToInt() || version.asInt() < 1
                || version.asInt() > VERSION) {
            throw new SessionException(name + ": session version " + version
                    + " is not one this DescentFX can open (it reads versions 1 to " + VERSION + ")");
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
