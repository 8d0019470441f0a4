package io.shopdesk.channel.internal;

import io.shopdesk.channel.SecretName;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** A channel's secret, encrypted ({@link SecretCipher}); the hint shows its end, masked. */
@Entity
@Table(name = "channel_secret")
public class ChannelSecret {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id")
    private String tenantId;

    @Column(name = "channel_id")
    private long channelId;

    @Enumerated(EnumType.STRING)
    private SecretName name;

    private String ciphertext;

    private String hint;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected ChannelSecret() {}

    public ChannelSecret(long channelId, SecretName name, String ciphertext, String hint, Instant now) {
        this.channelId = channelId;
        this.name = name;
        this.ciphertext = ciphertext;
        this.hint = hint;
        this.updatedAt = now;
    }

    /** A new value for the secret (rotated or entered again); the previous one is gone. */
    public void replace(String ciphertext, String hint, Instant now) {
        this.ciphertext = ciphertext;
        this.hint = hint;
        this.updatedAt = now;
    }

    public long channelId() {
        return channelId;
    }

    public SecretName name() {
        return name;
    }

    public String hint() {
        return hint;
    }

    /** A secret masked for lists: dots and at most its last four characters (none of short secrets). */
    public static String hintOf(String plain) {
        return plain.length() < 12 ? "••••" : "••••" + plain.substring(plain.length() - 4);
    }
}
