package io.shopdesk.operations.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The database's own description of tenant data, read from {@code information_schema} each time (so tables added by
 * any module later are covered without a change here): which tables have a {@code tenant_id} column, and which
 * foreign keys point at which tables, to delete children before their parents.
 */
@Component
class TenantSchema {

    static final String TENANT_COLUMN = "tenant_id";

    private final JdbcClient jdbc;

    TenantSchema(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A foreign key: {@code table.column} references {@code referencedTable.referencedColumn}. */
    record ForeignKey(String table, String column, String referencedTable, String referencedColumn) {}

    /** Base tables with a tenant column, in name order (lower case, as the database reports them). */
    List<String> tenantTables() {
        return jdbc.sql("SELECT c.TABLE_NAME FROM information_schema.COLUMNS c JOIN information_schema.TABLES t"
                        + " ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME"
                        + " WHERE c.TABLE_SCHEMA = DATABASE() AND LOWER(c.COLUMN_NAME) = ?"
                        + " AND t.TABLE_TYPE = 'BASE TABLE' ORDER BY c.TABLE_NAME")
                .param(TENANT_COLUMN)
                .query(String.class)
                .list();
    }

    /** A base table's name as the database spells it (MariaDB on Linux compares table names case-sensitively). */
    Optional<String> table(String name) {
        return jdbc.sql("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                        + " AND LOWER(TABLE_NAME) = ? AND TABLE_TYPE = 'BASE TABLE'")
                .param(name.toLowerCase(java.util.Locale.ROOT))
                .query(String.class)
                .optional();
    }

    List<ForeignKey> foreignKeys() {
        return jdbc.sql("SELECT TABLE_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME"
                        + " FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = DATABASE()"
                        + " AND REFERENCED_TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME IS NOT NULL"
                        + " ORDER BY TABLE_NAME, COLUMN_NAME")
                .query((row, n) ->
                        new ForeignKey(row.getString(1), row.getString(2), row.getString(3), row.getString(4)))
                .list();
    }

    /** The foreign keys that point at the table (its children), other than a table's keys to itself. */
    static List<ForeignKey> childrenOf(String table, List<ForeignKey> keys) {
        return keys.stream()
                .filter(key -> key.referencedTable().equalsIgnoreCase(table)
                        && !key.table().equalsIgnoreCase(table))
                .toList();
    }

    /**
     * The tables in an order in which deleting one after another never breaks a foreign key between them: every
     * table comes before the tables it references. Cycles (none today) fall back to name order.
     */
    static List<String> deleteOrder(List<String> tables, List<ForeignKey> keys) {
        Set<String> remaining = new LinkedHashSet<>(
                tables.stream().sorted(Comparator.naturalOrder()).toList());
        Map<String, Set<String>> referencedBy = new LinkedHashMap<>();
        for (String table : remaining) {
            referencedBy.put(table, new LinkedHashSet<>());
        }
        for (var key : keys) {
            if (remaining.contains(key.referencedTable())
                    && remaining.contains(key.table())
                    && !key.table().equals(key.referencedTable())) {
                referencedBy.get(key.referencedTable()).add(key.table());
            }
        }
        List<String> order = new ArrayList<>();
        while (!remaining.isEmpty()) {
            String next = remaining.stream()
                    .filter(table -> referencedBy.get(table).stream().noneMatch(remaining::contains))
                    .findFirst()
                    .orElse(remaining.iterator().next());
            order.add(next);
            remaining.remove(next);
        }
        return order;
    }
}
