package io.shopdesk.operations.internal;

import io.shopdesk.shared.TenantId;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes all of a tenant's rows as a zip: {@code tables/<table>.json} (an array of row objects, binary columns in
 * base64) for every table with a tenant column, {@code accounts.json} with the e-mail and name of its members (no
 * password hashes) and {@code manifest.json} with the row counts. Streams row by row, so large models do not have to
 * fit in memory. Text of conversation tables is masked when the tenant asked for masked exports.
 */
@Component
public class TenantExport {

    private final JdbcTemplate jdbc;
    private final TenantSchema schema;
    private final DataProtectionStore settings;
    private final JsonMapper json;
    private final Clock clock;

    TenantExport(JdbcTemplate jdbc, TenantSchema schema, DataProtectionStore settings, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.schema = schema;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    /** Writes the zip to {@code out} (left open); the rows written per table. */
    public Map<String, Integer> write(TenantId tenant, OutputStream out) {
        boolean mask = settings.find(tenant).map(found -> found.maskExports()).orElse(false);
        Set<String> conversationTables = conversationTables();
        var counts = new LinkedHashMap<String, Integer>();
        try {
            var zip = new ZipOutputStream(new KeepOpen(out));
            for (String table : schema.tenantTables()) {
                zip.putNextEntry(new ZipEntry("tables/" + table + ".json"));
                counts.put(
                        table,
                        writeRows(
                                zip,
                                "SELECT * FROM " + DependentRows.quote(table) + " WHERE " + TenantSchema.TENANT_COLUMN
                                        + " = ?",
                                tenant,
                                mask && conversationTables.contains(table)));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("accounts.json"));
            writeRows(
                    zip,
                    "SELECT u.email, u.display_name, u.locale, u.created_at, m.roles FROM user_account u"
                            + " JOIN membership m ON m.user_id = u.id WHERE m.tenant_id = ? ORDER BY u.email",
                    tenant,
                    false);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("manifest.json"));
            try (var generator = json.createGenerator(new KeepOpen(zip))) {
                generator.writeStartObject();
                generator.writeStringProperty("tenant", tenant.value());
                generator.writeStringProperty("exportedAt", clock.instant().toString());
                generator.writeName("rows");
                generator.writeStartObject();
                for (var count : counts.entrySet()) {
                    generator.writeNumberProperty(count.getKey(), count.getValue());
                }
                generator.writeEndObject();
                generator.writeEndObject();
            }
            zip.closeEntry();
            zip.finish();
            return counts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The conversation table and every table that references it: where customers' text is. */
    private Set<String> conversationTables() {
        var keys = schema.foreignKeys();
        var tables = new java.util.HashSet<String>();
        var pending = new java.util.ArrayDeque<String>();
        pending.add("conversation");
        while (!pending.isEmpty()) {
            String table = pending.poll();
            if (tables.add(table)) {
                TenantSchema.childrenOf(table, keys).forEach(key -> pending.add(key.table()));
            }
        }
        return tables;
    }

    private int writeRows(OutputStream out, String sql, TenantId tenant, boolean mask) {
        try (var generator = json.createGenerator(new KeepOpen(out))) {
            generator.writeStartArray();
            int[] rows = {0};
            jdbc.query(
                    sql,
                    (ResultSet row) -> {
                        writeRow(generator, row, mask);
                        rows[0]++;
                    },
                    tenant.value());
            generator.writeEndArray();
            return rows[0];
        }
    }

    private static void writeRow(JsonGenerator generator, ResultSet row, boolean mask) throws SQLException {
        ResultSetMetaData meta = row.getMetaData();
        generator.writeStartObject();
        for (int column = 1; column <= meta.getColumnCount(); column++) {
            generator.writeName(meta.getColumnLabel(column).toLowerCase(java.util.Locale.ROOT));
            switch (meta.getColumnType(column)) {
                case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                    byte[] bytes = row.getBytes(column);
                    if (bytes == null) {
                        generator.writeNull();
                    } else {
                        generator.writeBinary(bytes);
                    }
                }
                case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
                    Timestamp time = row.getTimestamp(column);
                    generator.writeString(time == null ? null : time.toInstant().toString());
                }
                case Types.BIT, Types.BOOLEAN, Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> {
                    long value = row.getLong(column);
                    if (row.wasNull()) {
                        generator.writeNull();
                    } else {
                        generator.writeNumber(value);
                    }
                }
                case Types.DOUBLE, Types.FLOAT, Types.REAL, Types.DECIMAL, Types.NUMERIC -> {
                    double value = row.getDouble(column);
                    if (row.wasNull()) {
                        generator.writeNull();
                    } else {
                        generator.writeNumber(value);
                    }
                }
                default -> {
                    String text = row.getString(column);
                    generator.writeString(mask ? PiiMasker.mask(text) : text);
                }
            }
        }
        generator.writeEndObject();
    }

    /** Lets a writer close its stream without closing the zip under it. */
    private static final class KeepOpen extends FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
