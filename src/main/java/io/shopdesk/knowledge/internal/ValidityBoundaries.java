package io.shopdesk.knowledge.internal;

import io.shopdesk.knowledge.KnowledgeChanged;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.TenantId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Entries become answerable or stop being answerable when a day starts, without anybody editing them (promotions
 * with validity dates). Shortly after midnight in the knowledge time zone this announces them with
 * {@link KnowledgeChanged}, so the engine takes them into or out of the live model.
 */
@Component
class ValidityBoundaries {

    private final FaqEntryRepository entries;
    private final KnowledgeClock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    ValidityBoundaries(
            FaqEntryRepository entries,
            KnowledgeClock clock,
            ApplicationEventPublisher events,
            TransactionTemplate transactions) {
        this.entries = entries;
        this.clock = clock;
        this.events = events;
        this.transactions = transactions;
    }

    @Scheduled(cron = "5 0 0 * * *", zone = "${shopdesk.knowledge.time-zone:UTC}")
    void announceTodaysBoundaries() {
        TenantContext.callAcrossTenants(() -> transactions.execute(status -> announce()));
    }

    /** Publishes one event per tenant with entries whose validity starts today or ended yesterday. */
    int announce() {
        var today = clock.today();
        Map<TenantId, Set<Long>> byTenant = new HashMap<>();
        for (Object[] row : entries.validityBoundariesAcrossTenants(today, today.minusDays(1))) {
            byTenant.computeIfAbsent(new TenantId((String) row[0]), ignored -> new HashSet<>())
                    .add((Long) row[1]);
        }
        byTenant.forEach((tenant, ids) -> events.publishEvent(new KnowledgeChanged(tenant, ids)));
        return byTenant.size();
    }
}
