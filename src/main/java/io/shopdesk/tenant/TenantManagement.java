package io.shopdesk.tenant;

import io.shopdesk.audit.AuditLog;
import io.shopdesk.security.AccountManagement;
import io.shopdesk.security.InitialCredentials;
import io.shopdesk.security.Roles;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.NotFoundException;
import io.shopdesk.shared.TenantId;
import io.shopdesk.tenant.internal.PlanCatalog;
import io.shopdesk.tenant.internal.Tenant;
import io.shopdesk.tenant.internal.TenantRepository;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tenant management for platform staff (list with usage, create, suspend, reactivate, change plan) and a tenant's
 * view of itself. Creating a tenant writes the tenant, its identities (Keycloak organization and first admin in
 * that mode) and the audit entry in one transaction: all appear together or none does.
 */
@Service
public class TenantManagement {

    private static final Set<String> RESERVED_SLUGS =
            Set.of("platform", "admin", "api", "www", "app", "console", "login", "logout", "widget", "shop", "static");
    private static final Set<String> LOCALES = Set.of("en", "zh-CN");

    private final TenantRepository tenants;
    private final PlanCatalog plans;
    private final AccountManagement accounts;
    private final AuditLog auditLog;
    private final List<UsageMetric> usageMetrics;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TenantManagement(
            TenantRepository tenants,
            PlanCatalog plans,
            AccountManagement accounts,
            AuditLog auditLog,
            List<UsageMetric> usageMetrics,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.tenants = tenants;
        this.plans = plans;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.usageMetrics = usageMetrics;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    public List<Plan> plans() {
        return plans.all();
    }

    /** Every merchant tenant with its status, plan and usage, newest first. */
    @PreAuthorize(Roles.HAS_PLATFORM_ADMIN)
    public List<TenantOverview> listAcrossTenants() {
        Map<Quota, Map<TenantId, Long>> usage = new EnumMap<>(Quota.class);
        TenantContext.callAcrossTenants(() -> {
            usageMetrics.forEach(metric -> usage.put(metric.quota(), metric.usageAcrossTenants()));
            return null;
        });
        var planByCode = new HashMap<String, Plan>();
        plans.all().forEach(plan -> planByCode.put(plan.code(), plan));
        return tenants.findBySystemTenantFalseOrderByCreatedAtDesc().stream()
                .map(tenant -> {
                    var id = new TenantId(tenant.id());
                    var values = new EnumMap<Quota, Long>(Quota.class);
                    usage.forEach((quota, perTenant) -> values.put(quota, perTenant.getOrDefault(id, 0L)));
                    return overview(tenant, planByCode.get(tenant.planCode()), new TenantUsage(values));
                })
                .toList();
    }

    /** The signed-in user's own tenant with its usage, for dashboards. */
    @PreAuthorize(Roles.HAS_ANY_ROLE)
    public TenantOverview ownTenant() {
        var id = TenantContext.require();
        var tenant = tenants.findById(id.value()).orElseThrow(() -> new NotFoundException("tenant", id));
        var values = new EnumMap<Quota, Long>(Quota.class);
        usageMetrics.forEach(metric -> values.put(metric.quota(), metric.currentTenantUsage()));
        return overview(tenant, plans.find(tenant.planCode()).orElseThrow(), new TenantUsage(values));
    }

    /** Creates a tenant and its first admin; returns the admin's first password to show once. */
    @PreAuthorize(Roles.HAS_PLATFORM_ADMIN)
    public InitialCredentials createTenant(TenantDraft draft) {
        return createTenantAsSystem(draft, null, () -> {});
    }

    /**
     * Creates a tenant without a signed-in platform admin: for loading tenant packs. The first admin gets the given
     * password, or a generated one when it is null. {@code populate} runs as the new tenant in the same
     * transaction (users, FAQ), so a pack appears whole or not at all.
     */
    public InitialCredentials createTenantAsSystem(TenantDraft draft, String adminPassword, Runnable populate) {
        var tenant = validate(draft);
        try {
            return insertTenant(tenant, draft, adminPassword, populate);
        } catch (DataIntegrityViolationException raced) {
            if (tenants.existsById(tenant.value())) {
                throw BusinessRuleException.onField("slug", "error.slug-taken", tenant.value());
            }
            throw raced;
        }
    }

    private InitialCredentials insertTenant(
            TenantId tenant, TenantDraft draft, String adminPassword, Runnable populate) {
        return TenantContext.callAs(
                tenant,
                () -> transactions.execute(status -> {
                    if (tenants.existsById(tenant.value())) {
                        throw BusinessRuleException.onField("slug", "error.slug-taken", tenant.value());
                    }
                    tenants.saveAndFlush(new Tenant(
                            tenant.value(), draft.name().strip(), draft.planCode(), draft.locale(), clock.instant()));
                    var credentials = accounts.provisionTenant(
                            draft.name().strip(), draft.adminEmail(), draft.adminName(), null, adminPassword);
                    auditLog.record(
                            tenant,
                            "tenant.created",
                            tenant.value(),
                            null,
                            "name=" + draft.name().strip() + ", plan=" + draft.planCode() + ", admin="
                                    + credentials.email());
                    populate.run();
                    events.publishEvent(new TenantCreated(tenant, draft.name().strip(), draft.locale()));
                    return credentials;
                }));
    }

    @PreAuthorize(Roles.HAS_PLATFORM_ADMIN)
    public void suspendTenant(TenantId tenant) {
        changeStatus(tenant, TenantStatus.SUSPENDED);
    }

    @PreAuthorize(Roles.HAS_PLATFORM_ADMIN)
    public void reactivateTenant(TenantId tenant) {
        changeStatus(tenant, TenantStatus.ACTIVE);
    }

    @PreAuthorize(Roles.HAS_PLATFORM_ADMIN)
    public void changePlan(TenantId tenant, String planCode) {
        if (plans.find(planCode).isEmpty()) {
            throw BusinessRuleException.onField("plan", "error.plan-unknown", planCode);
        }
        transactions.executeWithoutResult(status -> {
            var found = merchant(tenant);
            String before = found.planCode();
            found.changePlan(planCode);
            auditLog.record(tenant, "tenant.plan-changed", tenant.value(), "plan=" + before, "plan=" + planCode);
        });
    }

    public boolean exists(TenantId tenant) {
        return tenants.existsById(tenant.value());
    }

    private void changeStatus(TenantId tenant, TenantStatus status) {
        transactions.executeWithoutResult(tx -> {
            var found = merchant(tenant);
            var before = found.status();
            if (before == status) {
                return;
            }
            found.changeStatus(status);
            auditLog.record(
                    tenant,
                    status == TenantStatus.SUSPENDED ? "tenant.suspended" : "tenant.reactivated",
                    tenant.value(),
                    "status=" + before,
                    "status=" + status);
            events.publishEvent(
                    status == TenantStatus.SUSPENDED ? new TenantSuspended(tenant) : new TenantReactivated(tenant));
        });
    }

    private Tenant merchant(TenantId tenant) {
        return tenants.findById(tenant.value())
                .filter(found -> !found.systemTenant())
                .orElseThrow(() -> new NotFoundException("tenant", tenant));
    }

    private TenantId validate(TenantDraft draft) {
        if (draft.name() == null
                || draft.name().isBlank()
                || draft.name().strip().length() > 120) {
            throw BusinessRuleException.onField("name", "error.tenant-name");
        }
        if (!TenantId.isValidSlug(draft.slug())) {
            throw BusinessRuleException.onField("slug", "error.slug-invalid");
        }
        if (RESERVED_SLUGS.contains(draft.slug())) {
            throw BusinessRuleException.onField("slug", "error.slug-reserved", draft.slug());
        }
        if (draft.planCode() == null || plans.find(draft.planCode()).isEmpty()) {
            throw BusinessRuleException.onField("plan", "error.plan-unknown", draft.planCode());
        }
        if (draft.locale() == null || !LOCALES.contains(draft.locale())) {
            throw BusinessRuleException.onField("locale", "error.locale-unsupported", draft.locale());
        }
        if (!AccountManagement.isValidEmail(draft.adminEmail())) {
            throw BusinessRuleException.onField("adminEmail", "error.email-invalid");
        }
        var tenant = new TenantId(draft.slug());
        if (tenants.existsById(tenant.value())) {
            throw BusinessRuleException.onField("slug", "error.slug-taken", tenant.value());
        }
        return tenant;
    }

    private static TenantOverview overview(Tenant tenant, Plan plan, TenantUsage usage) {
        return new TenantOverview(
                new TenantId(tenant.id()),
                tenant.name(),
                plan,
                tenant.status(),
                tenant.defaultLocale(),
                tenant.createdAt(),
                usage);
    }
}
