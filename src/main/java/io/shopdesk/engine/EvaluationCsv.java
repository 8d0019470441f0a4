package io.shopdesk.engine;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the evaluation CSV format: UTF-8, RFC 4180 quoting, a header row naming the columns {@code text} and
 * {@code label} (in any order, other columns ignored). Fails with a message naming the file and line.
 */
final class EvaluationCsv {

    static final String OUT_OF_SCOPE = "oos";

    record Row(String text, String label) {
        boolean outOfScope() {
            return OUT_OF_SCOPE.equals(label);
        }
    }

    static final class MalformedCsvException extends Exception {
        MalformedCsvException(String message) {
            super(message);
        }
    }

    private EvaluationCsv() {}

    static List<Row> read(Path file) throws MalformedCsvException {
        String content;
        try (Reader reader = new java.io.InputStreamReader(
                Files.newInputStream(file),
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT))) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[1 << 16];
            for (int n; (n = reader.read(buffer)) > 0; ) {
                text.append(buffer, 0, n);
            }
            content = text.toString();
        } catch (NoSuchFileException e) {
            throw new MalformedCsvException(file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new MalformedCsvException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new MalformedCsvException(file + ": cannot read (" + e.getMessage() + ")");
        }
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        List<List<String>> records = parse(content, file);
        if (records.isEmpty()) {
            throw new MalformedCsvException(file + ": empty file, expected a header row 'text,label'");
        }
        List<String> header = records.getFirst();
        int textColumn = indexOf(header, "text");
        int labelColumn = indexOf(header, "label");
        if (textColumn < 0 || labelColumn < 0) {
            throw new MalformedCsvException(
                    file + ": line 1: the header must name the columns 'text' and 'label', found " + header);
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> record = records.get(r);
            if (record.size() == 1 && record.getFirst().isBlank()) {
                continue;
            }
            if (record.size() <= Math.max(textColumn, labelColumn)) {
                throw new MalformedCsvException(file + ": record " + (r + 1) + ": expected " + header.size()
                        + " columns, found " + record.size());
            }
            String label = record.get(labelColumn).strip();
            if (label.isEmpty()) {
                throw new MalformedCsvException(file + ": record " + (r + 1) + ": empty label");
            }
            rows.add(new Row(record.get(textColumn), label));
        }
        if (rows.isEmpty()) {
            throw new MalformedCsvException(file + ": no rows after the header");
        }
        return rows;
    }

    private static int indexOf(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    private static List<List<String>> parse(String content, Path file) throws MalformedCsvException {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        boolean closed = false;
        int line = 1;
        int quoteLine = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < content.length() && content.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                        closed = true;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"') {
                if (fieldStarted && !field.isEmpty()) {
                    throw new MalformedCsvException(file + ": line " + line + ": a quote inside an unquoted field");
                }
                quoted = true;
                fieldStarted = true;
                quoteLine = line;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                closed = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                records.add(record);
                record = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
                closed = false;
                line++;
            } else {
                if (closed) {
                    throw new MalformedCsvException(file + ": line " + line + ": text after a closing quote");
                }
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new MalformedCsvException(file + ": line " + quoteLine + ": a quote that is never closed");
        }
        if (fieldStarted || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
