package io.shopdesk.conversation;

import io.shopdesk.shared.TenantId;
import java.time.Duration;
import java.time.Instant;

/**
 * A conversation ended (closed by an agent, by the customer, or by the inactivity timeout): the facts reports are
 * built from. Published once per close, in the transaction that closes it.
 *
 * @param handoffReason the name of the handoff rule (or trigger) that handed it to people, {@code null} when it was
 *     never handed off
 * @param firstResponse from the customer's first message to the first reply to it (bot or agent); {@code null} when
 *     the customer never wrote
 * @param customerMessages messages the customer wrote
 * @param agentHandling from an agent accepting the conversation to its close; {@code null} when no agent took it
 * @param agent the e-mail of the agent who closed it, {@code null} when no agent did
 * @param reopened whether the conversation had been closed and reopened before this close
 */
public record ConversationClosed(
        TenantId tenant,
        String conversationId,
        long channelId,
        String channelType,
        ConversationOutcome outcome,
        String handoffReason,
        Instant startedAt,
        Instant closedAt,
        Duration firstResponse,
        int customerMessages,
        int helpfulVotes,
        int notHelpfulVotes,
        Duration agentHandling,
        String agent,
        boolean reopened) {}
