package io.shopdesk.conversation.internal;

import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.TenantId;
import io.shopdesk.tenant.Quota;
import io.shopdesk.tenant.TenantQuotas;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The monthly conversation quota (calendar month, UTC), checked on every start without counting rows each time: a
 * per-tenant counter seeded from the database and re-read every {@code shopdesk.chat.quota-refresh} (so starts on
 * other nodes are seen), with the plan's limit cached as long. A start that fails after taking a place gives it
 * back.
 */
@Component
public class MonthlyConversations {

    private final ConversationRepository conversations;
    private final TenantQuotas quotas;
    private final Clock clock;
    private final Duration refresh;
    private final ConcurrentHashMap<TenantId, Counter> counters = new ConcurrentHashMap<>();

    MonthlyConversations(
            ConversationRepository conversations,
            TenantQuotas quotas,
            Clock clock,
            @Value("${shopdesk.chat.quota-refresh:60s}") Duration refresh) {
        this.conversations = conversations;
        this.quotas = quotas;
        this.clock = clock;
        this.refresh = refresh;
    }

    /** Takes a place for a new conversation of the tenant, or refuses when none is left this month. */
    public void take(TenantId tenant) {
        var counter = counter(tenant);
        if (counter.used().incrementAndGet() > counter.limit()) {
            counter.used().decrementAndGet();
            throw new BusinessRuleException("error.quota.monthly-conversations", counter.limit());
        }
    }

    /** Gives back a place taken for a start that did not happen. */
    public void giveBack(TenantId tenant) {
        var counter = counters.get(tenant);
        if (counter != null) {
            counter.used().decrementAndGet();
        }
    }

    /** The first instant of the current month, UTC. */
    public Instant monthStart() {
        return YearMonth.now(clock).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private Counter counter(TenantId tenant) {
        Instant now = clock.instant();
        var counter = counters.get(tenant);
        if (counter == null
                || !counter.expires().isAfter(now)
                || !counter.month().equals(YearMonth.now(clock))) {
            counter = TenantContext.callAs(
                    tenant,
                    () -> new Counter(
                            YearMonth.now(clock),
                            new AtomicLong(conversations.countByStartedAtGreaterThanEqual(monthStart())),
                            quotas.currentPlan().limitOf(Quota.MONTHLY_CONVERSATIONS),
                            now.plus(refresh)));
            counters.put(tenant, counter);
        }
        return counter;
    }

    private record Counter(YearMonth month, AtomicLong used, long limit, Instant expires) {}
}
