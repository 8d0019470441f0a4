package io.shopdesk.conversation.internal;

import io.shopdesk.channel.ChannelIdentity;
import io.shopdesk.conversation.AnswerNeedsReview;
import io.shopdesk.conversation.AnswerOutcome;
import io.shopdesk.conversation.AnswerVoted;
import io.shopdesk.conversation.BotAnswered;
import io.shopdesk.conversation.BotOutcome;
import io.shopdesk.conversation.ConversationReopened;
import io.shopdesk.conversation.ConversationStarted;
import io.shopdesk.conversation.ConversationState;
import io.shopdesk.conversation.ConversationView;
import io.shopdesk.conversation.Exchange;
import io.shopdesk.conversation.HandoffRequested;
import io.shopdesk.conversation.MessageAuthor;
import io.shopdesk.conversation.MessageKind;
import io.shopdesk.conversation.MessageView;
import io.shopdesk.conversation.ReviewReason;
import io.shopdesk.conversation.TranscriptMasking;
import io.shopdesk.conversation.TurnFact;
import io.shopdesk.knowledge.FaqEntryOutcome;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.NotFoundException;
import io.shopdesk.shared.RequestRefusedException;
import io.shopdesk.shared.TenantId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads conversations and their messages for the current tenant ({@code TenantContext}). Every write
 * locks the conversation row first, so messages are numbered in commit order and a replayed client message id is
 * found before anything is written; its events are published in the same transaction, and its messages reach live
 * subscribers after commit. Customer text goes through {@link TranscriptMasking} before it is stored or published.
 */
