package io.shopdesk.conversation.internal;

import io.shopdesk.conversation.AgentConversation;
import io.shopdesk.conversation.AgentMessageStored;
import io.shopdesk.conversation.AnswerNeedsReview;
import io.shopdesk.conversation.ConversationClosed;
import io.shopdesk.conversation.ConversationOutcome;
import io.shopdesk.conversation.ConversationRated;
import io.shopdesk.conversation.ConversationState;
import io.shopdesk.conversation.MessageAuthor;
import io.shopdesk.conversation.MessageKind;
import io.shopdesk.conversation.MessageView;
import io.shopdesk.conversation.QueuedConversation;
import io.shopdesk.conversation.ReviewReason;
import io.shopdesk.conversation.TranscriptLine;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.NotFoundException;
import io.shopdesk.shared.RequestRefusedException;
import io.shopdesk.shared.TenantId;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agents' side of conversations of the current tenant: the queue, accepting (a conditional update, so of two
 * agents accepting at once exactly one wins), writing, closing with a summary; and the customer's rating. Messages
 * and state changes reach live subscribers (the customer's widget) after commit; every message for the customer is
 * also published as {@link AgentMessageStored}, for channels that deliver it themselves.
 */
@Component
public class AgentDeskStore {

    private final ConversationRepository conversations;
    private final ConversationMessageRepository messages;
    private final ConversationFeed feed;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final EntityManager entities;

    AgentDeskStore(
            ConversationRepository conversations,
            ConversationMessageRepository messages,
            ConversationFeed feed,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            Clock clock,
            EntityManager entities) {
        this.conversations = conversations;
        this.messages = messages;
        this.feed = feed;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.entities = entities;
    }

    /** Conversations waiting for an agent live, oldest request first, numbered per skill group; no tickets. */
    @Transactional(readOnly = true)
    public List<QueuedConversation> queue() {
        return waiting(false);
    }

    /** Messages customers left while nobody could answer, oldest first (numbered per skill group). */
    @Transactional(readOnly = true)
    public List<QueuedConversation> tickets() {
        return waiting(true);
    }

    /** The conversations an agent owns now, in the order they were accepted. */
    @Transactional(readOnly = true)
    public List<QueuedConversation> ownedBy(String agent) {
        return conversations.findByStateAndAgentOrderByAcceptedAtAsc(ConversationState.WITH_AGENT, agent).stream()
                .map(conversation -> listed(conversation, 0))
                .toList();
    }

    /** How many conversations each agent of the current tenant owns now (agents owning none are missing). */
    @Transactional(readOnly = true)
    public Map<String, Integer> ownedPerAgent() {
        var owned = new HashMap<String, Integer>();
        for (Object[] row : conversations.countOwnedPerAgent()) {
            owned.put((String) row[0], ((Number) row[1]).intValue());
        }
        return owned;
    }

    private List<QueuedConversation> waiting(boolean tickets) {
        var positions = new HashMap<String, Integer>();
        var queued = new ArrayList<QueuedConversation>();
        for (var conversation :
                conversations.findByStateOrderByHandoffRequestedAtAscIdAsc(ConversationState.WAITING_FOR_AGENT)) {
            if (conversation.ticket() != tickets) {
                continue;
            }
            String group = Objects.requireNonNullElse(conversation.skillGroup(), "");
            int position = positions.merge(group, 1, Integer::sum);
            queued.add(listed(conversation, position));
        }
        return queued;
    }

    private QueuedConversation listed(Conversation conversation, int position) {
        return new QueuedConversation(
                conversation.publicId(),
                conversation.skillGroup(),
                conversation.handoffReason(),
                conversation.locale(),
                conversation.channelType(),
                conversation.handoffRequestedAt(),
                position,
                messages.findFirstByConversationIdAndAuthorOrderBySeqDesc(conversation.id(), MessageAuthor.CUSTOMER)
                        .map(ConversationMessage::text)
                        .orElse(null));
    }

    /**
     * The place in its skill group's queue (from 1) of the conversation on this channel, or 0 when it is not waiting;
     * one read transaction. Another channel's conversation is "not found".
     */
    @Transactional(readOnly = true)
    public int queuePosition(long channelId, String publicId) {
        return conversations
                .findByPublicId(publicId)
                .filter(conversation -> conversation.channelId() == channelId)
                .map(this::queuePosition)
                .orElseThrow(() -> new NotFoundException("conversation", publicId));
    }

    private int queuePosition(Conversation conversation) {
        if (conversation.state() != ConversationState.WAITING_FOR_AGENT || conversation.ticket()) {
            return 0;
        }
        return (int) conversations.countWaitingUpTo(
                Objects.requireNonNullElse(conversation.skillGroup(), ""),
                conversation.handoffRequestedAt(),
                conversation.id());
    }

    /** The conversation's row id for the feed; "not found" for other tenants' conversations. */
    @Transactional(readOnly = true)
    public long internalId(String publicId) {
        return conversations
                .findByPublicId(publicId)
                .map(Conversation::id)
                .orElseThrow(() -> new NotFoundException("conversation", publicId));
    }

    /** Stored messages after a sequence number, oldest first (at most 200). */
    @Transactional(readOnly = true)
    public List<MessageView> after(long conversationId, int afterSeq) {
        return messages
                .findByConversationIdAndSeqGreaterThanOrderBySeqAsc(
                        conversationId, afterSeq, org.springframework.data.domain.Limit.of(200))
                .stream()
                .map(MessageViews::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public AgentConversation conversation(String publicId) {
        var conversation = conversations
                .findByPublicId(publicId)
                .orElseThrow(() -> new NotFoundException("conversation", publicId));
        var lines = messages.findByConversationIdOrderBySeqAsc(conversation.id()).stream()
                .map(message -> new TranscriptLine(
                        message.seq(),
                        message.author(),
                        message.kind(),
                        message.text(),
                        message.createdAt(),
                        message.turn() == null ? null : message.turn().outcome(),
                        message.turn() == null || message.turn().outcome() == null
                                ? null
                                : message.turn().confidence(),
                        message.turn() == null ? null : message.turn().faqEntryId()))
                .toList();
        return new AgentConversation(
                conversation.publicId(),
                conversation.state(),
                conversation.agent(),
                conversation.handoffReason(),
                conversation.skillGroup(),
                conversation.locale(),
                conversation.channelType(),
                ConversationAttributes.decode(conversation.attributes()),
                lines,
                conversation.ticket());
    }

    /**
     * The agent takes a waiting conversation; false when it is not waiting any more (another agent was first). The
     * customer is told that the agent joined.
     */
    @Transactional
    public boolean accept(String publicId, String agent, String joinedNotice) {
        TenantId tenant = TenantContext.require();
        Instant now = now();
        int updated = jdbc.sql(
                        "UPDATE conversation SET state = 'WITH_AGENT', agent = ?, accepted_at = ?,"
                                + " version = version + 1 WHERE tenant_id = ? AND public_id = ? AND state = 'WAITING_FOR_AGENT'")
                .params(agent, now, tenant.value(), publicId)
                .update();
        if (updated == 0) {
            return false;
        }
        // The conditional update bypassed the persistence context: a caller's transaction (the workspace checks
        // capacity in it) may hold the row at its old version, so forget it before reading it again.
        entities.flush();
        entities.clear();
        var conversation = conversations.lockByPublicId(publicId).orElseThrow();
        var notice = messages.save(ConversationMessage.fromSystem(
                conversation.id(), conversation.nextSeq(now), MessageKind.TEXT, joinedNotice, null, now));
        var view = MessageViews.of(notice);
        stored(conversation, view);
        publish(conversation, List.of(view));
        return true;
    }

    /** The owning agent writes to the customer. */
    @Transactional
    public MessageView write(String publicId, String agent, String text) {
        Instant now = now();
        var conversation = owned(publicId, agent);
        var message =
                messages.save(ConversationMessage.fromAgent(conversation.id(), conversation.nextSeq(now), text, now));
        var view = MessageViews.of(message);
        stored(conversation, view);
        AfterCommit.run(() -> feed.publish(conversation.id(), List.of(view)));
        return view;
    }

    /** The owning agent closes the conversation with a summary; {@link ConversationClosed} is published. */
    @Transactional
    public void close(String publicId, String agent, String summary, String closedNotice) {
        Instant now = now();
        var conversation = owned(publicId, agent);
        var notice = messages.save(ConversationMessage.fromSystem(
                conversation.id(), conversation.nextSeq(now), MessageKind.TEXT, closedNotice, null, now));
        conversation.close(summary, now);
        var all = messages.findByConversationIdOrderBySeqAsc(conversation.id());
        events.publishEvent(resolvedByAgent(
                conversation,
                all,
                now,
                agent,
                count(all, "HELPFUL"),
                count(all, "NOT_HELPFUL"),
                Duration.between(conversation.acceptedAt(), now)));
        var view = MessageViews.of(notice);
        stored(conversation, view);
        publish(conversation, List.of(view));
    }

    /**
     * The owning agent passes the conversation to another skill group's queue, where it keeps its place in time; the
     * customer is told.
     */
    @Transactional
    public void transfer(String publicId, String agent, String skillGroup, String notice) {
        Instant now = now();
        var conversation = owned(publicId, agent);
        conversation.transfer(skillGroup);
        var told = messages.save(ConversationMessage.fromSystem(
                conversation.id(), conversation.nextSeq(now), MessageKind.TEXT, notice, null, now));
        var view = MessageViews.of(told);
        stored(conversation, view);
        publish(conversation, List.of(view));
    }

    /**
     * An agent answers a message a customer left (a ticket) and so closes it; of two agents answering at once
     * exactly one does, the other is refused. The reply reaches the customer through the channel: live subscribers
     * at once, the widget the next time it reads the conversation. Publishes {@link ConversationClosed}.
     */
    @Transactional
    public MessageView answerTicket(String publicId, String agent, String text, String summary) {
        Instant now = now();
        var conversation = conversations
                .lockByPublicId(publicId)
                .orElseThrow(() -> new NotFoundException("conversation", publicId));
        if (conversation.state() != ConversationState.WAITING_FOR_AGENT || !conversation.ticket()) {
            throw new RequestRefusedException(RequestRefusedException.Reason.CONFLICT, "agent.error.ticket-answered");
        }
        var reply =
                messages.save(ConversationMessage.fromAgent(conversation.id(), conversation.nextSeq(now), text, now));
        conversation.answerTicket(agent, summary, now);
        var all = messages.findByConversationIdOrderBySeqAsc(conversation.id());
        events.publishEvent(resolvedByAgent(conversation, all, now, agent, 0, 0, Duration.ZERO));
        var view = MessageViews.of(reply);
        stored(conversation, view);
        publish(conversation, List.of(view));
        return view;
    }

    /**
     * An agent flags a bot turn of the transcript for the trainers' review queue ({@link AnswerNeedsReview} with
     * reason {@link ReviewReason#AGENT_FLAG}); the same turn flagged again stays one review item.
     */
    @Transactional
    public void flag(String publicId, int seq) {
        var conversation = conversations
                .findByPublicId(publicId)
                .orElseThrow(() -> new NotFoundException("conversation", publicId));
        var message = messages.findByConversationIdAndSeq(conversation.id(), seq)
                .filter(found -> found.author() == MessageAuthor.BOT && found.turn() != null)
                .orElseThrow(() -> BusinessRuleException.onField("turn", "agent.error.not-a-bot-turn"));
        var turn = message.turn();
        events.publishEvent(new AnswerNeedsReview(
                TenantContext.require(),
                conversation.publicId(),
                seq,
                ReviewReason.AGENT_FLAG,
                turn.question(),
                turn.faqEntryId(),
                turn.confidence(),
                turn.candidates(),
                turn.modelVersion(),
                conversation.locale(),
                now()));
    }

    /** The customer rates a closed conversation (1 to 5); a second rating replaces the first. */
    @Transactional
    public void rate(TenantId tenant, long conversationId, int score) {
        var conversation = conversations
                .findById(conversationId)
                .orElseThrow(() -> new NotFoundException("conversation", conversationId));
        if (conversation.state() != ConversationState.CLOSED) {
            throw new RequestRefusedException(
                    RequestRefusedException.Reason.CONFLICT, "chat.error.rate-open-conversation");
        }
        conversation.rate(score);
        events.publishEvent(
                new ConversationRated(tenant, conversation.publicId(), score, conversation.agent() != null, now()));
    }

    private Conversation owned(String publicId, String agent) {
        var conversation = conversations
                .lockByPublicId(publicId)
                .orElseThrow(() -> new NotFoundException("conversation", publicId));
        if (conversation.state() != ConversationState.WITH_AGENT || !agent.equals(conversation.agent())) {
            throw new RequestRefusedException(RequestRefusedException.Reason.CONFLICT, "agent.error.not-yours");
        }
        return conversation;
    }

    /** What a conversation an agent closed reports; {@code all} is its whole transcript. */
    private static ConversationClosed resolvedByAgent(
            Conversation conversation,
            List<ConversationMessage> all,
            Instant now,
            String agent,
            int helpful,
            int notHelpful,
            Duration handling) {
        return new ConversationClosed(
                TenantContext.require(),
                conversation.publicId(),
                conversation.channelId(),
                conversation.channelType(),
                ConversationOutcome.RESOLVED_BY_AGENT,
                conversation.handoffReason(),
                conversation.startedAt(),
                now,
                firstResponse(all),
                (int) all.stream()
                        .filter(message -> message.author() == MessageAuthor.CUSTOMER)
                        .count(),
                helpful,
                notHelpful,
                handling,
                agent,
                conversation.reopenCount() > 0);
    }

    private static int count(List<ConversationMessage> all, String vote) {
        return (int) all.stream().filter(message -> vote.equals(message.vote())).count();
    }

    private static Duration firstResponse(List<ConversationMessage> all) {
        var first = all.stream()
                .filter(message -> message.author() == MessageAuthor.CUSTOMER)
                .findFirst();
        if (first.isEmpty()) {
            return null;
        }
        return all.stream()
                .filter(message -> message.seq() > first.get().seq())
                .filter(message -> message.author() == MessageAuthor.BOT || message.author() == MessageAuthor.AGENT)
                .findFirst()
                .map(reply -> Duration.between(first.get().createdAt(), reply.createdAt()))
                .orElse(null);
    }

    /** Tells channels that deliver on their own (webhook, Telegram) about a message the agent side stored. */
    private void stored(Conversation conversation, MessageView message) {
        events.publishEvent(new AgentMessageStored(
                TenantContext.require(),
                conversation.publicId(),
                conversation.channelId(),
                conversation.channelType(),
                message.seq(),
                message.author(),
                message.text(),
                message.sentAt()));
    }

    private void publish(Conversation conversation, List<MessageView> views) {
        var state = conversation.state();
        AfterCommit.run(() -> {
            feed.publish(conversation.id(), views);
            feed.publish(conversation.id(), state);
        });
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
