package io.shopdesk.channel.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** A key of a channel: its public lookup id and the SHA-256 hash of the whole key, never the key itself. */
@Entity
@Table(name = "channel_key")
public class ChannelKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id")
    private String tenantId;

    @Column(name = "channel_id")
    private long channelId;

    @Column(name = "lookup_id")
    private String lookupId;

    @Column(name = "key_hash")
    private String keyHash;

    @Column(name = "key_hint")
    private String keyHint;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected ChannelKey() {}

    public ChannelKey(long channelId, ChannelKeys.Parsed key, Instant now) {
        this.channelId = channelId;
        this.lookupId = key.lookupId();
        this.keyHash = key.hash();
        this.keyHint = key.hint();
        this.createdAt = now;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public long channelId() {
        return channelId;
    }

    public String keyHint() {
        return keyHint;
    }

    public boolean active() {
        return revokedAt == null;
    }
}
