package org.descentfx.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded mutations of a valid session's JSON, the kinds of damage a file meets: a value replaced
 * by one of the wrong kind or out of range, characters cut or added, a line twice, an end cut
 * off or garbage after it, nesting and numbers and names beyond the reader's limits.
 */
final class SessionMutants {
    private static final Pattern TOKEN = Pattern.compile(
            "\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|true|false|null");
    private static final List<String> HOSTILE = List.of("null", "\"0.5\"", "1.9", "1e400", "-1e400", "2147483648",
            "99999999999999999999", "-1", "0", "[]", "{}", "[null]", "\"\"", "true", "\"linear\"", "NaN", "-0.0",
            "1e-400", "9223372036854775808", "[1,2]", "{\"a\":1}", "0.0", "1", "\"sigmoid\"", "\"noisy-line\"");

    private final Random random;

    SessionMutants(long seed) {
        random = new Random(seed);
    }

    String mutate(String json) {
        if (json.isEmpty()) {
            return "{"; // an earlier mutation of a double one left nothing to damage
        }
        return switch (random.nextInt(12)) {
            case 0, 1, 2 -> replaceToken(json, HOSTILE.get(random.nextInt(HOSTILE.size())));
            case 3 -> replaceToken(json, quoteOf(json));
            case 4 -> cut(json);
            case 5 -> insert(json);
            case 6 -> duplicateLine(json);
            case 7 -> json.substring(0, random.nextInt(json.length()));
            case 8 -> json + List.of("x", "}", " {}", "\n[1]", ",", "\u0000").get(random.nextInt(6));
            case 9 -> replaceToken(json, deep(990 + random.nextInt(40)));
            case 10 -> replaceToken(json, "1" + "0".repeat(995 + random.nextInt(20)));
            default -> mutate(mutate(json));
        };
    }

    private String replaceToken(String json, String replacement) {
        List<int[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(json);
        while (m.find()) {
            tokens.add(new int[] {m.start(), m.end()});
        }
        if (tokens.isEmpty()) {
            return json + replacement; // an earlier cut left no token to replace
        }
        int[] t = tokens.get(random.nextInt(tokens.size()));
        return json.substring(0, t[0]) + replacement + json.substring(t[1]);
    }

    /** A number of the file, in quotes: text where a number belongs. */
    private String quoteOf(String json) {
        Matcher m = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?").matcher(json);
        List<String> numbers = new ArrayList<>();
        while (m.find()) {
            numbers.add(m.group());
        }
        return numbers.isEmpty() ? "\"1\"" : "\"" + numbers.get(random.nextInt(numbers.size())) + "\"";
    }

    private String cut(String json) {
        int from = random.nextInt(json.length());
        int to = Math.min(json.length(), from + 1 + random.nextInt(8));
        return json.substring(0, from) + json.substring(to);
    }

    private String insert(String json) {
        String chars = "{}[]\",:0123456789.-e \n\\tnul";
        int at = random.nextInt(json.length() + 1);
        return json.substring(0, at) + chars.charAt(random.nextInt(chars.length())) + json.substring(at);
    }

    private String duplicateLine(String json) {
        String[] lines = json.split("\n", -1);
        int i = random.nextInt(lines.length);
        StringBuilder s = new StringBuilder();
        for (int j = 0; j < lines.length; j++) {
            s.append(lines[j]).append('\n');
            if (j == i) {
                s.append(lines[j]).append('\n');
            }
        }
        return s.toString();
    }

    private static String deep(int levels) {
        return "[".repeat(levels) + "]".repeat(levels);
    }
}
