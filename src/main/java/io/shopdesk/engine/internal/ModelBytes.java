package io.shopdesk.engine.internal;

import io.shopdesk.shared.TenantId;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The bytes of stored models, in chunks of at most {@link #CHUNK} bytes so that no statement exceeds a server's
 * {@code max_allowed_packet}. Native SQL with the tenant named in every statement (ADR 0004): the runtime reads
 * models from any thread, inside or outside a transaction, without switching the thread's tenant.
 */
@Component
class ModelBytes {

    static final int CHUNK = 4 * 1024 * 1024;

    private final JdbcClient jdbc;

    ModelBytes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the bytes of a model; call inside the transaction that creates or revises the model row. */
    void write(TenantId tenant, long modelId, byte[] bytes) {
        jdbc.sql("DELETE FROM engine_model_chunk WHERE tenant_id = ? AND model_id = ? AND edition = 'CURRENT'")
                .params(tenant.value(), modelId)
                .update();
        for (int offset = 0, position = 0; offset < bytes.length || position == 0; offset += CHUNK, position++) {
            int length = Math.min(CHUNK, bytes.length - offset);
            byte[] chunk = new byte[length];
            System.arraycopy(bytes, offset, chunk, 0, length);
            jdbc.sql("INSERT INTO engine_model_chunk (tenant_id, model_id, position, data) VALUES (?, ?, ?, ?)")
                    .params(tenant.value(), modelId, position, chunk)
                    .update();
        }
    }

    /**
     * Keeps the model's bytes as training left them, before its first incremental update writes over them: the
     * regression check compares a candidate with what the last training produced. Call in the revising transaction.
     */
    void keepTrained(TenantId tenant, long modelId) {
        jdbc.sql("UPDATE engine_model_chunk SET edition = 'TRAINED'"
                        + " WHERE tenant_id = ? AND model_id = ? AND edition = 'CURRENT'")
                .params(tenant.value(), modelId)
                .update();
    }

    /** The model's current bytes (with its incremental updates). */
    InputStream read(TenantId tenant, long modelId) {
        return read(tenant, modelId, "CURRENT");
    }

    /** The model's bytes as its training left them, before any incremental update. */
    InputStream readTrained(TenantId tenant, long modelId) {
        boolean kept = jdbc.sql("SELECT COUNT(*) FROM engine_model_chunk"
                                + " WHERE tenant_id = ? AND model_id = ? AND edition = 'TRAINED'")
                        .params(tenant.value(), modelId)
                        .query(Long.class)
                        .single()
                > 0;
        return read(tenant, modelId, kept ? "TRAINED" : "CURRENT");
    }

    private InputStream read(TenantId tenant, long modelId, String edition) {
        List<byte[]> chunks = jdbc.sql("SELECT data FROM engine_model_chunk"
                        + " WHERE tenant_id = ? AND model_id = ? AND edition = ? ORDER BY position")
                .params(tenant.value(), modelId, edition)
                .query((row, number) -> row.getBytes(1))
                .list();
        if (chunks.isEmpty()) {
            throw new IllegalStateException("Model " + modelId + " of " + tenant + " has no bytes");
        }
        var streams = chunks.stream()
                .map(ByteArrayInputStream::new)
                .map(InputStream.class::cast)
                .toList();
        return new SequenceInputStream(Collections.enumeration(streams));
    }

    /** The tenant's live model: its row id, version and revision. */
    Optional<LiveModel> live(TenantId tenant) {
        return jdbc.sql("SELECT id, model_version, revision FROM engine_model WHERE tenant_id = ? AND status = 'LIVE'")
                .param(tenant.value())
                .query((row, number) -> new LiveModel(tenant, row.getLong(1), row.getInt(2), row.getInt(3)))
                .optional();
    }

    /** The live models of every tenant: what a replica compares its resident models with. */
    List<LiveModel> liveAcrossTenants() {
        return jdbc.sql("SELECT tenant_id, id, model_version, revision FROM engine_model WHERE status = 'LIVE'")
                .query((row, number) ->
                        new LiveModel(new TenantId(row.getString(1)), row.getLong(2), row.getInt(3), row.getInt(4)))
                .list();
    }

    /** Which stored model, and which state of it, a tenant answers with. */
    record LiveModel(TenantId tenant, long modelId, int version, int revision) {}
}
