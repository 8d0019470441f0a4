package io.shopdesk.conversation;

import io.shopdesk.channel.ChannelIdentity;
import io.shopdesk.conversation.internal.AgentDeskStore;
import io.shopdesk.conversation.internal.BotMetrics;
import io.shopdesk.conversation.internal.BotReply;
import io.shopdesk.conversation.internal.BotTexts;
import io.shopdesk.conversation.internal.ChatLocales;
import io.shopdesk.conversation.internal.ChatRateLimits;
import io.shopdesk.conversation.internal.ConversationAttributes;
import io.shopdesk.conversation.internal.ConversationFeed;
import io.shopdesk.conversation.internal.ConversationStore;
import io.shopdesk.conversation.internal.DialoguePolicy;
import io.shopdesk.conversation.internal.DialogueSettingsCache;
import io.shopdesk.conversation.internal.FaqCatalog;
import io.shopdesk.conversation.internal.Handoff;
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
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
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
    private final ObjectProvider<HandoffAdvisor> advisor;
    private final Clock clock;
    private final AgentDeskStore agents;
    private final BotMetrics metrics;
    private final ObjectProvider<OrderQuestionAnswerer> orders;

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
            ConversationFeed feed,
            ObjectProvider<HandoffAdvisor> advisor,
            Clock clock,
            AgentDeskStore agents,
            BotMetrics metrics,
            ObjectProvider<OrderQuestionAnswerer> orders) {
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
        this.advisor = advisor;
        this.clock = clock;
        this.agents = agents;
        this.metrics = metrics;
        this.orders = orders;
    }

    /**
     * Starts a conversation in the customer's language when the bot speaks it (else the tenant's) and greets.
     *
     * @param requestedLocale the customer's language tag, or {@code null}
     */
    public ConversationView start(ChannelIdentity channel, String requestedLocale) {
        return start(channel, requestedLocale, Map.of());
    }

    /**
     * Starts a conversation like {@link #start(ChannelIdentity, String)}, keeping what the shop knows about the
     * customer (such as {@code tier=VIP}) for handoff rules and agents.
     */
    public ConversationView start(ChannelIdentity channel, String requestedLocale, Map<String, String> attributes) {
        var checked = ConversationAttributes.validated(attributes);
        var tenant = requireActive(channel);
        limits.admitStart(tenant);
        var dialogue = settings.settingsFor(tenant);
        String locale = ChatLocales.resolve(requestedLocale, dialogue.locale());
        monthly.take(tenant);
        try {
            return TenantContext.callAs(
                    tenant,
                    () -> store.start(
                            channel, locale, texts.greeting(dialogue, channel.greetingOverride(), locale), checked));
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
            if (text != null && !HandoffKeywords.asksForPerson(text)) {
                var open = store.openForBot(channel, conversationId, clientId);
                if (open.isPresent()) {
                    return answerTimed(tenant, channel, open.get(), clientId, text);
                }
            }
            var lookup = store.find(channel, conversationId, clientId);
            var conversation = lookup.conversation();
            if (lookup.stored().isPresent()) {
                return sameOrRefuse(lookup.stored().get(), text);
            }
            if (conversation.state() == ConversationState.CLOSED) {
                if (text == null) {
                    throw BusinessRuleException.onField("choice", "chat.error.choice-unknown");
                }
                conversation = reopen(tenant, conversation);
            }
            boolean ticket = conversation.state() == ConversationState.WAITING_FOR_AGENT && conversation.ticket();
            if (conversation.state() == ConversationState.WITH_AGENT || ticket) {
                if (text == null) {
                    throw BusinessRuleException.onField("choice", "chat.error.choice-unknown");
                }
                return store.toAgent(conversation, clientId, text);
            }
            if (message.choice() != null) {
                return choose(tenant, channel, conversation, clientId, message.choice());
            }
            if (HandoffKeywords.asksForPerson(text)) {
                var advice = advise(tenant, conversation, text, true, store.recentTurns(conversation.id()));
                if (advice.action().handsOff()) {
                    return store.requestHandoff(
                            tenant,
                            conversation,
                            clientId,
                            text,
                            handoff(HandoffTrigger.KEYWORD, advice, conversation));
                }
            }
            return answerTimed(tenant, channel, conversation, clientId, text);
        });
    }

    private Exchange answerTimed(
            TenantId tenant,
            ChannelIdentity channel,
            ConversationStore.Ref conversation,
            String clientId,
            String text) {
        long started = System.nanoTime();
        var exchange = answer(tenant, channel, conversation, clientId, text);
        if (!exchange.replayed()) {
            metrics.questionAnswered(tenant, System.nanoTime() - started);
        }
        return exchange;
    }

    /**
     * The customer wrote in a closed conversation: it goes back to the bot, to its last agent or to the queue, as
     * the tenant's policy says; a conversation no agent ever had goes back to the bot.
     */
    private ConversationStore.Ref reopen(TenantId tenant, ConversationStore.Ref conversation) {
        var route = conversation.agent() == null
                ? ReopenRoute.BOT
                : advisor.getIfAvailable(() -> HandoffAdvisor.CUSTOMER_ASKS_ONLY)
                        .reopen(tenant, conversation.agent(), conversation.skillGroup());
        String locale = conversation.locale();
        return switch (route) {
            case BOT -> store.reopen(tenant, conversation, ConversationState.OPEN, null);
            case LAST_AGENT ->
                store.reopen(tenant, conversation, ConversationState.WITH_AGENT, texts.backWithAgent(locale));
            case QUEUE ->
                store.reopen(tenant, conversation, ConversationState.WAITING_FOR_AGENT, texts.handoffRequested(locale));
        };
    }

    /**
     * The shop's order system answers an order question, the engine any other (both outside any transaction); the
     * reply is stored with what the handoff policy decided for the turn, given the bot's turns before it.
     */
    private Exchange answer(
            TenantId tenant,
            ChannelIdentity channel,
            ConversationStore.Ref conversation,
            String clientId,
            String text) {
        var reply = orderReply(tenant, conversation, text)
                .orElseGet(() -> policy.decide(
                        tenant,
                        channel.type(),
                        engine.answer(tenant, text),
                        settings.settingsFor(tenant),
                        conversation.locale()));
        var withThisTurn = new ArrayList<>(store.recentTurns(conversation.id()));
        withThisTurn.add(new TurnFact(reply.outcome(), reply.confidence(), bestEntry(reply)));
        var advice = advise(tenant, conversation, text, HandoffKeywords.asksForPerson(text), withThisTurn);
        if (advice.action().handsOff()) {
            return store.answer(tenant, conversation, clientId, text, reply, handoff(null, advice, conversation), null);
        }
        if (advice.action() == HandoffAction.OFFER_PERSON && reply.kind() != MessageKind.FALLBACK) {
            String offer = advice.message() != null ? advice.message() : texts.offerPerson(conversation.locale());
            return store.answer(tenant, conversation, clientId, text, reply, null, offer);
        }
        return store.answer(tenant, conversation, clientId, text, reply);
    }

    /** An order question answered from the shop's order system: an answer, or a fallback when it failed. */
    private Optional<BotReply> orderReply(TenantId tenant, ConversationStore.Ref conversation, String text) {
        var answerer = orders.getIfAvailable();
        if (answerer == null) {
            return Optional.empty();
        }
        return answerer.answer(tenant, conversation.publicId(), conversation.locale(), text)
                .map(order -> new BotReply(
                        order.answered() ? MessageKind.ANSWER : MessageKind.FALLBACK,
                        order.answered() ? BotOutcome.ANSWERED : BotOutcome.FALLBACK,
                        order.text(),
                        null,
                        List.of(),
                        null,
                        order.answered() ? 1.0 : 0.0,
                        List.of(),
                        0,
                        null));
    }

    private HandoffAdvice advise(
            TenantId tenant, ConversationStore.Ref conversation, String text, boolean asked, List<TurnFact> turns) {
        return advisor.getIfAvailable(() -> HandoffAdvisor.CUSTOMER_ASKS_ONLY)
                .advise(new HandoffSituation(
                        tenant,
                        conversation.publicId(),
                        conversation.channelType(),
                        conversation.locale(),
                        text,
                        asked,
                        turns,
                        conversation.attributes(),
                        clock.instant()));
    }

    /** What the runtime does for advice that hands off; the customer's own request always reaches people. */
    private Handoff handoff(HandoffTrigger trigger, HandoffAdvice advice, ConversationStore.Ref conversation) {
        String locale = conversation.locale();
        return switch (advice.action()) {
            case TAKE_MESSAGE ->
                new Handoff(
                        trigger,
                        advice.rule(),
                        advice.skillGroup(),
                        true,
                        null,
                        advice.message() != null ? advice.message() : texts.takeMessage(locale));
            case SOOTHE_AND_HAND_OFF ->
                new Handoff(
                        trigger,
                        advice.rule(),
                        advice.skillGroup(),
                        false,
                        advice.message(),
                        texts.handoffRequested(locale));
            case HAND_OFF ->
                new Handoff(trigger, advice.rule(), advice.skillGroup(), false, null, texts.handoffRequested(locale));
            case STAY_WITH_BOT, OFFER_PERSON ->
                new Handoff(trigger, "customer_asked", null, false, null, texts.handoffRequested(locale));
        };
    }

    private static Long bestEntry(BotReply reply) {
        if (reply.faqEntryId() != null) {
            return reply.faqEntryId();
        }
        return reply.candidates().isEmpty()
                ? null
                : reply.candidates().getFirst().faqEntryId();
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
            var advice = advise(tenant, conversation, null, true, store.recentTurns(conversation.id()));
            return store.requestHandoff(
                    tenant, conversation, null, null, handoff(HandoffTrigger.BUTTON, advice, conversation));
        });
    }

    /** The conversation's place in the queue for an agent (from 1), or 0 when it does not wait. */
    public int queuePosition(ChannelIdentity channel, String conversationId) {
        var tenant = requireActive(channel);
        return TenantContext.callAs(tenant, () -> agents.queuePosition(channel.channelId(), conversationId));
    }

    /** The customer rates the closed conversation from 1 to 5 (a second rating replaces the first). */
    public void rate(ChannelIdentity channel, String conversationId, int score) {
        var tenant = requireActive(channel);
        requireWellFormed(conversationId);
        if (score < 1 || score > 5) {
            throw BusinessRuleException.onField("score", "chat.error.rating");
        }
        limits.admitMessage(tenant, conversationId);
        TenantContext.runAs(tenant, () -> {
            var conversation = store.find(channel, conversationId);
            agents.rate(tenant, conversation.id(), score);
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
