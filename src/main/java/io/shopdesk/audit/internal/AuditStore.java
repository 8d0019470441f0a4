package io.shopdesk.audit.internal;

import io.shopdesk.audit.AuditEntry;
import io.shopdesk.audit.AuditQuery;
import io.shopdesk.shared.TenantId;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Audit rows through plain JDBC, so an entry can name any tenant regardless of the session's tenant (a platform
 * admin suspending tenant X writes an entry of X). Every query adds the tenant condition itself.
 */
@Component
public class AuditStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void insert(TenantId tenant, String actor, String action, String target, String before, String after) {
        jdbc.sql("""
                        INSERT INTO audit_entry
                            (tenant_id, occurred_at, actor, action, target, before_summary, after_summary)
                        VALUES (:tenant, :at, :actor, :action, :target, :before, :after)""")
                .param("tenant", tenant.value())
                .param("at", Timestamp.from(clock.instant()))
                .param("actor", actor)
                .param("action", action)
                .param("target", target)
                .param("before", before)
                .param("after", after)
                .update();
    }

    public List<AuditEntry> search(AuditQuery query, TenantId tenant, int offset, int limit) {
        var where = new Where(query, tenant);
        return jdbc.sql("SELECT id, tenant_id, occurred_at, actor, action, target, before_summary, after_summary"
                        + " FROM audit_entry" + where.sql() + " ORDER BY occurred_at DESC, id DESC"
                        + " LIMIT :limit OFFSET :offset")
                .params(where.params())
                .param("limit", Math.max(0, Math.min(limit, 1000)))
                .param("offset", Math.max(0, offset))
                .query((rs, row) -> new AuditEntry(
                        rs.getLong("id"),
                        new TenantId(rs.getString("tenant_id")),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("target"),
                        rs.getString("before_summary"),
                        rs.getString("after_summary")))
                .list();
    }

    public long count(AuditQuery query, TenantId tenant) {
        var where = new Where(query, tenant);
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    /** The WHERE clause of a query, with named parameters only: user text never becomes SQL. */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> params = new TreeMap<>();

        Where(AuditQuery query, TenantId tenant) {
            if (tenant != null) {
                conditions.add("tenant_id = :tenant");
                params.put("tenant", tenant.value());
            }
            if (query.text() != null && !query.text().isBlank()) {
                conditions.add("(actor LIKE :text ESCAPE '!' OR action LIKE :text ESCAPE '!'"
                        + " OR target LIKE :text ESCAPE '!' OR before_summary LIKE :text ESCAPE '!'"
                        + " OR after_summary LIKE :text ESCAPE '!')");
                params.put("text", "%" + escapeLike(query.text().strip()) + "%");
            }
            if (query.action() != null && !query.action().isBlank()) {
                conditions.add("action = :action");
                params.put("action", query.action());
            }
            if (query.from() != null) {
                conditions.add("occurred_at >= :from");
                params.put("from", Timestamp.from(query.from()));
            }
            if (query.to() != null) {
                conditions.add("occurred_at < :to");
                params.put("to", Timestamp.from(query.to()));
            }
        }

        String sql() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        Map<String, Object> params() {
            return params;
        }

        private static String escapeLike(String text) {
            return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        }
    }
}
