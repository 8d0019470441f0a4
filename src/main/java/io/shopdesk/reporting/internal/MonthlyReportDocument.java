package io.shopdesk.reporting.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the monthly report template prints, already translated and formatted: the title parameters and rows of three
 * kinds ({@code section} heading, {@code header} column titles, {@code row} figures) with up to seven columns. A
 * figure may carry its number and a number pattern besides its text: the PDF prints the text, the XLSX stores the
 * number in a numeric cell formatted with the pattern, so a merchant can calculate with it.
 */
public record MonthlyReportDocument(Locale locale, Map<String, Object> parameters, List<Map<String, Object>> rows) {

    public static final int COLUMNS = 7;

    public MonthlyReportDocument {
        parameters = Map.copyOf(parameters);
        rows = List.copyOf(rows);
    }

    /**
     * One cell: its text, and for a figure its value with a number pattern that both {@link java.text.DecimalFormat}
     * and Excel read the same way ({@code #,##0}, {@code 0.0%}, {@code 0.0\ \s}).
     */
    public record Cell(String text, Double value, String pattern) {

        public static Cell text(String text) {
            return new Cell(text, null, null);
        }

        public static Cell number(double value, String pattern, String text) {
            return new Cell(text, value, pattern);
        }
    }

    /** Collects the rows of a document in order. */
    public static final class Rows {

        private final List<Map<String, Object>> rows = new ArrayList<>();

        public Rows section(String title) {
            return add("section", List.of(Cell.text(title)));
        }

        public Rows header(String... titles) {
            return add("header", Arrays.stream(titles).map(Cell::text).toList());
        }

        public Rows row(String... cells) {
            return add("row", Arrays.stream(cells).map(Cell::text).toList());
        }

        /** A row of figures after its label. */
        public Rows figures(String label, Cell... figures) {
            var cells = new ArrayList<Cell>();
            cells.add(Cell.text(label));
            cells.addAll(List.of(figures));
            return add("row", cells);
        }

        public List<Map<String, Object>> list() {
            return List.copyOf(rows);
        }

        private Rows add(String kind, List<Cell> cells) {
            if (cells.size() > COLUMNS) {
                throw new IllegalArgumentException("At most " + COLUMNS + " columns: " + cells);
            }
            var row = new LinkedHashMap<String, Object>();
            row.put("kind", kind);
            for (int i = 0; i < cells.size(); i++) {
                var cell = cells.get(i);
                row.put("c" + i, cell.text());
                if (cell.value() != null) {
                    row.put("n" + i, cell.value());
                    row.put("p" + i, cell.pattern());
                }
            }
            rows.add(row);
            return this;
        }
    }
}
