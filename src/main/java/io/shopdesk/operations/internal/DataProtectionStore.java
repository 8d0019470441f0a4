package io.shopdesk.operations.internal;

import io.shopdesk.operations.DataProtectionSettings;
import io.shopdesk.shared.TenantId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code data_protection_settings} rows; every method names its tenant (plain JDBC is not tenant-filtered). */
@Component
public class DataProtectionStore {

    private final JdbcClient jdbc;

    DataProtectionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<DataProtectionSettings> find(TenantId tenant) {
        return jdbc.sql("SELECT mask_transcripts, mask_exports, retention_days FROM data_protection_settings"
                        + " WHERE tenant_id = ?")
                .param(tenant.value())
                .query((row, n) -> new DataProtectionSettings(
                        row.getBoolean(1), row.getBoolean(2), (Integer) row.getObject(3, Integer.class)))
                .optional();
    }

    public void save(TenantId tenant, DataProtectionSettings settings, Instant now) {
        int updated = jdbc.sql("UPDATE data_protection_settings SET mask_transcripts = ?, mask_exports = ?,"
                        + " retention_days = ?, updated_at = ? WHERE tenant_id = ?")
                .params(
                        settings.maskTranscripts(),
                        settings.maskExports(),
                        settings.retentionDays(),
                        Timestamp.from(now),
                        tenant.value())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO data_protection_settings"
                            + " (tenant_id, mask_transcripts, mask_exports, retention_days, updated_at)"
                            + " VALUES (?, ?, ?, ?, ?)")
                    .params(
                            tenant.value(),
                            settings.maskTranscripts(),
                            settings.maskExports(),
                            settings.retentionDays(),
                            Timestamp.from(now))
                    .update();
        }
    }

    /** Tenants that keep conversations for a limited number of days, with that number. */
    public List<Retention> retentionsAcrossTenants() {
        return jdbc.sql("SELECT tenant_id, retention_days FROM data_protection_settings"
                        + " WHERE retention_days IS NOT NULL ORDER BY tenant_id")
                .query((row, n) -> new Retention(new TenantId(row.getString(1)), row.getInt(2)))
                .list();
    }

    public record Retention(TenantId tenant, int days) {}
}
