package org.descentfx.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The one table the suite prints: a few header lines (machine, date, mode), then a section per
 * part, each row benchmark | figure | unit | target | met?. Rendered as aligned text or Markdown.
 */
final class Table {
    private static final String[] COLUMNS = {"benchmark", "figure", "unit", "target", "met?"};

    record Section(String title, List<Row> rows) {
    }

    private final List<String> header;
    private final List<Section> sections = new ArrayList<>();

    Table(List<String> header) {
        this.header = List.copyOf(header);
    }

    void add(Section section) {
        sections.add(section);
    }

    String text() {
        int[] width = new int[COLUMNS.length];
        for (int c = 0; c < COLUMNS.length; c++) {
            width[c] = COLUMNS[c].length();
        }
        for (Section s : sections) {
            for (Row r : s.rows()) {
                String[] cells = cells(r);
                for (int c = 0; c < cells.length; c++) {
                    width[c] = Math.max(width[c], cells[c].length());
                }
            }
        }
        StringBuilder out = new StringBuilder();
        header.forEach(line -> out.append(line).append('\n'));
        out.append('\n').append(line(COLUMNS, width)).append('\n');
        out.append("-".repeat(line(COLUMNS, width).length())).append('\n');
        for (Section s : sections) {
            out.append(s.title()).append('\n');
            for (Row r : s.rows()) {
                out.append(line(cells(r), width)).append('\n');
            }
        }
        return out.toString();
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        header.forEach(line -> out.append("- ").append(line).append('\n'));
        out.append('\n').append("| ").append(String.join(" | ", COLUMNS)).append(" |\n");
        out.append("|---|---:|---|---|---|\n");
        for (Section s : sections) {
            out.append("| **").append(s.title()).append("** | | | | |\n");
            for (Row r : s.rows()) {
                out.append("| ").append(String.join(" | ", cells(r))).append(" |\n");
            }
        }
        return out.toString();
    }

    private static String[] cells(Row r) {
        return new String[] {r.benchmark(), r.figureText(), r.unit(), r.target().describe(), r.verdict()};
    }

    /** Text columns: the benchmark left-aligned, the figure right-aligned, the rest left. */
    private static String line(String[] cells, int[] width) {
        StringBuilder b = new StringBuilder("  ");
        for (int c = 0; c < cells.length; c++) {
            String cell = cells[c];
            String pad = " ".repeat(width[c] - cell.length());
            b.append(c == 1 ? pad + cell : cell + pad);
            if (c + 1 < cells.length) {
                b.append(" | ");
            }
        }
        return b.toString().stripTrailing();
    }
}
