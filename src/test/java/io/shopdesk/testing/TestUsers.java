package io.shopdesk.testing;

import io.shopdesk.knowledge.FaqDraft;
import io.shopdesk.knowledge.FaqManagement;
import io.shopdesk.security.AccountManagement;
import io.shopdesk.security.MemberDraft;
import io.shopdesk.shared.TenantId;
import io.shopdesk.tenant.TenantDraft;
import io.shopdesk.tenant.TenantManagement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Signs test code in the way the login form does (the real user store and password check), and creates fresh
 * tenants with unique slugs so tests never depend on each other's data.
 */
@TestComponent
public class TestUsers {

    public static final String PASSWORD = "test-password-1";
    public static final String PLATFORM_ADMIN = "ops@shopdesk.example";
    public static final String DEMO_PASSWORD = "shopdesk-demo";

    private final ProviderManager authentication;
    private final TenantManagement tenants;
    private final AccountManagement accounts;
    private final FaqManagement faq;
    private final SecurityContextHolderStrategy securityContexts;

    TestUsers(
            UserDetailsService users,
            PasswordEncoder passwordEncoder,
            TenantManagement tenants,
            AccountManagement accounts,
            FaqManagement faq,
            ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        var provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        this.authentication = new ProviderManager(provider);
        this.tenants = tenants;
        this.accounts = accounts;
        this.faq = faq;
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** A tenant created for one test: slug, admin e-mail and a trainer's e-mail, all with {@link #PASSWORD}. */
    public record TestTenant(TenantId id, String admin, String trainer, String agent) {}

    public TestTenant newTenant(String plan, List<FaqDraft> faq) {
        String slug = "t" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
        String admin = "admin@" + slug + ".example";
        String trainer = "trainer@" + slug + ".example";
        String agent = "agent@" + slug + ".example";
        tenants.createTenantAsSystem(
                new TenantDraft("Shop " + slug, slug, plan, admin, "Admin " + slug, "en"), PASSWORD, () -> {
                    accounts.addMemberAsSystem(new MemberDraft(trainer, "Trainer", Set.of("TRAINER"), PASSWORD, null));
                    accounts.addMemberAsSystem(new MemberDraft(agent, "Agent", Set.of("AGENT"), PASSWORD, null));
                    if (!faq.isEmpty()) {
                        this.faq.addEntriesAsSystem(faq);
                    }
                });
        return new TestTenant(new TenantId(slug), admin, trainer, agent);
    }

    public TestTenant newTenant() {
        return newTenant("STARTER", List.of());
    }

    /**
     * Runs work signed in as the user, like after a form login; signs out afterwards. Vaadin installs its security
     * context holder strategy JVM-wide when an application context starts, so with several test contexts in one JVM
     * the holder may belong to another context than this one, whose method security would then see nobody signed in.
     * The work therefore runs with this context's strategy installed, and the earlier one is put back afterwards.
     */
    public <T> T as(String email, String password, Supplier<T> work) {
        var previousStrategy = SecurityContextHolder.getContextHolderStrategy();
        var previous = securityContexts.getContext();
        var context = securityContexts.createEmptyContext();
        context.setAuthentication(
                authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password)));
        SecurityContextHolder.setContextHolderStrategy(securityContexts);
        securityContexts.setContext(context);
        try {
            return work.get();
        } finally {
            securityContexts.setContext(previous);
            SecurityContextHolder.setContextHolderStrategy(previousStrategy);
        }
    }

    public <T> T as(String email, Supplier<T> work) {
        return as(email, PASSWORD, work);
    }

    public void run(String email, Runnable work) {
        as(email, PASSWORD, () -> {
            work.run();
            return null;
        });
    }

    public <T> T asPlatformAdmin(Supplier<T> work) {
        return as(PLATFORM_ADMIN, DEMO_PASSWORD, work);
    }
}
