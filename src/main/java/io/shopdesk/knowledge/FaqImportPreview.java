package io.shopdesk.knowledge;

import java.util.List;

/**
 * What an import would do, before anything is written: every row with its problems, and problems of the whole
 * import (such as the plan's quota). Only a preview without any problem can be imported.
 *
 * @param encoding the text encoding a CSV file was read in (UTF-8, GBK, ...); null for XLSX
 */
public record FaqImportPreview(
        String fileName, FaqFileFormat format, String encoding, List<FaqImportRow> rows, List<FaqProblem> problems) {

    public FaqImportPreview {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public long rowsWithProblems() {
        return rows.stream().filter(row -> !row.ok()).count();
    }

    public boolean importable() {
        return problems.isEmpty() && !rows.isEmpty() && rowsWithProblems() == 0;
    }
}
