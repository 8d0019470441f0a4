package io.shopdesk.knowledge;

/** Told how far an import has got; called on the importing thread, at least once per 500 rows. */
@FunctionalInterface
public interface FaqImportProgress {

    FaqImportProgress NONE = (done, total) -> {};

    void rowsWritten(int done, int total);
}
