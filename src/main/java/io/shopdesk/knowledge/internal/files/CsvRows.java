package io.shopdesk.knowledge.internal.files;

import io.shopdesk.shared.BusinessRuleException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV (RFC 4180: quoted cells may hold commas, quotes and line breaks). The delimiter is found from the
 * header row: comma, semicolon or tab, whichever it has most of, as spreadsheets in different locales write.
 */
final class CsvRows {

    private CsvRows() {}

    static List<SheetRow> read(String fileName, String text, int maxRows) {
        var format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter(text))
                .setIgnoreEmptyLines(true)
                .setTrim(false)
                .get();
        var rows = new ArrayList<SheetRow>();
        try (var parser = CSVParser.parse(new StringReader(text), format)) {
            var records = parser.iterator();
            int number = 0;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException malformed) {
                    throw new BusinessRuleException(
                            "error.import.csv-malformed", fileName, parser.getCurrentLineNumber());
                }
                number++;
                if (number > maxRows + 1) {
                    throw new BusinessRuleException("error.import.too-many-rows", maxRows);
                }
                rows.add(new SheetRow(number, record.toList()));
            }
        } catch (IOException e) {
            throw new BusinessRuleException("error.import.csv-malformed", fileName, 0);
        }
        return rows;
    }

    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long commas = header.chars().filter(c -> c == ',').count();
        long semicolons = header.chars().filter(c -> c == ';').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}
