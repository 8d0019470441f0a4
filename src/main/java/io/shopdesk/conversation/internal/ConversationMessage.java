package io.shopdesk.conversation.internal;

import io.shopdesk.conversation.MessageAuthor;
import io.shopdesk.conversation.MessageKind;
import io.shopdesk.conversation.Suggestion;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.TenantId;

/**
 * One message of a conversation. A customer message carries the client's message id (unique per conversation, so
 * a replay is recognised); a bot reply carries its {@link BotTurn} and, for answers, the customer's vote.
 */
@Entity
@Table(name = "chat_message")
public class ConversationMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id")
    private String tenantId;

    @Column(name = "conversation_id")
    private long conversationId;

    private int seq;

    @Enumerated(EnumType.STRING)
    private MessageAuthor author;

    @Enumerated(EnumType.STRING)
    private MessageKind kind;

    private String text;

    private String html;

    @Convert(converter = SuggestionsConverter.class)
    private List<Suggestion> suggestions;

    @Column(name = "client_message_id")
    private String clientMessageId;

    @Column(name = "reply_to_seq")
    private Integer replyToSeq;

    @Column(name = "created_at")
    private Instant createdAt;

    @Embedded
    private BotTurn turn;

    private String vote;

    @Column(name = "voted_at")
    private Instant votedAt;

    protected ConversationMessage() {}

    private ConversationMessage(
            long conversationId,
            int seq,
            MessageAuthor author,
            MessageKind kind,
            String text,
            Integer replyToSeq,
            Instant now) {
        this.conversationId = conversationId;
        this.seq = seq;
        this.author = author;
        this.kind = kind;
        this.text = text;
        this.replyToSeq = replyToSeq;
        this.createdAt = now;
        this.suggestions = List.of();
    }

    public static ConversationMessage fromCustomer(
            long conversationId, int seq, String clientMessageId, String text, Instant now) {
        var message =
                new ConversationMessage(conversationId, seq, MessageAuthor.CUSTOMER, MessageKind.TEXT, text, null, now);
        message.clientMessageId = clientMessageId;
        return message;
    }

    public static ConversationMessage fromAgent(long conversationId, int seq, String text, Instant now) {
        return new ConversationMessage(conversationId, seq, MessageAuthor.AGENT, MessageKind.TEXT, text, null, now);
    }

    public static ConversationMessage fromBot(
            long conversationId,
            int seq,
            MessageKind kind,
            String text,
            String html,
            List<Suggestion> suggestions,
            Integer replyToSeq,
            BotTurn turn,
            Instant now) {
        var message = new ConversationMessage(conversationId, seq, MessageAuthor.BOT, kind, text, replyToSeq, now);
        message.html = html;
        message.suggestions = List.copyOf(suggestions);
        message.turn = turn;
        return message;
    }

    public static ConversationMessage fromSystem(
            long conversationId, int seq, MessageKind kind, String text, Integer replyToSeq, Instant now) {
        return new ConversationMessage(conversationId, seq, MessageAuthor.SYSTEM, kind, text, replyToSeq, now);
    }

    /** Records the customer's vote; false when it was that vote already. */
    public boolean vote(String value, Instant now) {
        if (value.equals(vote)) {
            return false;
        }
        vote = value;
        votedAt = now;
        return true;
    }

    public Long id() {
        return id;
    }

    public long conversationId() {
        return conversationId;
    }

    public int seq() {
        return seq;
    }

    public MessageAuthor author() {
        return author;
    }

    public MessageKind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    public String html() {
        return html;
    }

    public List<Suggestion> suggestions() {
        return suggestions == null ? List.of() : suggestions;
    }

    public String clientMessageId() {
        return clientMessageId;
    }

    public Integer replyToSeq() {
        return replyToSeq;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The bot's turn, or {@code null} for messages that are not bot replies to a question. */
    public BotTurn turn() {
        return turn;
    }

    public String vote() {
        return vote;
    }
}
