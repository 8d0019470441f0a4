package io.shopdesk.orders.internal;

import io.shopdesk.audit.AuditLog;
import io.shopdesk.channel.SecretSealing;
import io.shopdesk.orders.OrderFieldMapping;
import io.shopdesk.orders.OrderLookupDraft;
import io.shopdesk.orders.OrderLookupSettings;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.TenantCache;
import io.shopdesk.shared.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores each tenant's order lookup settings (the auth header value sealed with {@link SecretSealing}) and keeps the
 * enabled ones, opened, in a per-tenant cache for the chat path, forgotten when the tenant saves on this node.
 */
@Component
public class OrderLookupStore {

    private static final Logger log = LoggerFactory.getLogger(OrderLookupStore.class);
    static final String SECRET_PLACE = "orders/auth-header";

    private final OrderLookupRowRepository rows;
    private final SecretSealing sealing;
    private final EndpointGuard guard;
    private final AuditLog audit;
    private final TransactionTemplate writes;
    private final TransactionTemplate reads;
    private final TenantCache<Optional<ActiveLookup>> cache;

    OrderLookupStore(
            OrderLookupRowRepository rows,
            SecretSealing sealing,
            EndpointGuard guard,
            AuditLog audit,
            PlatformTransactionManager transactions,
            @Value("${shopdesk.settings.cache-ttl:30s}") Duration ttl) {
        this.rows = rows;
        this.sealing = sealing;
        this.guard = guard;
        this.audit = audit;
        this.writes = new TransactionTemplate(transactions);
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
        this.cache = new TenantCache<>(
                ttl, id -> configuredFor(id).filter(lookup -> lookup.settings().enabled()));
    }

    /**
     * The tenant's lookup when it is enabled; cached until saved on this replica, or for at most {@code
     * shopdesk.settings.cache-ttl} when saved on another.
     */
    public Optional<ActiveLookup> activeFor(TenantId tenant) {
        return cache.get(tenant);
    }

    /** The tenant's saved lookup, enabled or not (not cached: for the admin's test). */
    public Optional<ActiveLookup> configuredFor(TenantId tenant) {
        return TenantContext.callAs(
                tenant, () -> reads.execute(status -> rows.findFirstBy().flatMap(row -> active(tenant, row))));
    }

    /** The current tenant's settings as its admins see them. */
    public OrderLookupSettings current() {
        return rows.findFirstBy().map(OrderLookupStore::settings).orElseGet(OrderLookupSettings::unconfigured);
    }

    /** Checks and saves the tenant's settings, then forgets the cached ones; nothing is written when refused. */
    public void save(TenantId tenant, OrderLookupDraft draft, Instant now) {
        var valid = OrderSettingsRules.check(draft, guard);
        String value = OrderSettingsRules.blankToNull(draft.authHeaderValue());
        TenantContext.runAs(
                tenant,
                () -> writes.executeWithoutResult(status -> {
                    var row = rows.findFirstBy().orElseGet(() -> new OrderLookupRow(now));
                    String before = row.urlTemplate() == null ? null : summary(settings(row));
                    if (valid.authHeaderName() != null && value == null && row.authHeaderValue() == null) {
                        throw BusinessRuleException.onField("authHeaderValue", "orders.error.header-value-required");
                    }
                    row.change(valid, now);
                    row.authHeader(
                            valid.authHeaderName(),
                            value == null ? null : sealing.seal(tenant, SECRET_PLACE, value),
                            value == null ? null : hint(value));
                    rows.save(row);
                    audit.record(tenant, "orders.lookup-saved", "order lookup", before, summary(settings(row)));
                }));
        cache.forget(tenant);
    }

    /** The settings for the audit log: never the header's value, only its hint. */
    private static String summary(OrderLookupSettings settings) {
        return "enabled=" + settings.enabled() + ", url=" + settings.urlTemplate() + ", header="
                + (settings.authHeaderName() == null
                        ? "none"
                        : settings.authHeaderName() + " " + settings.authHeaderHint())
                + ", pattern=" + settings.orderNumberPattern() + ", mapping=" + settings.mapping();
    }

    static String hint(String value) {
        return value.length() >= 12 ? "••••" + value.substring(value.length() - 4) : "••••";
    }

    private Optional<ActiveLookup> active(TenantId tenant, OrderLookupRow row) {
        try {
            var settings = settings(row);
            var valid = new ValidSettings(
                    row.enabled(),
                    row.urlTemplate(),
                    row.authHeaderName(),
                    row.orderNumberPattern(),
                    Pattern.compile(row.orderNumberPattern()),
                    settings.mapping());
            String value =
                    row.authHeaderValue() == null ? null : sealing.open(tenant, SECRET_PLACE, row.authHeaderValue());
            return Optional.of(new ActiveLookup(valid, value));
        } catch (PatternSyntaxException | IllegalStateException e) {
            log.warn("Order lookup of {} is not usable: {}", tenant, e.getMessage());
            return Optional.empty();
        }
    }

    private static OrderLookupSettings settings(OrderLookupRow row) {
        return new OrderLookupSettings(
                row.enabled(),
                row.urlTemplate(),
                row.authHeaderName(),
                row.authHeaderName() == null ? null : row.authHeaderHint(),
                row.orderNumberPattern(),
                new OrderFieldMapping(
                        row.statusPath(), row.carrierPath(), row.trackingPath(), row.etaPath(), row.updatedPath()));
    }
}
