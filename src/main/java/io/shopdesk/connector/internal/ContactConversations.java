package io.shopdesk.connector.internal;

import io.shopdesk.channel.ConnectorChannel;
import io.shopdesk.conversation.ChatRuntime;
import io.shopdesk.conversation.ConversationView;
import io.shopdesk.conversation.CustomerMessage;
import io.shopdesk.conversation.Exchange;
import io.shopdesk.shared.RequestRefusedException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The conversation a messenger user is in: found by the channel and the platform's user id, started when there is
 * none (or the last one was closed). Messages go through {@link ChatRuntime#send} with the platform's message id as
 * the client message id, which makes a retried delivery return what was stored instead of a second message.
 */
@Component
public class ContactConversations {

    private final ChatRuntime chat;
    private final JdbcClient jdbc;
    private final Clock clock;

    ContactConversations(ChatRuntime chat, JdbcClient jdbc, Clock clock) {
        this.chat = chat;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The customer's message stored and answered (or, for a message id seen before, what was stored for it). */
    public Exchange send(ConnectorChannel channel, String externalUser, String messageId, String text, String locale) {
        String conversation = current(channel, externalUser).orElseGet(() -> start(channel, externalUser, locale));
        try {
            return chat.send(channel.identity(), conversation, new CustomerMessage(messageId, text, null));
        } catch (RequestRefusedException refused) {
            if (!"chat.error.conversation-closed".equals(refused.messageKey())) {
                throw refused;
            }
            String next = start(channel, externalUser, locale);
            return chat.send(channel.identity(), next, new CustomerMessage(messageId, text, null));
        }
    }

    /** A new conversation for the user (it becomes their current one), with the greeting. */
    public ConversationView greet(ConnectorChannel channel, String externalUser, String locale) {
        var view = chat.start(channel.identity(), locale, Map.of("channelUser", externalUser));
        link(channel, externalUser, view.id());
        return view;
    }

    private String start(ConnectorChannel channel, String externalUser, String locale) {
        return greet(channel, externalUser, locale).id();
    }

    private Optional<String> current(ConnectorChannel channel, String externalUser) {
        return jdbc.sql("SELECT conversation_id FROM channel_contact WHERE tenant_id = ? AND channel_id = ?"
                        + " AND external_user = ?")
                .params(tenant(channel), channel.identity().channelId(), externalUser)
                .query(String.class)
                .optional();
    }

    private void link(ConnectorChannel channel, String externalUser, String conversationId) {
        int updated = jdbc.sql("UPDATE channel_contact SET conversation_id = ?, updated_at = ? WHERE tenant_id = ?"
                        + " AND channel_id = ? AND external_user = ?")
                .params(
                        conversationId,
                        clock.instant(),
                        tenant(channel),
                        channel.identity().channelId(),
                        externalUser)
                .update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO channel_contact (tenant_id, channel_id, external_user, conversation_id,"
                                + " updated_at) VALUES (?, ?, ?, ?, ?)")
                        .params(
                                tenant(channel),
                                channel.identity().channelId(),
                                externalUser,
                                conversationId,
                                clock.instant())
                        .update();
            } catch (DuplicateKeyException raced) {
                // A concurrent first message of the same user linked a conversation first; this one stays unused.
            }
        }
    }

    private static String tenant(ConnectorChannel channel) {
        return channel.identity().tenant().value();
    }
}
