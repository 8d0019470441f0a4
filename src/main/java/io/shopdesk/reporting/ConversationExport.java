package io.shopdesk.reporting;

import io.shopdesk.reporting.internal.FactExport;
import io.shopdesk.security.Roles;
import io.shopdesk.security.TenantContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in tenant's closed conversations as CSV, one row per conversation (UTF-8 with a byte order mark so
 * spreadsheets read Chinese; cells that a spreadsheet would run as a formula start with an apostrophe).
 */
@Service
public class ConversationExport {

    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

    private final FactExport export;

    ConversationExport(FactExport export) {
        this.export = export;
    }

    @PreAuthorize(Roles.HAS_TENANT_ADMIN)
    @Transactional(readOnly = true)
    public void writeCsv(ReportFilter filter, OutputStream out) {
        try {
            export.write(TenantContext.require(), filter, out);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
