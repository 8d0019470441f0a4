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

    @Column(name = "handoff_reason")
    private String handoffReason;

    @Column(name = "skill_group")
    private String skillGroup;

    private String attributes;

    private String agent;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    private String summary;

    private Integer rating;

    @Column(name = "last_seq")
    private int lastSeq;

    private boolean ticket;

    @Column(name = "reopen_count")
    private int reopenCount;

    @Version
    private long version;

    protected Conversation() {}

    public Conversation(
            String publicId, long channelId, String channelType, String locale, String attributes, Instant now) {
        this.publicId = publicId;
        this.attributes = attributes;
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

    /**
     * Marks the conversation as waiting for a person, recording the deciding rule and the skill group; false when it
     * was waiting or with an agent already.
     */
    public boolean requestHandoff(String reason, String skillGroup, boolean ticket, Instant now) {
        if (state != ConversationState.OPEN) {
            return false;
        }
        state = ConversationState.WAITING_FOR_AGENT;
        handoffRequestedAt = now;
        handoffReason = reason;
        this.skillGroup = skillGroup;
        this.ticket = ticket;
        return true;
    }

    /** The owning agent hands the conversation to another skill group's queue; it keeps its place in time. */
    public void transfer(String skillGroup) {
        state = ConversationState.WAITING_FOR_AGENT;
        this.skillGroup = skillGroup;
        agent = null;
        acceptedAt = null;
    }

    /** Opens a closed conversation again: with the bot, with its last agent, or waiting in its group's queue. */
    public void reopen(ConversationState to, Instant now) {
        reopenCount++;
        ticket = false;
        closedAt = null;
        switch (to) {
            case OPEN -> state = ConversationState.OPEN;
            case WITH_AGENT -> {
                state = ConversationState.WITH_AGENT;
                acceptedAt = now;
            }
            case WAITING_FOR_AGENT -> {
                state = ConversationState.WAITING_FOR_AGENT;
                handoffRequestedAt = now;
                agent = null;
                acceptedAt = null;
            }
            case CLOSED -> throw new IllegalArgumentException("a conversation reopens to an owner");
        }
    }

    /** An agent answered the message left while nobody could (a ticket) and closed it. */
    public void answerTicket(String agent, String summary, Instant now) {
        this.agent = agent;
        acceptedAt = now;
        close(summary, now);
    }

    /** Whether the customer left a message while nobody could answer (waiting as a ticket). */
    public boolean ticket() {
        return ticket;
    }

    public int reopenCount() {
        return reopenCount;
    }

    /** Closes the conversation; false when it was closed already. */
    public boolean close(String summary, Instant now) {
        if (state == ConversationState.CLOSED) {
            return false;
        }
        state = ConversationState.CLOSED;
        this.summary = summary;
        closedAt = now;
        return true;
    }

    public void rate(int score) {
        rating = score;
    }

    public String agent() {
        return agent;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public Instant handoffRequestedAt() {
        return handoffRequestedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String summary() {
        return summary;
    }

    public Integer rating() {
        return rating;
    }

    public String handoffReason() {
        return handoffReason;
    }

    public String skillGroup() {
        return skillGroup;
    }

    /** The attributes the shop passed at the start, encoded by {@link ConversationAttributes}. */
    public String attributes() {
        return attributes;
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
