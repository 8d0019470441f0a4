package io.shopdesk.operations;

import io.shopdesk.shared.TenantId;
import java.util.Map;

/** What offboarding deleted: rows per table. */
public record OffboardingResult(TenantId tenant, Map<String, Integer> deletedRows) {

    public OffboardingResult {
        deletedRows = Map.copyOf(deletedRows);
    }

    public int totalRows() {
        return deletedRows.values().stream().mapToInt(Integer::intValue).sum();
    }
}