@Component
public class ConversationStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ConversationRepository conversations;
    private final ConversationMessageRepository messages;
    private final ConversationFeed feed;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TranscriptMasking masking;
    private final JdbcClient jdbc;

    ConversationStore(
            ConversationRepository conversations,
            ConversationMessageRepository messages,
            ConversationFeed feed,
            ApplicationEventPublisher events,
            Clock clock,
            ObjectProvider<TranscriptMasking> masking,
            JdbcClient jdbc) {
        this.conversations = conversations;
        this.messages = messages;
        this.jdbc = jdbc;
        this.feed = feed;
        this.events = events;
        this.clock = clock;
        this.masking = masking.getIfAvailable(() -> TranscriptMasking.NONE);
    }

    /** A conversation as the runtime needs it between transactions. */
    public record Ref(
            long id,
            String publicId,
            long channelId,
            String channelType,
            String locale,
            ConversationState state,
            Map<String, String> attributes,
            String agent,
            String skillGroup,
            boolean ticket) {}

    @Transactional
    public ConversationView start(
            ChannelIdentity channel, String locale, String greeting, Map<String, String> attributes) {
        Instant now = now();
        var conversation = conversations.save(new Conversation(
                newPublicId(),
                channel.channelId(),
                channel.type().name(),
                locale,
                ConversationAttributes.encode(attributes),
                now));
        var message = messages.save(ConversationMessage.fromBot(
                conversation.id(),
                conversation.nextSeq(now),
                MessageKind.GREETING,
                greeting,
                null,
                List.of(),
                null,
                null,
                now));
        events.publishEvent(new ConversationStarted(
                channel.tenant(),
                conversation.publicId(),
                channel.channelId(),
                channel.type().name(),
                locale,
                now));
        return new ConversationView(
                conversation.publicId(), locale, conversation.state(), List.of(MessageViews.of(message)));
    }

    /** The conversation with this public id on this channel; anything else is "not found". */
    @Transactional(readOnly = true)
    public Ref find(ChannelIdentity channel, String publicId) {
        return conversations
                .findByPublicId(publicId)
                .filter(conversation -> conversation.channelId() == channel.channelId())
                .map(ConversationStore::ref)
                .orElseThrow(() -> new NotFoundException("conversation", publicId));
    }

    /** A conversation and what was stored for a client message id in it (its message and the replies), if any. */
    public record Lookup(Ref conversation, Optional<Exchange> stored) {}

    /** The conversation on this channel and what was stored for the client message id. */
    @Transactional(readOnly = true)
    public Lookup find(ChannelIdentity channel, String publicId, String clientMessageId) {
        var conversation = find(channel, publicId);
        var stored = messages.findByConversationIdAndClientMessageId(conversation.id(), clientMessageId)
                .map(question -> replayOf(conversation.publicId(), conversation.state(), question));
        return new Lookup(conversation, stored);
    }

    /**
     * The conversation on this channel when the bot may answer a new message in it: it is open and nothing was
     * stored for the client message id yet. One query outside any transaction, for the common turn; anything else
     * (not found, a replay, an agent's or a closed conversation) is empty and takes {@link #find(ChannelIdentity,
     * String, String)}. What it saw is checked again under the conversation's lock when the answer is stored.
     */
    public Optional<Ref> openForBot(ChannelIdentity channel, String publicId, String clientMessageId) {
        return jdbc.sql("""
                        SELECT c.id, c.channel_id, c.channel_type, c.locale, c.attributes, c.agent, c.skill_group,
                               c.ticket
                        FROM conversation c
                        WHERE c.tenant_id = ? AND c.public_id = ? AND c.channel_id = ? AND c.state = 'OPEN'
                          AND NOT EXISTS (SELECT 1 FROM chat_message m
                                          WHERE m.conversation_id = c.id AND m.client_message_id = ?)""")
                .params(channel.tenant().value(), publicId, channel.channelId(), clientMessageId)
                .query((row, number) -> new Ref(
                        row.getLong("id"),
                        publicId,
                        row.getLong("channel_id"),
                        row.getString("channel_type"),
                        row.getString("locale"),
                        ConversationState.OPEN,
                        ConversationAttributes.decode(row.getString("attributes")),
                        row.getString("agent"),
                        row.getString("skill_group"),
                        row.getBoolean("ticket")))
                .optional();
    }

    /** Stored messages after a sequence number, oldest first. */
    @Transactional(readOnly = true)
    public List<MessageView> after(long conversationId, int afterSeq, int limit) {
        return messages
                .findByConversationIdAndSeqGreaterThanOrderBySeqAsc(conversationId, afterSeq, Limit.of(limit))
                .stream()
                .map(MessageViews::of)
                .toList();
    }

    /**
     * The bot's last turns in a conversation (of its last ten messages), oldest first: three columns of each, not
     * the messages. One query, in the caller's transaction if there is one.
     */
    public List<TurnFact> recentTurns(long conversationId) {
        var turns = new ArrayList<TurnFact>();
        jdbc.sql("""
                        SELECT outcome, confidence, COALESCE(faq_entry_id, candidate1_id) AS entry
                        FROM chat_message
                        WHERE tenant_id = ? AND conversation_id = ? AND author = 'BOT'
                        ORDER BY seq DESC LIMIT 10""").params(TenantContext.require().value(), conversationId).query(row -> {
            String outcome = row.getString("outcome");
            if (outcome != null) {
                long entry = row.getLong("entry");
                Long best = row.wasNull() ? null : entry;
                turns.addFirst(new TurnFact(BotOutcome.valueOf(outcome), row.getDouble("confidence"), best));
            }
        });
        return turns;
    }

    /** The bot message with suggestions that a customer's choice refers to. */
    @Transactional(readOnly = true)
    public Optional<ConversationMessage> suggestionsMessage(Ref conversation, int seq) {
        return messages.findByConversationIdAndSeq(conversation.id(), seq)
                .filter(message -> message.kind() == MessageKind.SUGGESTIONS && message.turn() != null);
    }

    /**
     * Stores a customer's question and the bot's reply, publishing the turn's events; or, when the client message
     * id was stored meanwhile, returns what was stored and writes nothing.
     */
    @Transactional
    public Exchange answer(TenantId tenant, Ref ref, String clientMessageId, String question, BotReply reply) {
        return answer(tenant, ref, clientMessageId, question, reply, null, null);
    }

    /**
     * Stores a customer's question and the bot's reply like {@link #answer(TenantId, Ref, String, String, BotReply)},
     * then, in the same transaction, what the handoff policy decided: a handoff, or an offer of a person.
     *
     * @param handoff the handoff to carry out after the reply, or {@code null}
     * @param offer the text of a bot message offering a person after the reply, or {@code null}
     */
    @Transactional
    public Exchange answer(
            TenantId tenant,
            Ref ref,
            String clientMessageId,
            String asked,
            BotReply reply,
            Handoff handoff,
            String offer) {
        Instant now = now();
        String question = masking.forTranscript(tenant, asked);
        var conversation = lockOpen(ref);
        var replay = messages.findByConversationIdAndClientMessageId(conversation.id(), clientMessageId);
        if (replay.isPresent()) {
            return replayOf(conversation.publicId(), conversation.state(), replay.get());
        }
        var customer = messages.save(ConversationMessage.fromCustomer(
                conversation.id(), conversation.nextSeq(now), clientMessageId, question, now));
        var answered = messages.save(ConversationMessage.fromBot(
                conversation.id(),
                conversation.nextSeq(now),
                reply.kind(),
                reply.text(),
                reply.html(),
                reply.suggestions(),
                customer.seq(),
                reply.turn(question),
                now));
        events.publishEvent(new BotAnswered(
                tenant,
                conversation.publicId(),
                answered.seq(),
                conversation.channelId(),
                question,
                reply.outcome(),
                reply.faqEntryId(),
                reply.confidence(),
                reply.candidates(),
                reply.modelVersion(),
                conversation.locale(),
                now));
        if (reply.faqEntryId() != null) {
            events.publishEvent(new AnswerOutcome(tenant, reply.faqEntryId(), FaqEntryOutcome.Kind.MATCHED, now));
        }
        reply.reviewReason()
                .ifPresent(reason -> events.publishEvent(new AnswerNeedsReview(
                        tenant,
                        conversation.publicId(),
                        answered.seq(),
                        reason,
                        question,
                        reply.faqEntryId(),
                        reply.confidence(),
                        reply.candidates(),
                        reply.modelVersion(),
                        conversation.locale(),
                        now)));
        var added = new ArrayList<ConversationMessage>(List.of(customer, answered));
        if (offer != null) {
            added.add(messages.save(ConversationMessage.fromBot(
                    conversation.id(),
                    conversation.nextSeq(now),
                    MessageKind.FALLBACK,
                    offer,
                    null,
                    List.of(),
                    customer.seq(),
                    null,
                    now)));
        }
        if (handoff != null) {
            return handOff(tenant, conversation, added, customer.seq(), handoff, now);
        }
        return published(conversation, added, false);
    }

    /**
     * Marks the conversation as waiting for a person, with a notice to the customer. When the customer typed the
     * request, their message is stored first ({@code clientMessageId} and {@code text} not null). Asking again while
     * waiting adds the customer's message but no second notice or event.
     */
    @Transactional
    public Exchange requestHandoff(TenantId tenant, Ref ref, String clientMessageId, String text, Handoff handoff) {
        Instant now = now();
        var conversation = lockOpen(ref);
        var added = new ArrayList<ConversationMessage>();
        Integer replyTo = null;
        if (clientMessageId != null) {
            var replay = messages.findByConversationIdAndClientMessageId(conversation.id(), clientMessageId);
            if (replay.isPresent()) {
                return replayOf(conversation.publicId(), conversation.state(), replay.get());
            }
            var asked = messages.save(ConversationMessage.fromCustomer(
                    conversation.id(),
                    conversation.nextSeq(now),
                    clientMessageId,
                    masking.forTranscript(tenant, text),
                    now));
            added.add(asked);
            replyTo = asked.seq();
        }
        return handOff(tenant, conversation, added, replyTo, handoff, now);
    }

    private Exchange handOff(
            TenantId tenant,
            Conversation conversation,
            List<ConversationMessage> added,
            Integer replyTo,
            Handoff handoff,
            Instant now) {
        if (conversation.state() != ConversationState.OPEN) {
            return published(conversation, added, false);
        }
        String lastQuestion = added.stream()
                .filter(message -> message.author() == MessageAuthor.CUSTOMER)
                .reduce((first, second) -> second)
                .or(() -> messages.findFirstByConversationIdAndAuthorOrderBySeqDesc(
                        conversation.id(), MessageAuthor.CUSTOMER))
                .map(ConversationMessage::text)
                .orElse(null);
        conversation.requestHandoff(handoff.reason(), handoff.skillGroup(), handoff.takeMessage(), now);
        if (handoff.soothing() != null) {
            added.add(messages.save(ConversationMessage.fromBot(
                    conversation.id(),
                    conversation.nextSeq(now),
                    MessageKind.TEXT,
                    handoff.soothing(),
                    null,
                    List.of(),
                    replyTo,
                    null,
                    now)));
        }
        added.add(messages.save(ConversationMessage.fromSystem(
                conversation.id(), conversation.nextSeq(now), MessageKind.HANDOFF, handoff.notice(), replyTo, now)));
        events.publishEvent(new HandoffRequested(
                tenant,
                conversation.publicId(),
                conversation.channelId(),
                conversation.channelType(),
                conversation.locale(),
                handoff.trigger(),
                lastQuestion,
                now,
                handoff.reason(),
                handoff.skillGroup(),
                handoff.takeMessage()));
        var exchange = published(conversation, added, false);
        feedStateAfterCommit(conversation);
        return exchange;
    }

    /**
     * Stores a customer's message to the agent who owns the conversation (the bot stays silent); a replayed client
     * message id returns what was stored.
     */
    @Transactional
    public Exchange toAgent(Ref ref, String clientMessageId, String text) {
        Instant now = now();
        var conversation = lockOpen(ref);
        var replay = messages.findByConversationIdAndClientMessageId(conversation.id(), clientMessageId);
        if (replay.isPresent()) {
            return replayOf(conversation.publicId(), conversation.state(), replay.get());
        }
        String stored = masking.forTranscript(new TenantId(conversation.tenantId()), text);
        var asked = messages.save(ConversationMessage.fromCustomer(
                conversation.id(), conversation.nextSeq(now), clientMessageId, stored, now));
        return published(conversation, List.of(asked), false);
    }

    /**
     * Opens a closed conversation again because its customer wrote (the runtime then handles the message as usual):
     * to the bot ({@code OPEN}), to its last agent ({@code WITH_AGENT}) or to its skill group's queue; publishes
     * {@link ConversationReopened}. A conversation that is not closed (any more) is returned as it is.
     */
    @Transactional
    public Ref reopen(TenantId tenant, Ref ref, ConversationState to, String notice) {
        Instant now = now();
        var conversation = conversations
                .lockByPublicId(ref.publicId())
                .orElseThrow(() -> new NotFoundException("conversation", ref.publicId()));
        if (conversation.state() != ConversationState.CLOSED) {
            return ref(conversation);
        }
        conversation.reopen(to, now);
        events.publishEvent(
                new ConversationReopened(tenant, conversation.publicId(), to == ConversationState.WITH_AGENT, now));
        var added = new ArrayList<ConversationMessage>();
        if (notice != null) {
            added.add(messages.save(ConversationMessage.fromSystem(
                    conversation.id(), conversation.nextSeq(now), MessageKind.TEXT, notice, null, now)));
        }
        published(conversation, added, false);
        feedStateAfterCommit(conversation);
        return ref(conversation);
    }

    /**
     * Records whether a bot answer helped. A new or changed vote publishes {@link AnswerVoted}; "not helpful" also
     * {@link AnswerNeedsReview}. The same vote again changes nothing.
     */
    @Transactional
    public MessageView vote(TenantId tenant, Ref ref, int seq, boolean helpful) {
        Instant now = now();
        var conversation = conversations
                .lockByPublicId(ref.publicId())
                .orElseThrow(() -> new NotFoundException("conversation", ref.publicId()));
        var message = messages.findByConversationIdAndSeq(conversation.id(), seq)
                .filter(found -> found.author() == MessageAuthor.BOT && found.kind() == MessageKind.ANSWER)
                .filter(found -> found.turn() != null && found.turn().faqEntryId() != null)
                .orElseThrow(() -> new NotFoundException("answer", seq));
        var turn = message.turn();
        if (message.vote(helpful ? "HELPFUL" : "NOT_HELPFUL", now)) {
            events.publishEvent(new AnswerVoted(
                    tenant, conversation.publicId(), seq, turn.faqEntryId(), helpful, turn.modelVersion(), now));
            events.publishEvent(new AnswerOutcome(
                    tenant,
                    turn.faqEntryId(),
                    helpful ? FaqEntryOutcome.Kind.HELPFUL : FaqEntryOutcome.Kind.NOT_HELPFUL,
                    now));
            if (!helpful) {
                events.publishEvent(new AnswerNeedsReview(
                        tenant,
                        conversation.publicId(),
                        seq,
                        ReviewReason.NOT_HELPFUL,
                        turn.question(),
                        turn.faqEntryId(),
                        turn.confidence(),
                        turn.candidates(),
                        turn.modelVersion(),
                        conversation.locale(),
                        now));
            }
        }
        return MessageViews.of(message);
    }

    private Conversation lockOpen(Ref ref) {
        var conversation = conversations
                .lockByPublicId(ref.publicId())
                .orElseThrow(() -> new NotFoundException("conversation", ref.publicId()));
        if (conversation.state() == ConversationState.CLOSED) {
            throw new RequestRefusedException(
                    RequestRefusedException.Reason.CONFLICT, "chat.error.conversation-closed");
        }
        return conversation;
    }

    private Exchange published(Conversation conversation, List<ConversationMessage> added, boolean replayed) {
        var views = added.stream().map(MessageViews::of).toList();
        AfterCommit.run(() -> feed.publish(conversation.id(), views));
        return new Exchange(conversation.publicId(), conversation.state(), views, replayed);
    }

    private void feedStateAfterCommit(Conversation conversation) {
        var state = conversation.state();
        AfterCommit.run(() -> feed.publish(conversation.id(), state));
    }

    private Exchange replayOf(String publicId, ConversationState state, ConversationMessage question) {
        var views = new ArrayList<MessageView>();
        views.add(MessageViews.of(question));
        messages.findByConversationIdAndReplyToSeqOrderBySeqAsc(question.conversationId(), question.seq()).stream()
                .map(MessageViews::of)
                .forEach(views::add);
        return new Exchange(publicId, state, views, true);
    }

    /** Now, as precisely as the database stores it, so what is returned equals what is read back later. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Ref ref(Conversation conversation) {
        return new Ref(
                conversation.id(),
                conversation.publicId(),
                conversation.channelId(),
                conversation.channelType(),
                conversation.locale(),
                conversation.state(),
                ConversationAttributes.decode(conversation.attributes()),
                conversation.agent(),
                conversation.skillGroup(),
                conversation.ticket());
    }

    private static String newPublicId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
