package io.shopdesk.connector.internal;

import io.shopdesk.connector.DeliveryStatus;
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

/**
 * A row of the connectors' outbox, read here for the tenant's own views. Rows are written and moved on by plain
 * SQL ({@code io.shopdesk.connector.outbox}), which works across tenants and names the tenant in every statement.
 */
@Entity
@Table(name = "connector_delivery")
public class ConnectorDelivery {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id")
    private String tenantId;

    @Column(name = "channel_id")
    private long channelId;

    @Column(name = "channel_type")
    private String channelType;

    @Column(name = "idempotency_key")
    private String idempotencyKey;

    @Column(name = "conversation_id")
    private String conversationId;

    @Column(name = "external_user")
    private String externalUser;

    @Column(name = "message_seq")
    private int messageSeq;

    private String author;

    private String text;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Enumerated(EnumType.STRING)
    private DeliveryStatus status;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_status")
    private Integer lastStatus;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private long version;

    protected ConnectorDelivery() {}

    /** A given-up delivery due again at {@code now} with a fresh count of attempts. */
    public void requeue(Instant now) {
        if (status != DeliveryStatus.FAILED) {
            throw new IllegalStateException("only a failed delivery is sent again");
        }
        status = DeliveryStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        finishedAt = null;
    }

    public long id() {
        return id;
    }

    public long channelId() {
        return channelId;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public String conversationId() {
        return conversationId;
    }

    public int messageSeq() {
        return messageSeq;
    }

    public String channelType() {
        return channelType;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Integer lastStatus() {
        return lastStatus;
    }

    public String lastError() {
        return lastError;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
