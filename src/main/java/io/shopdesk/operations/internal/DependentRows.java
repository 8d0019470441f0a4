package io.shopdesk.operations.internal;

import io.shopdesk.operations.internal.TenantSchema.ForeignKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deletes rows of a table together with every row that references them through a foreign key (found in
 * {@code information_schema}, so dependents added by any module are deleted too), children first.
 */
@Component
class DependentRows {

    private static final int MAX_DEPTH = 6;

    private final JdbcClient jdbc;
    private final TenantSchema schema;

    DependentRows(JdbcClient jdbc, TenantSchema schema) {
        this.jdbc = jdbc;
        this.schema = schema;
    }

    /**
     * Deletes the rows of {@code table} with these ids and everything depending on them; the number of rows
     * deleted in all tables.
     */
    int deleteWithDependents(String table, List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        String where = "id IN (" + String.join(", ", ids.stream().map(id -> "?").toList()) + ")";
        return delete(table, where, new ArrayList<>(ids), schema.foreignKeys(), new HashSet<>(), 0);
    }

    /** Deletes the rows of {@code table} matching {@code where} and everything depending on them. */
    int deleteWhere(String table, String where, Object... params) {
        return delete(table, where, List.of(params), schema.foreignKeys(), new HashSet<>(), 0);
    }

    private int delete(
            String table, String where, List<Object> params, List<ForeignKey> keys, Set<String> path, int depth) {
        if (depth > MAX_DEPTH || !path.add(table)) {
            throw new IllegalStateException("Foreign keys from " + table + " form a cycle or nest too deep: " + path);
        }
        int deleted = 0;
        for (var key : TenantSchema.childrenOf(table, keys)) {
            String childWhere = quote(key.column()) + " IN (SELECT " + quote(key.referencedColumn()) + " FROM "
                    + quote(table) + " WHERE " + where + ")";
            deleted += delete(key.table(), childWhere, params, keys, path, depth + 1);
        }
        path.remove(table);
        return deleted
                + jdbc.sql("DELETE FROM " + quote(table) + " WHERE " + where)
                        .params(params)
                        .update();
    }

    /** Names come from information_schema, never from users; quoting keeps odd names (reserved words) working. */
    static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
