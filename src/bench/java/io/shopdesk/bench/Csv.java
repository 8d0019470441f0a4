package io.shopdesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Minimal RFC 4180 reading and writing for the dataset converters. */
final class Csv {

    private Csv() {}

    /** Records as maps from the header's column names. */
    static List<Map<String, String>> read(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                if (!(record.size() == 1 && record.getFirst().isEmpty())) {
                    records.add(record);
                }
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        List<String> header = records.getFirst();
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> r : records.subList(1, records.size())) {
            Map<String, String> row = new java.util.HashMap<>();
            for (int c = 0; c < header.size() && c < r.size(); c++) {
                row.put(header.get(c), r.get(c));
            }
            rows.add(row);
        }
        return rows;
    }

    /** Writes {@code text,label} rows. */
    static void writeTextLabel(Path file, List<String[]> rows) throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder out = new StringBuilder("text,label\n");
        for (String[] row : rows) {
            out.append(quote(row[0])).append(',').append(quote(row[1])).append('\n');
        }
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    private static String quote(String value) {
        String flat = value.replace('\r', ' ').replace('\n', ' ');
        if (flat.contains(",") || flat.contains("\"")) {
            return '"' + flat.replace("\"", "\"\"") + '"';
        }
        return flat;
    }
}
