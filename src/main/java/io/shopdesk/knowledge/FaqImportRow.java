package io.shopdesk.knowledge;

import java.util.List;

/**
 * One row of an import file: its row number as a spreadsheet shows it (the header is row 1), the entry it becomes,
 * and what is wrong with it (empty: it can be imported).
 */
public record FaqImportRow(int rowNumber, FaqDraft draft, List<FaqProblem> problems) {

    public FaqImportRow {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    FaqImportRow with(List<FaqProblem> more) {
        if (more.isEmpty()) {
            return this;
        }
        var all = new java.util.ArrayList<>(problems);
        all.addAll(more);
        return new FaqImportRow(rowNumber, draft, all);
    }
}
