package io.shopdesk.knowledge.internal.files;

import java.util.List;

/** One row of an uploaded sheet: its number as a spreadsheet shows it (the header is row 1) and its cells. */
public record SheetRow(int number, List<String> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
