package io.shopdesk.knowledge;

import java.util.Set;

/** What an import wrote: how many entries, and their ids. */
public record FaqImportResult(int imported, Set<Long> entryIds) {

    public FaqImportResult {
        entryIds = Set.copyOf(entryIds);
    }
}
