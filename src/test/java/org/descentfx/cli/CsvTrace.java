package org.descentfx.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The CSV that {@code train} writes, read back with plain string splitting (no production
 * code), so the tests check the text a person or a script would see.
 */
public record CsvTrace(List<String> header, List<Row> rows) {

    /** One row: empty {@code batch_cost} reads as NaN, a missing {@code batch} column as null. */
    public record Row(long step, long epoch, double w, double b, double batchCost, double cost, int[] batch) {
    }

    public static CsvTrace parse(String text) {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty()) {
            throw new AssertionError("no CSV at all");
        }
        List<String> header = List.of(lines.get(0).split(",", -1));
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (f.length != header.size()) {
                throw new AssertionError("row has " + f.length + " fields, header " + header.size() + ": " + line);
            }
            rows.add(new Row(Long.parseLong(f[0]), Long.parseLong(f[1]),
                    Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                    f[4].isEmpty() ? Double.NaN : Double.parseDouble(f[4]),
                    Double.parseDouble(f[5]),
                    f.length > 6 ? indices(f[6]) : null));
        }
        return new CsvTrace(header, rows);
    }

    private static int[] indices(String field) {
        if (field.isEmpty()) {
            return new int[0];
        }
        return Arrays.stream(field.split(";")).mapToInt(Integer::parseInt).toArray();
    }

    Row first() {
        return rows.get(0);
    }

    public Row last() {
        return rows.get(rows.size() - 1);
    }

    /** The rows of steps (row 0 left out) whose epoch is {@code epoch}. */
    List<Row> epoch(long epoch) {
        return rows.stream().filter(r -> r.step() > 0 && r.epoch() == epoch).toList();
    }
}
