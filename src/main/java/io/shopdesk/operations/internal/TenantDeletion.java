package io.shopdesk.operations.internal;

import io.shopdesk.shared.TenantId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deletes every row of a tenant: in each table with a tenant column (found in {@code information_schema}, so new
 * tables are covered), children before parents along the foreign keys, rows of other tables that reference them,
 * the accounts that belonged to no other tenant, the event publications that carry the tenant, and finally the
 * tenant row. Runs in the caller's transaction.
 */
@Component
public class TenantDeletion {

    private final JdbcClient jdbc;
    private final TenantSchema schema;
    private final DependentRows dependents;
    private final DataProtectionCache cache;

    TenantDeletion(JdbcClient jdbc, TenantSchema schema, DependentRows dependents, DataProtectionCache cache) {
        this.jdbc = jdbc;
        this.schema = schema;
        this.dependents = dependents;
        this.cache = cache;
    }

    /** Deletes it all; the rows deleted per table. */
    public Map<String, Integer> deleteAll(TenantId tenant) {
        var keys = schema.foreignKeys();
        var tables = schema.tenantTables();
        var deleted = new LinkedHashMap<String, Integer>();
        List<Long> members = jdbc.sql("SELECT user_id FROM membership WHERE tenant_id = ?")
                .param(tenant.value())
                .query(Long.class)
                .list();
        for (var key : keys) {
            // a table's references to itself (category trees) would block deleting its rows in one statement
            if (key.table().equals(key.referencedTable()) && tables.contains(key.table()) && nullable(key)) {
                jdbc.sql("UPDATE " + DependentRows.quote(key.table()) + " SET " + DependentRows.quote(key.column())
                                + " = NULL WHERE " + TenantSchema.TENANT_COLUMN + " = ?")
                        .param(tenant.value())
                        .update();
            }
        }
        for (String table : TenantSchema.deleteOrder(tables, keys)) {
            int rows = dependents.deleteWhere(table, TenantSchema.TENANT_COLUMN + " = ?", tenant.value());
            deleted.merge(table, rows, Integer::sum);
        }
        if (!members.isEmpty()) {
            // accounts are global; one that belonged only to this tenant is its data too
            String ids = String.join(", ", members.stream().map(String::valueOf).toList());
            jdbc.sql("DELETE FROM persistent_logins WHERE username IN (SELECT email FROM user_account WHERE id IN ("
                            + ids + ") AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.user_id = user_account.id))")
                    .update();
            deleted.put(
                    "user_account",
                    jdbc.sql("DELETE FROM user_account WHERE id IN (" + ids + ") AND NOT EXISTS"
                                    + " (SELECT 1 FROM membership m WHERE m.user_id = user_account.id)")
                            .update());
        }
        deleted.put("event_publication", deletePublications(tenant));
        deleted.put("tenant", dependents.deleteWhere("tenant", "id = ?", tenant.value()));
        cache.forget(tenant);
        return deleted;
    }

    /**
     * Spring Modulith's event publications that carry the tenant (incomplete ones wait for their listener; they have no
     * tenant column): their serialized events hold it as a {@code TenantId}, {@code {"value":"<slug>",...}}. A slug
     * has only lower-case letters, digits and hyphens, so the pattern needs no escaping.
     */
    private int deletePublications(TenantId tenant) {
        return schema.table("event_publication")
                .map(table -> jdbc.sql("DELETE FROM " + DependentRows.quote(table)
                                + " WHERE SERIALIZED_EVENT LIKE ? OR SERIALIZED_EVENT LIKE ?")
                        .params("%\"value\":\"" + tenant.value() + "\"%", "%\"tenant\":\"" + tenant.value() + "\"%")
                        .update())
                .orElse(0);
    }

    private boolean nullable(TenantSchema.ForeignKey key) {
        return jdbc.sql("SELECT IS_NULLABLE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                        + " AND TABLE_NAME = ? AND COLUMN_NAME = ?")
                .params(key.table(), key.column())
                .query(String.class)
                .optional()
                .map("YES"::equals)
                .orElse(false);
    }
}
