package io.shopdesk.reporting;

import io.shopdesk.knowledge.FaqEntrySummary;
import io.shopdesk.knowledge.FaqManagement;
import io.shopdesk.reporting.ReportSummary.CategoryCount;
import io.shopdesk.reporting.ReportSummary.DayCount;
import io.shopdesk.reporting.ReportSummary.Outcomes;
import io.shopdesk.reporting.ReportSummary.QuestionCount;
import io.shopdesk.reporting.ReportSummary.ReasonCount;
import io.shopdesk.reporting.ReportSummary.TopicCount;
import io.shopdesk.reporting.internal.CostSettingsStore;
import io.shopdesk.reporting.internal.RollupQueries;
import io.shopdesk.security.Roles;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.TenantId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the signed-in tenant's dashboard and monthly report, read from the daily roll-ups; and, for
 * platform staff, usage and cost per tenant across tenants.
 */
@Service
public class ConversationReports {

    /** How many hot topics and unanswered questions a summary lists. */
    public static final int TOP = 10;

    private final RollupQueries rollups;
    private final CostSettingsStore costs;
    private final FaqManagement faq;

    ConversationReports(RollupQueries rollups, CostSettingsStore costs, FaqManagement faq) {
        this.rollups = rollups;
        this.costs = costs;
        this.faq = faq;
    }

    @PreAuthorize(Roles.HAS_TENANT_ADMIN)
    @Transactional(readOnly = true)
    public ReportSummary summary(ReportFilter filter) {
        var tenant = TenantContext.require();
        var totals = rollups.totals(tenant, filter);
        var settings = costs.of(tenant);
        long n = totals.conversations();
        var reasons = rollups.handoffsByReason(tenant, filter).entrySet().stream()
                .map(e -> new ReasonCount(e.getKey(), e.getValue(), Figures.rate(e.getValue(), n)))
                .toList();
        var byDay = rollups.conversationsByDay(tenant, filter);
        long[] weekdays = new long[7];
        byDay.forEach((day, count) -> weekdays[day.getDayOfWeek().getValue() - 1] += count);
        var days = new ArrayList<DayCount>();
        for (LocalDate day = filter.from(); !day.isAfter(filter.to()); day = day.plusDays(1)) {
            days.add(new DayCount(day, byDay.getOrDefault(day, 0L)));
        }
        var categories = rollups.conversationsByCategory(tenant, filter).entrySet().stream()
                .map(e -> new CategoryCount(e.getKey(), e.getValue()))
                .toList();
        return new ReportSummary(
                filter,
                new Outcomes(
                        n,
                        totals.resolvedByBot(),
                        totals.resolvedByAgent(),
                        totals.handedOff(),
                        totals.abandoned(),
                        totals.reopened(),
                        totals.agentHandled()),
                Figures.rate(totals.resolvedByBot(), n),
                Figures.rate(totals.resolvedByBot() + totals.resolvedByAgent(), n),
                Figures.rate(totals.withHandoff(), n),
                reasons,
                Figures.satisfaction(totals.csatBotCount(), totals.csatBotSum()),
                Figures.satisfaction(totals.csatAgentCount(), totals.csatAgentSum()),
                Figures.average(totals.firstResponseMs(), totals.firstResponseCount()),
                Figures.average(totals.durationMs(), n),
                Figures.average(totals.agentHandlingMs(), totals.agentHandled()),
                n == 0 ? 0 : (double) totals.turns() / n,
                totals.helpfulVotes(),
                totals.notHelpfulVotes(),
                Arrays.stream(rollups.conversationsByHour(tenant, filter))
                        .boxed()
                        .toList(),
                Arrays.stream(weekdays).boxed().toList(),
                days,
                categories,
                hotTopics(tenant, filter),
                rollups.topUnanswered(tenant, filter, TOP).entrySet().stream()
                        .map(e -> new QuestionCount(e.getKey(), e.getValue()))
                        .toList(),
                Figures.costs(settings, totals),
                Figures.trend(settings, rollups.totalsByMonth(tenant, filter)));
    }

    /** Closed conversations, cost and savings of every tenant that had any in the range. */
    @PreAuthorize(Roles.HAS_PLATFORM_ADMIN)
    @Transactional(readOnly = true)
    public List<TenantReportUsage> usageAcrossTenants(LocalDate from, LocalDate to) {
        ReportFilter.allChannels(from, to);
        var settings = costs.allTenants();
        var result = new ArrayList<TenantReportUsage>();
        rollups.totalsPerTenantAcrossTenants(from, to).forEach((tenant, totals) -> {
            var tenantCosts = Figures.costs(settings.getOrDefault(tenant, costs.defaults()), totals);
            result.add(new TenantReportUsage(
                    tenant,
                    totals.conversations(),
                    totals.resolvedByBot(),
                    totals.agentHandled(),
                    Figures.rate(totals.resolvedByBot(), totals.conversations()),
                    tenantCosts.total(),
                    tenantCosts.savings(),
                    tenantCosts.settings().currency()));
        });
        return result;
    }

    private List<TopicCount> hotTopics(TenantId tenant, ReportFilter filter) {
        var top = rollups.topEntries(tenant, filter, TOP);
        Map<Long, String> questions = faq.entriesById(top.keySet()).stream()
                .collect(Collectors.toMap(FaqEntrySummary::id, FaqEntrySummary::question));
        return top.entrySet().stream()
                .map(e -> new TopicCount(e.getKey(), questions.getOrDefault(e.getKey(), ""), e.getValue()))
                .toList();
    }
}
