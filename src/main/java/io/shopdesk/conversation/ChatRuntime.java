package io.shopdesk.conversation;

import io.shopdesk.channel.ChannelIdentity;
import io.shopdesk.conversation.internal.BotReply;
import io.shopdesk.conversation.internal.BotTexts;
import io.shopdesk.conversation.internal.ChatLocales;
import io.shopdesk.conversation.internal.ChatRateLimits;
import io.shopdesk.conversation.internal.ConversationFeed;
import io.shopdesk.conversation.internal.ConversationStore;
import io.shopdesk.conversation.internal.DialoguePolicy;
import io.shopdesk.conversation.internal.DialogueSettingsCache;
import io.shopdesk.conversation.internal.FaqCatalog;
import io.shopdesk.conversation.internal.HandoffKeywords;
import io.shopdesk.conversation.internal.MessageText;
import io.shopdesk.conversation.internal.MonthlyConversations;
import io.shopdesk.engine.BotEngine;
import io.shopdesk.security.TenantContext;
import io.shopdesk.security.TenantDirectory;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.NotFoundException;
import io.shopdesk.shared.RequestRefusedException;
import io.shopdesk.shared.RequestRefusedException.Reason;
import io.shopdesk.shared.TenantId;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * The chat runtime as channels use it, on behalf of an authenticated channel (never a signed-in user): start a
 * conversation, send a message and get the bot's reply, read messages, vote on an answer, ask for a person, and
 * follow a conversation live. Every call first checks that the channel's tenant is active; what costs work is
 * rate-limited per tenant and per conversation, and starts count towards the monthly conversation quota. Requests
 * that are refused store nothing.
 */
@Service
public class ChatRuntime {

    /** How many messages one read returns at most. */
    public static final int MAX_PAGE = 200;

    private static final Pattern CLIENT_MESSAGE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern CONVERSATION_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private final BotEngine engine;
    private final TenantDirectory tenants;
    private final ChatRateLimits limits;
    private final MonthlyConversations monthly;
    private final DialogueSettingsCache settings;
    private final DialoguePolicy policy;
    private final BotTexts texts;
    private final FaqCatalog faq;
    private final ConversationStore store;
    private final ConversationFeed feed;

    ChatRuntime(
            BotEngine engine,
            TenantDirectory tenants,
            ChatRateLimits limits,
            MonthlyConversations monthly,
            DialogueSettingsCache settings,
            DialoguePolicy policy,
            BotTexts texts,
            FaqCatalog faq,
            ConversationStore store,
            ConversationFeed feed) {
        this.engine = engine;
        this.tenants = tenants;
        this.limits = limits;
        this.monthly = monthly;
        this.settings = settings;
        this.policy = policy;
        this.texts = texts;
        this.faq = faq;
        this.store = store;
        this.feed = feed;
    }

    /**
     * Starts a conversation in the customer's language when the bot speaks it (else the tenant's) and greets.
     *
     * @param requestedLocale the customer's language tag, or {@code null}
     */
    public ConversationView start(ChannelIdentity channel, String requestedLocale) {
        var tenant = requireActive(channel);
        limits.admitStart(tenant);
        var dialogue = settings.settingsFor(tenant);
        String locale = ChatLocales.resolve(requestedLocale, dialogue.locale());
        monthly.take(tenant);
        try {
            return TenantContext.callAs(
                    tenant,
                    () -> store.start(channel, locale, texts.greeting(dialogue, channel.greetingOverride(), locale)));
        } catch (RuntimeException failed) {
            monthly.giveBack(tenant);
            throw failed;
        }
    }

    /**
     * Stores the customer's message and the bot's reply. Sending a client message id again returns what was stored
     * for it ({@link Exchange#replayed()}) and never answers twice; reusing it for a different text is refused.
     */
    public Exchange send(ChannelIdentity channel, String conversationId, CustomerMessage message) {
        var tenant = requireActive(channel);
        requireWellFormed(conversationId);
        String clientId = clientMessageId(message.clientMessageId());
        String text = message.choice() == null ? MessageText.normalise(message.text()) : null;
        limits.admitMessage(tenant, conversationId);
        return TenantContext.callAs(tenant, () -> {
            var lookup = store.find(channel, conversationId, clientId);
            var conversation = lookup.conversation();
            if (lookup.stored().isPresent()) {
                return sameOrRefuse(lookup.stored().get(), text);
            }
            if (message.choice() != null) {
                return choose(tenant, channel, conversation, clientId, message.choice());
            }
            if (HandoffKeywords.asksForPerson(text)) {
                return store.requestHandoff(
                        tenant,
                        conversation,
                        HandoffTrigger.KEYWORD,
                        clientId,
                        text,
                        texts.handoffRequested(conversation.locale()));
            }
            var answer = engine.answer(tenant, text);
            var reply =
                    policy.decide(tenant, channel.type(), answer, settings.settingsFor(tenant), conversation.locale());
            return store.answer(tenant, conversation, clientId, text, reply);
        });
    }

