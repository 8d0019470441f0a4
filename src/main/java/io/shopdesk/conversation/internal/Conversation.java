package io.shopdesk.conversation.internal;

import io.shopdesk.conversation.ConversationState;
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
 * A customer's conversation on one channel. Its public id is random and unguessable: it is the customer's only
 * handle on the conversation (widget keys are public). {@code lastSeq} numbers the messages; writers lock the row
 * so that numbers follow commit order.
 */
@Entity
@Table(name = "conversation")
public class Conversation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id")
    private String tenantId;

    @Column(name = "public_id")
    private String publicId;

    @Column(name = "channel_id")
    private long channelId;

    @Column(name = "channel_type")
    private String channelType;

    private String locale;

    @Enumerated(EnumType.STRING)
    private ConversationState state;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "last_message_at")
    private Instant lastMessageAt;

    @Column(name = "handoff_requested_at")
    private Instant handoffRequestedAt;

    @Column(name = "last_seq")
    private int lastSeq;

    @Version
    private long version;

    protected Conversation() {}

    public Conversation(String publicId, long channelId, String channelType, String locale, Instant now) {
        this.publicId = publicId;
        this.channelId = channelId;
        this.channelType = channelType;
        this.locale = locale;
        this.state = ConversationState.OPEN;
        this.startedAt = now;
        this.lastMessageAt = now;
    }

    /** The sequence number of the next message, which the caller adds. */
    public int nextSeq(Instant now) {
        lastMessageAt = now;
        return ++lastSeq;
    }

    /** Marks the conversation as waiting for a person; false when it was waiting already. */
    public boolean requestHandoff(Instant now) {
        if (state == ConversationState.WAITING_FOR_AGENT) {
            return false;
        }
        state = ConversationState.WAITING_FOR_AGENT;
        handoffRequestedAt = now;
        return true;
    }

    public Long id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public String publicId() {
        return publicId;
    }

    public long channelId() {
        return channelId;
    }

    public String channelType() {
        return channelType;
    }

    public String locale() {
        return locale;
    }

    public ConversationState state() {
        return state;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public int lastSeq() {
        return lastSeq;
    }
}
