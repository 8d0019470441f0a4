package io.shopdesk.reporting.internal;

import io.shopdesk.conversation.BotAnswered;
import io.shopdesk.conversation.BotOutcome;
import io.shopdesk.conversation.ConversationClosed;
import io.shopdesk.conversation.ConversationOutcome;
import io.shopdesk.conversation.ConversationRated;
import io.shopdesk.conversation.ConversationStarted;
import io.shopdesk.shared.TenantId;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes fact rows and keeps the roll-ups in step with them. A close adds the conversation's contribution to the
 * roll-ups; the close of a reopened conversation (a later {@code closedAt}) first takes the earlier contribution
 * back, and a close that is not later than the recorded one is a replay and changes nothing. A rating replaces the
 * conversation's earlier rating in the roll-ups. Every statement names the tenant.
 */
@Component
class ConversationFacts {

    static final int CATEGORY_LENGTH = 190;
    static final int QUESTION_LENGTH = 500;

    private final JdbcTemplate jdbc;

    ConversationFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void started(ConversationStarted event) {
        jdbc.update(
                """
                INSERT IGNORE INTO report_conversation (tenant_id, conversation_id, channel_id, channel_type, started_at)
                VALUES (?, ?, ?, ?, ?)""",
                event.tenant().value(),
                event.conversationId(),
                event.channelId(),
                event.channelType(),
                utc(event.startedAt()));
    }

    /**
     * Records a bot turn, in the transaction that stores it when there is one: one insert of a row no other turn
     * writes. {@link AnswerRollup} counts it into the topic and unanswered roll-ups later.
     */
    @Transactional
    void answered(BotAnswered event) {
        jdbc.update(
                """
                INSERT IGNORE INTO report_answer (tenant_id, conversation_id, turn, faq_entry_id, question, channel_id,
                    answered_at, fallback, pending_rollup) VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE)""",
                event.tenant().value(),
                event.conversationId(),
                event.turn(),
                event.faqEntryId(),
                clip(event.question(), QUESTION_LENGTH),
                event.channelId(),
                utc(event.answeredAt()),
                event.outcome() == BotOutcome.FALLBACK);
    }

    /**
     * @param top the conversation's most used FAQ entry ({@link #topEntry}), read before the transaction
     * @param category that entry's category, {@code ""} without one
     */
    @Transactional
    void closed(ConversationClosed event, Optional<Long> top, String category) {
        var tenant = event.tenant();
        var previous = find(tenant, event.conversationId());
        if (previous.isPresent()
                && previous.get().closedAt() != null
                && !event.closedAt().isAfter(previous.get().closedAt())) {
            return;
        }
        previous.filter(fact -> fact.closedAt() != null).ifPresent(fact -> contribute(fact, -1));
        var fact = new Fact(
                tenant,
                event.conversationId(),
                event.channelId(),
                event.channelType(),
                event.startedAt(),
                event.closedAt(),
                event.outcome(),
                event.handoffReason() == null ? null : clip(event.handoffReason(), 100),
                millis(event.firstResponse()),
                Duration.between(event.startedAt(), event.closedAt()).toMillis(),
                event.customerMessages(),
                event.helpfulVotes(),
                event.notHelpfulVotes(),
                millis(event.agentHandling()),
                event.reopened(),
                previous.map(Fact::csat).orElse(null),
                previous.map(Fact::csatAgent).orElse(null),
                top.orElse(null),
                top.isEmpty() ? "" : clip(category, CATEGORY_LENGTH));
        jdbc.update(
                """
                INSERT INTO report_conversation (tenant_id, conversation_id, channel_id, channel_type, started_at,
                    closed_at, outcome, handoff_reason, first_response_ms, duration_ms, turns, helpful_votes,
                    not_helpful_votes, agent_handling_ms, reopened, top_faq_entry_id, category)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE channel_id = VALUES(channel_id), channel_type = VALUES(channel_type),
                    started_at = VALUES(started_at), closed_at = VALUES(closed_at), outcome = VALUES(outcome),
                    handoff_reason = VALUES(handoff_reason), first_response_ms = VALUES(first_response_ms),
                    duration_ms = VALUES(duration_ms), turns = VALUES(turns), helpful_votes = VALUES(helpful_votes),
                    not_helpful_votes = VALUES(not_helpful_votes), agent_handling_ms = VALUES(agent_handling_ms),
                    reopened = VALUES(reopened), top_faq_entry_id = VALUES(top_faq_entry_id),
                    category = VALUES(category)""",
                tenant.value(),
                fact.conversationId(),
                fact.channelId(),
                fact.channelType(),
                utc(fact.startedAt()),
                utc(fact.closedAt()),
                fact.outcome().name(),
                fact.handoffReason(),
                fact.firstResponseMs(),
                fact.durationMs(),
                fact.turns(),
                fact.helpfulVotes(),
                fact.notHelpfulVotes(),
                fact.agentHandlingMs(),
                fact.reopened(),
                fact.topFaqEntryId(),
                fact.category());
        contribute(fact, 1);
    }