    /** The conversation's messages after a sequence number (0 for all), at most {@link #MAX_PAGE}. */
    public ConversationView messages(ChannelIdentity channel, String conversationId, int afterSeq) {
        var tenant = requireActive(channel);
        return TenantContext.callAs(tenant, () -> {
            var conversation = store.find(channel, conversationId);
            return new ConversationView(
                    conversation.publicId(),
                    conversation.locale(),
                    conversation.state(),
                    store.after(conversation.id(), Math.max(0, afterSeq), MAX_PAGE));
        });
    }

    /** Records whether the bot answer with this sequence number helped. */
    public MessageView vote(ChannelIdentity channel, String conversationId, int seq, boolean helpful) {
        var tenant = requireActive(channel);
        requireWellFormed(conversationId);
        limits.admitMessage(tenant, conversationId);
        return TenantContext.callAs(tenant, () -> {
            var conversation = store.find(channel, conversationId);
            return store.vote(tenant, conversation, seq, helpful);
        });
    }

    /** The customer asks for a person: the conversation waits for an agent and {@link HandoffRequested} is published. */
    public Exchange requestPerson(ChannelIdentity channel, String conversationId) {
        var tenant = requireActive(channel);
        requireWellFormed(conversationId);
        limits.admitMessage(tenant, conversationId);
        return TenantContext.callAs(tenant, () -> {
            var conversation = store.find(channel, conversationId);
            return store.requestHandoff(
                    tenant,
                    conversation,
                    HandoffTrigger.BUTTON,
                    null,
                    null,
                    texts.handoffRequested(conversation.locale()));
        });
    }

    /**
     * Follows a conversation live: the stored messages after {@code afterSeq} first, then every new message (the
     * bot's now, agents' later) and state change, until the subscription is closed.
     */
    public FeedSubscription subscribe(
            ChannelIdentity channel, String conversationId, int afterSeq, ConversationUpdates updates) {
        var tenant = requireActive(channel);
        var conversation = TenantContext.callAs(tenant, () -> store.find(channel, conversationId));
        return feed.subscribe(
                conversation.id(),
                Math.max(0, afterSeq),
                updates,
                after -> TenantContext.callAs(tenant, () -> store.after(conversation.id(), after, MAX_PAGE)));
    }

    private Exchange choose(
            TenantId tenant,
            ChannelIdentity channel,
            ConversationStore.Ref conversation,
            String clientId,
            CustomerMessage.Choice choice) {
        var offered = store.suggestionsMessage(conversation, choice.messageSeq())
                .filter(message -> message.suggestions().stream()
                        .anyMatch(suggestion -> suggestion.faqEntryId() == choice.faqEntryId()))
                .orElseThrow(() -> BusinessRuleException.onField("choice", "chat.error.choice-unknown"));
        var entry = faq.find(tenant, choice.faqEntryId(), channel.type())
                .orElseThrow(() -> new NotFoundException("answer", choice.faqEntryId()));
        BotReply reply = policy.chosen(entry, offered.turn());
        return store.answer(tenant, conversation, clientId, entry.question(), reply);
    }

    private static Exchange sameOrRefuse(Exchange stored, String text) {
        if (text != null && !stored.messages().getFirst().text().equals(text)) {
            throw new RequestRefusedException(Reason.CONFLICT, "chat.error.client-id-reused");
        }
        return stored;
    }

    private TenantId requireActive(ChannelIdentity channel) {
        boolean active = tenants.find(channel.tenant())
                .map(TenantDirectory.TenantSummary::active)
                .orElse(false);
        if (!active) {
            throw new RequestRefusedException(Reason.FORBIDDEN, "chat.error.tenant-suspended");
        }
        return channel.tenant();
    }

    /** Ids that cannot be ours are "not found" before they cost a rate-limit bucket or a query. */
    private static void requireWellFormed(String conversationId) {
        if (conversationId == null || !CONVERSATION_ID.matcher(conversationId).matches()) {
            throw new NotFoundException("conversation", "");
        }
    }

    private static String clientMessageId(String id) {
        if (id == null || !CLIENT_MESSAGE_ID.matcher(id).matches()) {
            throw BusinessRuleException.onField("clientMessageId", "chat.error.client-id");
        }
        return id;
    }
}
