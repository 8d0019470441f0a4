package io.shopdesk.testing;

import io.shopdesk.channel.ChannelDraft;
import io.shopdesk.channel.ChannelManagement;
import io.shopdesk.channel.ChannelType;
import io.shopdesk.knowledge.FaqDraft;
import io.shopdesk.testing.TestUsers.TestTenant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Tenants with a chat channel, and counts of what the chat runtime stored, for tests of the chat API. */
public final class ChatFixtures {

    private ChatFixtures() {}

    /** A new tenant (English) with one web widget channel and its key. */
    public record ChatTenant(TestTenant tenant, long channelId, String key) {}

    public static ChatTenant tenantWithWidget(
            TestUsers users, ChannelManagement channels, String plan, List<FaqDraft> faq, List<String> origins) {
        var tenant = users.newTenant(plan, faq);
        var created = users.as(
                tenant.admin(),
                () -> channels.createChannel(new ChannelDraft(ChannelType.WEB_WIDGET, "Web shop", origins, null)));
        return new ChatTenant(tenant, created.channel().id(), created.key());
    }

    public static ChatTenant tenantWithWidget(TestUsers users, ChannelManagement channels) {
        return tenantWithWidget(users, channels, "STARTER", List.of(), List.of());
    }

    /**
     * A conversation of the tenant's widget that the bot handed off: two messages it cannot answer, so the default
     * policy puts it in the agents' queue.
     */
    public static String waitingConversation(ChatHttpClient chat, ChatTenant shop) {
        String conversation = chat.start(shop.key(), "en").body().path("id").asString();
        chat.send(shop.key(), conversation, "m1", "qwzx blorp");
        String state = chat.send(shop.key(), conversation, "m2", "blorp again")
                .body()
                .path("state")
                .asString();
        if (!"WAITING_FOR_AGENT".equals(state)) {
            throw new IllegalStateException("The bot did not hand the conversation off: " + state);
        }
        return conversation;
    }

    public static long conversationRows(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM conversation").query(Long.class).single();
    }

    public static long messageRows(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM chat_message").query(Long.class).single();
    }

    public static long messageRows(JdbcClient jdbc, String conversationId) {
        return jdbc.sql("SELECT COUNT(*) FROM chat_message m JOIN conversation c ON c.id = m.conversation_id"
                        + " WHERE c.public_id = ?")
                .param(conversationId)
                .query(Long.class)
                .single();
    }
}
