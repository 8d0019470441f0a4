package io.shopdesk.conversation;

import io.shopdesk.channel.ChannelType;
import io.shopdesk.conversation.internal.AgentDeskStore;
import io.shopdesk.conversation.internal.ConversationFeed;
import io.shopdesk.conversation.internal.FaqCatalog;
import io.shopdesk.conversation.internal.MessageText;
import io.shopdesk.engine.BotEngine;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.BusinessRuleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** How many suggested answers the workspace shows at most. */
    public static final int MAX_SUGGESTIONS = 3;

    private final AgentDeskStore store;
    private final ConversationFeed feed;
    private final MessageSource texts;
    private final BotEngine engine;
    private final FaqCatalog faq;

    AgentDesk(AgentDeskStore store, ConversationFeed feed, MessageSource texts, BotEngine engine, FaqCatalog faq) {
        this.store = store;
        this.feed = feed;
        this.texts = texts;
        this.engine = engine;
        this.faq = faq;
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

    /** Messages customers left while nobody could answer, oldest first. */
    public List<QueuedConversation> tickets() {
        return store.tickets();
    }

    /** The conversations the agent owns now. */
    public List<QueuedConversation> ownedBy(String agent) {
        return store.ownedBy(agent);
    }

    /** How many conversations each agent owns now; agents owning none are missing. */
    public Map<String, Integer> ownedPerAgent() {
        return store.ownedPerAgent();
    }

    /** The owning agent passes the conversation to another skill group's queue; the customer is told. */
    public void transfer(String conversationId, String agent, String skillGroup) {
        var locale = store.conversation(conversationId).locale();
        store.transfer(conversationId, agent, skillGroup, text("chat.agent.transferred", locale));
    }

    /**
     * Answers a message the customer left and closes the conversation; the reply goes back through the channel. Of
     * two agents answering at once exactly one does.
     */
    public MessageView answerTicket(String conversationId, String agent, String text) {
        String reply = MessageText.normalise(text);
        String summary = reply.length() > MAX_SUMMARY ? reply.substring(0, MAX_SUMMARY) : reply;
        return store.answerTicket(conversationId, agent, reply, summary);
    }

    /** Flags a bot turn (by its message's sequence number) for the trainers' review queue. */
    public void flagForReview(String conversationId, int seq) {
        store.flag(conversationId, seq);
    }

    /**
     * Answers from the knowledge base for the customer's last message (at most {@link #MAX_SUGGESTIONS}, best
     * first; only entries answerable today); empty when the customer wrote nothing or nothing fits.
     */
    public List<SuggestedAnswer> suggestedAnswers(String conversationId) {
        var tenant = TenantContext.require();
        var conversation = store.conversation(conversationId);
        var question = conversation.transcript().reversed().stream()
                .filter(line -> line.author() == MessageAuthor.CUSTOMER)
                .map(TranscriptLine::text)
                .findFirst();
        if (question.isEmpty()) {
            return List.of();
        }
        var channel = java.util.Arrays.stream(ChannelType.values())
                .filter(type -> type.name().equals(conversation.channelType()))
                .findFirst()
                .orElse(ChannelType.WEB_WIDGET);
        return engine.answer(tenant, question.get()).candidates().stream()
                .flatMap(candidate -> faq.find(tenant, candidate.faqEntryId(), channel).stream()
                        .map(answer -> new SuggestedAnswer(
                                answer.entryId(), answer.question(), answer.text(), candidate.confidence())))
                .limit(MAX_SUGGESTIONS)
                .toList();
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