    @Transactional
    void rated(ConversationRated event) {
        var tenant = event.tenant();
        var previous = find(tenant, event.conversationId());
        if (previous.isEmpty()) {
            // Rated before its close reached us: keep the rating; the close fills in the rest and counts it.
            jdbc.update(
                    """
                    INSERT INTO report_conversation (tenant_id, conversation_id, channel_id, channel_type, started_at,
                        csat, csat_agent) VALUES (?, ?, 0, '', ?, ?, ?)
                    ON DUPLICATE KEY UPDATE csat = VALUES(csat), csat_agent = VALUES(csat_agent)""",
                    tenant.value(),
                    event.conversationId(),
                    utc(event.ratedAt()),
                    event.score(),
                    event.agentHandled());
            return;
        }
        var fact = previous.get();
        if (fact.csat() != null && fact.csat() == event.score() && fact.csatAgent() == event.agentHandled()) {
            return;
        }
        if (fact.closedAt() != null) {
            satisfaction(fact, fact.csat(), fact.csatAgent(), -1);
            satisfaction(fact, event.score(), event.agentHandled(), 1);
        }
        jdbc.update(
                "UPDATE report_conversation SET csat = ?, csat_agent = ? WHERE tenant_id = ? AND conversation_id = ?",
                event.score(),
                event.agentHandled(),
                tenant.value(),
                event.conversationId());
    }

    private void contribute(Fact fact, int sign) {
        var started = utc(fact.startedAt());
        var day = started.toLocalDate();
        var outcome = fact.outcome();
        boolean agent = fact.agentHandlingMs() != null;
        boolean ratedByAgent = Boolean.TRUE.equals(fact.csatAgent());
        boolean rated = fact.csat() != null;
        jdbc.update(
                """
                INSERT INTO report_daily (tenant_id, day, channel_id, category, conversations, resolved_by_bot,
                    resolved_by_agent, handed_off, abandoned, reopened, with_handoff, agent_handled, first_response_n,
                    first_response_ms, duration_ms, turns, helpful_votes, not_helpful_votes, agent_handling_ms,
                    csat_bot_n, csat_bot_sum, csat_agent_n, csat_agent_sum)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE conversations = conversations + VALUES(conversations),
                    resolved_by_bot = resolved_by_bot + VALUES(resolved_by_bot),
                    resolved_by_agent = resolved_by_agent + VALUES(resolved_by_agent),
                    handed_off = handed_off + VALUES(handed_off), abandoned = abandoned + VALUES(abandoned),
                    reopened = reopened + VALUES(reopened), with_handoff = with_handoff + VALUES(with_handoff),
                    agent_handled = agent_handled + VALUES(agent_handled),
                    first_response_n = first_response_n + VALUES(first_response_n),
                    first_response_ms = first_response_ms + VALUES(first_response_ms),
                    duration_ms = duration_ms + VALUES(duration_ms), turns = turns + VALUES(turns),
                    helpful_votes = helpful_votes + VALUES(helpful_votes),
                    not_helpful_votes = not_helpful_votes + VALUES(not_helpful_votes),
                    agent_handling_ms = agent_handling_ms + VALUES(agent_handling_ms),
                    csat_bot_n = csat_bot_n + VALUES(csat_bot_n), csat_bot_sum = csat_bot_sum + VALUES(csat_bot_sum),
                    csat_agent_n = csat_agent_n + VALUES(csat_agent_n),
                    csat_agent_sum = csat_agent_sum + VALUES(csat_agent_sum)""",
                fact.tenant().value(),
                day,
                fact.channelId(),
                fact.category(),
                sign,
                sign * flag(outcome == ConversationOutcome.RESOLVED_BY_BOT),
                sign * flag(outcome == ConversationOutcome.RESOLVED_BY_AGENT),
                sign * flag(outcome == ConversationOutcome.HANDED_OFF),
                sign * flag(outcome == ConversationOutcome.ABANDONED),
                sign * flag(fact.reopened()),
                sign * flag(fact.handoffReason() != null),
                sign * flag(agent),
                sign * flag(fact.firstResponseMs() != null),
                sign * (fact.firstResponseMs() == null ? 0 : fact.firstResponseMs()),
                sign * fact.durationMs(),
                sign * fact.turns(),
                sign * fact.helpfulVotes(),
                sign * fact.notHelpfulVotes(),
                sign * (agent ? fact.agentHandlingMs() : 0),
                sign * flag(rated && !ratedByAgent),
                sign * (rated && !ratedByAgent ? fact.csat() : 0),
                sign * flag(rated && ratedByAgent),
                sign * (rated && ratedByAgent ? fact.csat() : 0));
        jdbc.update("""
                INSERT INTO report_hourly (tenant_id, day, hour, channel_id, conversations) VALUES (?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE conversations = conversations + VALUES(conversations)""", fact.tenant().value(), day, started.getHour(), fact.channelId(), sign);
        if (fact.handoffReason() != null) {
            jdbc.update("""
                    INSERT INTO report_handoff_daily (tenant_id, day, channel_id, reason, conversations)
                    VALUES (?, ?, ?, ?, ?)
                    ON DUPLICATE KEY UPDATE conversations = conversations + VALUES(conversations)""", fact.tenant().value(), day, fact.channelId(), fact.handoffReason(), sign);
        }
    }

