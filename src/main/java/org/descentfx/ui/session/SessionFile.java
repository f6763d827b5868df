package org.descentfx.ui.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.output.OutputFile;

/**
 * Reads and writes sessions as JSON. Doubles are written in their shortest round-trip form, so a
 * session read back replays the same numbers. Every way a file can be wrong ends in a
 * {@link SessionException} whose message names the file and the problem; nothing is half-read.
 */
public final class SessionFile {
    /** The format written now; files of a newer version are refused with a message. */
    public static final int VERSION = 1;
    private static final long MAX_BYTES = 256L * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

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

    public static Session read(Path file) throws SessionException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        JsonNode tree;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new SessionException(name + ": the file is larger than 256 MB; it is not a DescentFX session");
            }
            tree = JSON.readTree(file.toFile());
        } catch (NoSuchFileException e) {
            throw new SessionException(name + ": no such file");
        } catch (JsonProcessingException e) {
            throw new SessionException(name + ": not a DescentFX session (the JSON is damaged at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")", e);
        } catch (IOException e) {
            throw new SessionException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (tree == null || !tree.isObject() || !tree.has("version")) {
            throw new SessionException(name + ": not a DescentFX session (no version field)");
        }
        int version = tree.get("version").asInt(-1);
        if (version < 1 || version > VERSION) {
            throw new SessionException(name + ": session version " + tree.get("version").asText()
                    + " is not one this DescentFX can open (it reads version " + VERSION + ")");
        }
        Session session;
        try {
            session = JSON.treeToValue(tree, Session.class);
        } catch (JsonProcessingException e) {
            throw new SessionException(name + ": the session is damaged: " + firstLine(e.getOriginalMessage()), e);
        }
        SessionCheck.check(name, session, BuiltInDatasets.names());
        return session;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable values";
        }
        int cut = s.indexOf('\n');
        return cut < 0 ? s : s.substring(0, cut);
    }
}
