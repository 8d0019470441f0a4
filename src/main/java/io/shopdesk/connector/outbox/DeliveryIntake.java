package io.shopdesk.connector.outbox;

import io.shopdesk.channel.ChannelType;
import io.shopdesk.conversation.AgentMessageStored;
import java.time.Clock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns each message the agent side stored in a webhook, Telegram or WeChat conversation into a pending delivery. The event
 * is kept by the event publication registry until this listener finished, so a crash between the message's commit
 * and the row does not lose it; the event delivered again adds nothing (the idempotency key is unique). The
 * recipient is the messenger user the conversation belongs to ({@code channel_contact}; for WeChat the OpenID).
 */
@Component
class DeliveryIntake {

    private static final Logger log = LoggerFactory.getLogger(DeliveryIntake.class);
    private static final Set<String> DELIVERED_BY_OUTBOX =
            Set.of(ChannelType.WEBHOOK.name(), ChannelType.TELEGRAM.name(), ChannelType.WECHAT.name());

    private final OutboxRows rows;
    private final JdbcClient jdbc;
    private final Clock clock;

    DeliveryIntake(OutboxRows rows, JdbcClient jdbc, Clock clock) {
        this.rows = rows;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The stable key of a message's delivery: the same for every attempt and for the event delivered again. */
    static String key(String conversationId, int seq) {
        return "sd_" + conversationId + "_" + seq;
    }

    @ApplicationModuleListener
    void on(AgentMessageStored message) {
        if (!DELIVERED_BY_OUTBOX.contains(message.channelType())) {
            return;
        }
        var user = jdbc.sql("SELECT external_user FROM channel_contact WHERE tenant_id = ? AND channel_id = ?"
                        + " AND conversation_id = ?")
                .params(message.tenant().value(), message.channelId(), message.conversationId())
                .query(String.class)
                .optional();
        if (user.isEmpty()) {
            // The user moved on to a newer conversation before this one's message was handled: their messenger now
            // shows the new one, and this message stays readable in the console.
            log.warn(
                    "Message {} of conversation {} not delivered: the conversation has no messenger user",
                    message.seq(),
                    message.conversationId());
            return;
        }
        rows.add(
                message.tenant(),
                message.channelId(),
                message.channelType(),
                key(message.conversationId(), message.seq()),
                message.conversationId(),
                user.get(),
                message.seq(),
                message.author().name(),
                message.text(),
                message.sentAt(),
                clock.instant());
    }
}
