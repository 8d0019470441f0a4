package io.shopdesk.security;

import io.shopdesk.shared.TenantId;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The tenant whose rows Hibernate reads and writes on this thread. By default it is the active tenant of the
 * signed-in user; code that works for another tenant (background jobs, the chat API, platform staff operations)
 * says so explicitly with {@link #callAs} or {@link #callAcrossTenants}. Hibernate binds the tenant when a
 * session opens, so the switch must happen before a transaction starts: switching inside one is refused.
 */
public final class TenantContext {

    /** Hibernate's root tenant: a session opened with it sees every tenant's rows. */
    public static final String ACROSS_TENANTS = "*";

    /** Matches no tenant: what Hibernate sees when nobody is signed in and no tenant was set. */
    public static final String NO_TENANT = "";

    private static final ThreadLocal<String> OVERRIDE = new ThreadLocal<>();

    private TenantContext() {}

    /** Runs work as the given tenant, outside any transaction. */
    public static <T> T callAs(TenantId tenant, Supplier<T> work) {
        return callWith(tenant.value(), work);
    }

    public static void runAs(TenantId tenant, Runnable work) {
        callWith(tenant.value(), () -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs work with every tenant's rows visible: reads for platform staff (tenant list, usage, audit search).
     * Callers are platform-staff operations named {@code ...AcrossTenants} and guarded by their own security check.
     */
    public static <T> T callAcrossTenants(Supplier<T> work) {
        return callWith(ACROSS_TENANTS, work);
    }

    /** The tenant of this thread: an explicit switch, else the signed-in user's active tenant. */
    public static Optional<TenantId> current() {
        String explicit = OVERRIDE.get();
        if (explicit != null) {
            return ACROSS_TENANTS.equals(explicit) ? Optional.empty() : Optional.of(new TenantId(explicit));
        }
        return signedInTenant();
    }

    /** The tenant of this thread, or an error when there is none (a bug, not a user mistake). */
    public static TenantId require() {
        return current().orElseThrow(() -> new IllegalStateException("No tenant on this thread"));
    }

    /** What Hibernate's tenant resolver should use on this thread. */
    public static String hibernateTenant() {
        String explicit = OVERRIDE.get();
        if (explicit != null) {
            return explicit;
        }
        return signedInTenant().map(TenantId::value).orElse(NO_TENANT);
    }

    private static Optional<TenantId> signedInTenant() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TenantAwarePrincipal principal) {
            return principal.activeTenant();
        }
        return Optional.empty();
    }

    private static <T> T callWith(String tenant, Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Switch tenant before the transaction opens, not inside it");
        }
        String previous = OVERRIDE.get();
        OVERRIDE.set(tenant);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                OVERRIDE.remove();
            } else {
                OVERRIDE.set(previous);
            }
        }
    }
}
