package org.descentfx.core.data;

import java.util.Arrays;
import java.util.Locale;

/**
 * The line-by-line rules of {@link DatasetReader}, fed one line at a time so the
 * reader alone deals with files and streams. Each rejected line becomes a
 * {@link DatasetException} naming the line and column. Rows are split by hand,
 * with no regular expression, so a million rows parse in a fraction of a second.
 */
final class CsvRows {
    private static final int QUOTE_LIMIT = 40;
    /** Written by some spreadsheets at the start of a UTF-8 file. */
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final String source;
    private final int maxRows;
    private double[] x = new double[1024];
    private double[] y = new double[1024];
    private int n;
    private int lineNumber;
    private boolean seenContent;
    /** The line taken as the header and its text, for the message when no data rows follow it; 0 if none. */
    /**
     * The column separator, fixed by the first content line: ';' when it holds one (a European
     * spreadsheet's CSV, whose numbers may then have decimal commas), ',' otherwise. Zero until then.
     */
    private char separator;
    private int headerLine;
    private String headerText;

    CsvRows(String source, int maxRows) {
        this.source = source;
        this.maxRows = maxRows;
    }

    /** Takes the next line of the text, without its line terminator. */
    void accept(String line) throws DatasetException {
        lineNumber++;
        if (lineNumber == 1 && line.startsWith(BYTE_ORDER_MARK)) {
            line = line.substring(1);
        }
        String content = line.strip();
        if (content.isEmpty() || content.charAt(0) == '#') {
            return;
        }
        if (separator == 0) {
            separator = content.indexOf(';') >= 0 ? ';' : ',';
        }
        int comma = separator(line);
        String first = line.substring(0, comma).strip();
        String second = line.substring(comma + 1).strip();
        if (!seenContent) {
            seenContent = true;
            if (isHeader(first, second)) {
                headerLine = lineNumber;
                headerText = content;
                return;
            }
        }
        if (n == maxRows) {
            throw new DatasetException(source, lineNumber,
                    String.format(Locale.ROOT, "more than %,d data rows", maxRows));
        }
        double xi = value(decimalPoint(first), 1);
        double yi = value(decimalPoint(second), 2);
        add(xi, yi);
    }

    /** The whole data set, or an error when there was not a single data row. */
    Dataset toDataset(String name) throws DatasetException {
        if (n == 0 && headerLine > 0) {
            throw new DatasetException(source, "no data rows: line " + headerLine + ", " + quote(headerText)
                    + ", was taken as the header, as neither of its columns is a number");
        }
        if (n == 0) {
            throw new DatasetException(source, "no data rows");
        }
        return Dataset.of(name, Arrays.copyOf(x, n), Arrays.copyOf(y, n));
    }

    /** The index of the one separator between x and y; any other count of columns is an error. */
    private int separator(String line) throws DatasetException {
        int at = line.indexOf(separator);
        String how = separator == ';' ? " separated by ';' (as the first line has them; decimal commas are read)" : "";
        if (at < 0) {
            // column 2, y, is the one missing
            throw new DatasetException(source, lineNumber, 2, "expected 2 columns" + how + ", found 1");
        }
        if (line.indexOf(separator, at + 1) >= 0) {
            // column 3 is the first one too many
            throw new DatasetException(source, lineNumber, 3, "expected 2 columns" + how + ", found "
                    + countColumns(line, separator));
        }
        return at;
    }

    /**
     * In a file separated by ';', a number may have a decimal comma ("2,5"): it is read as 2.5. A
     * number with both a point and a comma ("1.234,5") is left as it is and refused by name.
     */
    private String decimalPoint(String text) {
        int comma = text.indexOf(',');
        if (separator != ';' || comma < 0 || text.indexOf('.') >= 0 || text.indexOf(',', comma + 1) >= 0) {
            return text;
        }
        return text.replace(',', '.');
    }

    /**
     * The first content line is a header when neither of its columns is a number nor begins like
     * one: {@code 1d,2f} or digits of another script are a mistyped data row, not names.
     */
    private static boolean isHeader(String first, String second) {
        return !first.isEmpty() && !second.isEmpty() && !isNumber(first) && !isNumber(second)
                && !beginsLikeANumber(first) && !beginsLikeANumber(second);
    }

    private static boolean beginsLikeANumber(String text) {
        int start = text.charAt(0) == '+' || text.charAt(0) == '-' || text.charAt(0) == '.' ? 1 : 0;
        return start < text.length() && Character.isDigit(text.codePointAt(start));
    }

    private double value(String text, int column) throws DatasetException {
        if (text.isEmpty()) {
            throw new DatasetException(source, lineNumber, column, "the value is missing");
        }
        if (isSpelledNonFinite(text)) {
            throw new DatasetException(source, lineNumber, column, quote(text) + " is not finite");
        }
        double v;
        try {
            if (!hasDecimalCharactersOnly(text)) {
                throw new NumberFormatException();
            }
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new DatasetException(source, lineNumber, column, quote(text) + " is not a number");
        }
        if (!Double.isFinite(v)) {
            // overflow: 1e999 parses as Infinity
            throw new DatasetException(source, lineNumber, column, quote(text) + " is not finite");
        }
        return v;
    }

    /** A number, finite or not, in the decimal notation a data file may use. */
    private static boolean isNumber(String text) {
        if (isSpelledNonFinite(text)) {
            return true;
        }
        if (!hasDecimalCharactersOnly(text)) {
            return false;
        }
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** NaN or Infinity, signed or not; looks at the last character first, as numbers end in a digit. */
    private static boolean isSpelledNonFinite(String text) {
        char last = text.charAt(text.length() - 1);
        if (last != 'N' && last != 'y') {
            return false;
        }
        int start = text.charAt(0) == '+' || text.charAt(0) == '-' ? 1 : 0;
        String unsigned = text.substring(start);
        return unsigned.equals("NaN") || unsigned.equals("Infinity");
    }

    /**
     * Digits, sign, point and exponent only. {@code parseDouble} alone would also take
     * Java's hexadecimal form and the suffixes d and f, which are not numbers in a data file.
     */
    private static boolean hasDecimalCharactersOnly(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = (c >= '0' && c <= '9') || c == '.' || c == '+' || c == '-' || c == 'e' || c == 'E';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    private void add(double xi, double yi) {
        if (n == x.length) {
            x = Arrays.copyOf(x, 2 * n);
            y = Arrays.copyOf(y, 2 * n);
        }
        x[n] = xi;
        y[n] = yi;
        n++;
    }

    private static int countColumns(String line, char separator) {
        int columns = 1;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == separator) {
                columns++;
            }
        }
        return columns;
    }

    /** The text in quotes, shortened when a long line would drown the message. */
    private static String quote(String text) {
        String shown = text.length() <= QUOTE_LIMIT ? text : text.substring(0, QUOTE_LIMIT) + "…";
        return "'" + shown + "'";
    }
}