    private void satisfaction(Fact fact, Integer score, Boolean byAgent, int sign) {
        if (score == null) {
            return;
        }
        boolean agent = Boolean.TRUE.equals(byAgent);
        jdbc.update(
                """
                UPDATE report_daily SET csat_bot_n = csat_bot_n + ?, csat_bot_sum = csat_bot_sum + ?,
                    csat_agent_n = csat_agent_n + ?, csat_agent_sum = csat_agent_sum + ?
                WHERE tenant_id = ? AND day = ? AND channel_id = ? AND category = ?""",
                sign * flag(!agent),
                sign * (agent ? 0 : score),
                sign * flag(agent),
                sign * (agent ? score : 0),
                fact.tenant().value(),
                utc(fact.startedAt()).toLocalDate(),
                fact.channelId(),
                fact.category());
    }

    private Optional<Fact> find(TenantId tenant, String conversationId) {
        return jdbc
                .query(
                        """
                        SELECT * FROM report_conversation WHERE tenant_id = ? AND conversation_id = ? FOR UPDATE""",
                        (rs, row) -> new Fact(
                                tenant,
                                conversationId,
                                rs.getLong("channel_id"),
                                rs.getString("channel_type"),
                                instant(rs.getTimestamp("started_at")),
                                instant(rs.getTimestamp("closed_at")),
                                rs.getString("outcome") == null
                                        ? null
                                        : ConversationOutcome.valueOf(rs.getString("outcome")),
                                rs.getString("handoff_reason"),
                                rs.getObject("first_response_ms", Long.class),
                                rs.getObject("duration_ms", Long.class),
                                rs.getInt("turns"),
                                rs.getInt("helpful_votes"),
                                rs.getInt("not_helpful_votes"),
                                rs.getObject("agent_handling_ms", Long.class),
                                rs.getBoolean("reopened"),
                                rs.getObject("csat", Integer.class),
                                rs.getObject("csat_agent", Boolean.class),
                                rs.getObject("top_faq_entry_id", Long.class),
                                rs.getString("category")),
                        tenant.value(),
                        conversationId)
                .stream()
                .findFirst();
    }

    /** The FAQ entry the bot answered with most often in the conversation (the earlier one on a tie). */
    Optional<Long> topEntry(TenantId tenant, String conversationId) {
        return jdbc.query("""
                        SELECT faq_entry_id FROM report_answer
                        WHERE tenant_id = ? AND conversation_id = ? AND faq_entry_id IS NOT NULL
                        GROUP BY faq_entry_id ORDER BY COUNT(*) DESC, MIN(turn) LIMIT 1""", (rs, row) -> rs.getLong(1), tenant.value(), conversationId).stream()
                .findFirst();
    }

    record Fact(
            TenantId tenant,
            String conversationId,
            long channelId,
            String channelType,
            Instant startedAt,
            Instant closedAt,
            ConversationOutcome outcome,
            String handoffReason,
            Long firstResponseMs,
            Long durationMs,
            int turns,
            int helpfulVotes,
            int notHelpfulVotes,
            Long agentHandlingMs,
            boolean reopened,
            Integer csat,
            Boolean csatAgent,
            Long topFaqEntryId,
            String category) {}

    private static int flag(boolean value) {
        return value ? 1 : 0;
    }

    private static Long millis(Duration duration) {
        return duration == null ? null : duration.toMillis();
    }

    static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    static String clip(String text, int length) {
        if (text == null) {
            return "";
        }
        return text.length() <= length ? text : text.substring(0, length);
    }
}
