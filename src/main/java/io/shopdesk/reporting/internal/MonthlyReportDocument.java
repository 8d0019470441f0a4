package io.shopdesk.reporting.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the monthly report template prints, already translated and formatted: the title parameters and rows of three
 * kinds ({@code section} heading, {@code header} column titles, {@code row} figures) with up to seven columns.
 */
public record MonthlyReportDocument(Locale locale, Map<String, Object> parameters, List<Map<String, String>> rows) {

    public static final int COLUMNS = 7;

    public MonthlyReportDocument {
        parameters = Map.copyOf(parameters);
        rows = List.copyOf(rows);
    }

    /** Collects the rows of a document in order. */
    public static final class Rows {

        private final List<Map<String, String>> rows = new ArrayList<>();

        public Rows section(String title) {
            return add("section", List.of(title));
        }

        public Rows header(String... titles) {
            return add("header", List.of(titles));
        }

        public Rows row(String... cells) {
            return add("row", List.of(cells));
        }

        public List<Map<String, String>> list() {
            return List.copyOf(rows);
        }

        private Rows add(String kind, List<String> cells) {
            if (cells.size() > COLUMNS) {
                throw new IllegalArgumentException("At most " + COLUMNS + " columns: " + cells);
            }
            var row = new LinkedHashMap<String, String>();
            row.put("kind", kind);
            for (int i = 0; i < cells.size(); i++) {
                row.put("c" + i, cells.get(i));
            }
            rows.add(row);
            return this;
        }
    }
}
