package io.shopdesk.conversation;

import io.shopdesk.conversation.internal.AgentDeskStore;
import io.shopdesk.conversation.internal.ConversationFeed;
import io.shopdesk.conversation.internal.MessageText;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.BusinessRuleException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The agents' side of the current tenant's conversations, for the handoff module (which checks who may call it):
 * the queue, a conversation's transcript with the bot's confidence per turn, accepting (of two agents accepting at
 * once exactly one gets it), writing to the customer live and closing with a summary. While an agent owns a
 * conversation the bot stays silent.
 */
@Service
public class AgentDesk {

    public static final int MAX_SUMMARY = 2000;

    private final AgentDeskStore store;
    private final ConversationFeed feed;
    private final MessageSource texts;

    AgentDesk(AgentDeskStore store, ConversationFeed feed, MessageSource texts) {
        this.store = store;
        this.feed = feed;
        this.texts = texts;
    }

    /**
     * Follows a conversation of the current tenant live from a sequence number on (the agent's view), like the
     * customer's stream: stored messages after the cursor first, then every new one.
     */
    public FeedSubscription follow(String conversationId, int afterSeq, ConversationUpdates updates) {
        var tenant = TenantContext.require();
        long id = store.internalId(conversationId);
        return feed.subscribe(
                id, afterSeq, updates, after -> TenantContext.callAs(tenant, () -> store.after(id, after)));
    }

    public List<QueuedConversation> queue() {
        return store.queue();
    }

    public AgentConversation conversation(String conversationId) {
        return store.conversation(conversationId);
    }

    /** The agent takes the conversation; false when it is no longer waiting (another agent took it first). */
    public boolean accept(String conversationId, String agent) {
        var locale = store.conversation(conversationId).locale();
        return store.accept(conversationId, agent, text("chat.agent.joined", locale));
    }

    public MessageView write(String conversationId, String agent, String text) {
        return store.write(conversationId, agent, MessageText.normalise(text));
    }

    public void close(String conversationId, String agent, String summary) {
        String trimmed = summary == null ? "" : summary.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_SUMMARY) {
            throw BusinessRuleException.onField("summary", "agent.error.summary", MAX_SUMMARY);
        }
        var locale = store.conversation(conversationId).locale();
        store.close(conversationId, agent, trimmed, text("chat.agent.closed", locale));
    }

    private String text(String key, String locale) {
        return texts.getMessage(key, null, Locale.forLanguageTag(locale));
    }
}
