package io.shopdesk.reporting;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Every figure of a tenant's dashboard and monthly report for one {@link ReportFilter}, over closed conversations.
 * Rates are fractions (0 to 1) of {@code conversations}, 0 when there were none; averages are empty when nothing
 * was measured.
 */
public record ReportSummary(
        ReportFilter filter,
        Outcomes outcomes,
        double automationRate,
        double resolutionRate,
        double handoffRate,
        List<ReasonCount> handoffsByReason,
        Satisfaction csatBot,
        Satisfaction csatAgent,
        Optional<Duration> averageFirstResponse,
        Optional<Duration> averageDuration,
        Optional<Duration> averageAgentHandling,
        double averageTurns,
        long helpfulVotes,
        long notHelpfulVotes,
        List<Long> volumeByHour,
        List<Long> volumeByWeekday,
        List<DayCount> volumeByDay,
        List<CategoryCount> volumeByCategory,
        List<TopicCount> hotTopics,
        List<QuestionCount> topUnanswered,
        Costs costs,
        List<MonthFigures> trend) {

    public ReportSummary {
        handoffsByReason = List.copyOf(handoffsByReason);
        volumeByHour = List.copyOf(volumeByHour);
        volumeByWeekday = List.copyOf(volumeByWeekday);
        volumeByDay = List.copyOf(volumeByDay);
        volumeByCategory = List.copyOf(volumeByCategory);
        hotTopics = List.copyOf(hotTopics);
        topUnanswered = List.copyOf(topUnanswered);
        trend = List.copyOf(trend);
    }

    /** Closed conversations by outcome; {@code reopened} and {@code agentHandled} overlap the outcomes. */
    public record Outcomes(
            long conversations,
            long resolvedByBot,
            long resolvedByAgent,
            long handedOff,
            long abandoned,
            long reopened,
            long agentHandled) {}

    /** Handed-off conversations per handoff rule; {@code rate} is of all conversations. */
    public record ReasonCount(String reason, long conversations, double rate) {}

    /** CSAT ratings: how many and their mean (empty without ratings). */
    public record Satisfaction(long ratings, Optional<Double> average) {}

    public record DayCount(LocalDate day, long conversations) {}

    /** Conversations per category of their most used FAQ entry ({@code ""}: no FAQ answer). */
    public record CategoryCount(String category, long conversations) {}

    /** Bot answers with one FAQ entry (question as the entry reads now, empty if it was removed). */
    public record TopicCount(long faqEntryId, String question, long answers) {}

    /** A question the bot could not answer (fell back), counted by its normalised text. */
    public record QuestionCount(String question, long asked) {}

    /**
     * The cost model applied: every conversation costs {@code botConversation}, or {@code agentConversation} if an
     * agent handled it; {@code savings} is what the bot-resolved conversations would have cost more with agents.
     */
    public record Costs(
            CostSettings settings, BigDecimal total, BigDecimal savings, Optional<BigDecimal> costPerResolution) {}

    /** One calendar month inside the range (clipped to it), for the month-over-month trend. */
    public record MonthFigures(
            YearMonth month,
            long conversations,
            long resolved,
            double automationRate,
            BigDecimal cost,
            BigDecimal savings,
            Optional<BigDecimal> costPerResolution,
            Optional<Double> costChange) {}
}
