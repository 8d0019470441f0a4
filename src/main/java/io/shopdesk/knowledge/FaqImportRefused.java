package io.shopdesk.knowledge;

import io.shopdesk.shared.BusinessRuleException;

/**
 * An import was refused and nothing was written: the preview it was started from has problems, or the tenant's
 * entries changed since the preview so that rows now conflict. {@link #preview()} has the rows with their problems.
 */
public class FaqImportRefused extends BusinessRuleException {

    private final transient FaqImportPreview preview;

    public FaqImportRefused(FaqImportPreview preview) {
        super(
                "error.import.refused",
                preview.rowsWithProblems() + preview.problems().size());
        this.preview = preview;
    }

    public FaqImportPreview preview() {
        return preview;
    }
}
