package org.descentfx.ui.session;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.List;

/**
 * The JSON of session files, strict: no duplicate keys, nothing after the closing brace, no text
 * where a number belongs nor a fraction where a whole number does, no unknown fields, every field
 * present. And the sentences that say, for a person, where a file breaks these rules.
 */
final class SessionJson {
    static final ObjectMapper MAPPER = mapper();

    private SessionJson() {
    }

    private static ObjectMapper mapper() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean,
                LogicalType.Textual, LogicalType.Array, LogicalType.Collection, LogicalType.POJO)) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.String, type == LogicalType.Textual ? CoercionAction.TryConvert
                            : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, type == LogicalType.Textual ? CoercionAction.TryConvert
                            : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, type == LogicalType.Integer || type == LogicalType.Float
                            ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, type == LogicalType.Float ? CoercionAction.TryConvert
                            : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, type == LogicalType.Boolean ? CoercionAction.TryConvert
                            : CoercionAction.Fail);
        }
        return mapper;
    }

    /** Where and why the JSON of {@code file} could not be read as a session. */
    static String problem(String file, JsonProcessingException e, JsonNode tree) {
        if (e instanceof StreamConstraintsException) {
            return file + ": not a DescentFX session (" + limit(e.getOriginalMessage()) + ")";
        }
        String where = where(e.getLocation());
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof JsonMappingException m && message.contains("issing") && message.contains("creator property")) {
            String parent = field(m.getPath());
            String name = message.replaceFirst("^[^']*'([^']*)'.*$", "$1");
            String field = parent.equals(name) || parent.endsWith("." + name) ? parent
                    : (parent.isEmpty() ? "" : parent + ".") + name;
            return file + where + ", field " + field + ": the field is missing";
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = field(m.getPath());
            return file + where + ", field " + field + ": " + mismatch(m, find(tree, m.getPath()));
        }
        if (e instanceof MismatchedInputException && e.getOriginalMessage() != null
                && e.getOriginalMessage().startsWith("Trailing token")) {
            return file + where + ": there is more after the end of the session";
        }
        if (message.startsWith("Duplicate field")) {
            return file + where + ": " + message.replace("Duplicate field", "the field") + " appears twice";
        }
        return file + ": not a DescentFX session (the JSON is damaged" + where + ")";
    }

    /** "field runs[0].changes[2].step", the path of JSON names and indices to the field at fault. */
    static String field(List<JsonMappingException.Reference> path) {
        StringBuilder s = new StringBuilder();
        for (JsonMappingException.Reference r : path) {
            if (r.getFieldName() != null) {
                s.append(s.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                s.append('[').append(r.getIndex()).append(']');
            }
        }
        return s.toString();
    }

    private static String mismatch(JsonMappingException e, JsonNode found) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.startsWith("Unrecognized field")) {
            return "no such field in a session";
        }
        if (found == null || found.isMissingNode()) {
            return "the field is missing";
        }
        if (found.isNumber() && message.contains("out of range")) {
            return "the number " + found.asText() + " is out of range for this field";
        }
        String expected = expected(e instanceof MismatchedInputException mi ? mi.getTargetType() : null);
        return "expected " + expected + ", not " + describe(found);
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another value";
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a text in quotes";
        }
        if (type.isArray() || List.class.isAssignableFrom(type)) {
            return "a list [ … ]";
        }
        return "an object { … }";
    }

    private static String describe(JsonNode node) {
        if (node.isNull()) {
            return "null";
        }
        if (node.isTextual()) {
            String t = node.asText();
            return "the text \"" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "\"";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "an object";
        }
        return node.toString();
    }

    private static JsonNode find(JsonNode tree, List<JsonMappingException.Reference> path) {
        JsonNode node = tree;
        for (JsonMappingException.Reference r : path) {
            if (node == null) {
                return null;
            }
            node = r.getFieldName() != null ? node.get(r.getFieldName()) : node.get(r.getIndex());
        }
        return node;
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return ", line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** Jackson's sentence about a stream limit, without its reference to its own API. */
    private static String limit(String message) {
        String s = message == null ? "a limit of the JSON reader was passed" : message;
        return s.replaceAll(",? ?\\(?from `[^`]*`\\)?", "").replaceAll("\\s*\\R.*", "").strip();
    }

}
