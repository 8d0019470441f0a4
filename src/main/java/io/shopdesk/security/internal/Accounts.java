package io.shopdesk.security.internal;

import io.shopdesk.security.AccountChanged;
import io.shopdesk.security.InitialCredentials;
import io.shopdesk.security.MemberAdded;
import io.shopdesk.security.MemberDraft;
import io.shopdesk.security.MemberSummary;
import io.shopdesk.security.Roles;
import io.shopdesk.security.TenantContext;
import io.shopdesk.security.TenantDirectory;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.TenantId;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The account and membership rules behind {@code AccountManagement}; runs inside its transactions. */
@Component
public class Accounts {

    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9-]{1,63})+");
    private static final Set<String> LOCALES = Set.of("en", "zh-CN");

    private final UserAccountRepository accounts;
    private final MembershipRepository memberships;
    private final IdentityProvider identityProvider;
    private final TenantDirectory tenants;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Accounts(
            UserAccountRepository accounts,
            MembershipRepository memberships,
            IdentityProvider identityProvider,
            TenantDirectory tenants,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.identityProvider = identityProvider;
        this.tenants = tenants;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the text is an e-mail address we accept (also used to validate forms before submitting). */
    public static boolean isValidEmail(String text) {
        return text != null
                && text.length() <= 254
                && EMAIL.matcher(text.strip()).matches();
    }

    public void createTenantIdentity(TenantId tenant, String tenantName) {
        identityProvider.createTenant(tenant, tenantName);
    }

    public int deleteTenantIdentity(TenantId tenant) {
        return identityProvider.deleteTenant(tenant);
    }

    public InitialCredentials addMember(TenantId tenant, MemberDraft draft) {
        if (!isValidEmail(draft.email())) {
            throw BusinessRuleException.onField("email", "error.email-invalid");
        }
        if (draft.roles().isEmpty() || !draft.roles().stream().allMatch(Roles::isKnown)) {
            throw BusinessRuleException.onField("roles", "error.roles-invalid");
        }
        if (draft.roles().contains(Roles.PLATFORM_ADMIN) != tenant.isPlatform()) {
            throw BusinessRuleException.onField("roles", "error.roles-invalid");
        }
        String locale = draft.locale() == null ? null : checkedLocale(draft.locale());
        String email = UserAccount.normalizeEmail(draft.email());
        String displayName = draft.displayName() == null || draft.displayName().isBlank()
                ? email.substring(0, email.indexOf('@'))
                : draft.displayName().strip();
        if (draft.password() != null) {
            checkPasswordRules(draft.password());
        }
        checkSeats(tenant);

        var existing = accounts.findByEmail(email);
        if (existing.isPresent()
                && memberships.findByUserId(existing.get().id()).stream()
                        .anyMatch(membership -> membership.tenantId().equals(tenant.value()))) {
            throw BusinessRuleException.onField("email", "error.member-exists", email);
        }
        String password = null;
        UserAccount account;
        if (existing.isPresent()) {
            account = existing.get();
        } else {
            password = draft.password() == null ? Passwords.generate() : draft.password();
            String hash = identityProvider.storesPasswordsLocally() ? passwordEncoder.encode(password) : null;
            account = accounts.save(new UserAccount(email, displayName, hash, locale, clock.instant()));
        }
        memberships.save(new Membership(account.id(), draft.roles(), clock.instant()));
        identityProvider.addMember(
                tenant, email, account.displayName(), draft.roles(), password, draft.password() == null);
        events.publishEvent(new MemberAdded(tenant, email, Set.copyOf(draft.roles())));
        boolean generated = draft.password() == null && password != null;
        return new InitialCredentials(email, generated ? password : "");
    }

    public List<MemberSummary> members(TenantId tenant) {
        var now = clock.instant();
        return memberships.findAll().stream()
                .map(membership -> accounts.findById(membership.userId())
                        .map(account -> new MemberSummary(
                                account.email(), account.displayName(), membership.roles(), account.isLocked(now))))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(MemberSummary::email))
                .toList();
    }

    public Map<TenantId, Long> memberCounts() {
        var counts = new HashMap<TenantId, Long>();
        for (Object[] row : memberships.countPerTenant()) {
            counts.put(new TenantId((String) row[0]), (Long) row[1]);
        }
        return counts;
    }

    public Set<String> memberEmails() {
        var ids = memberships.findAll().stream().map(Membership::userId).toList();
        return accounts.findAllById(ids).stream().map(UserAccount::email).collect(Collectors.toSet());
    }

    public long countMembers() {
        return memberships.count();
    }

    public Optional<Locale> preferredLocale(String email) {
        return accounts.findByEmail(UserAccount.normalizeEmail(email))
                .map(UserAccount::locale)
                .map(Locale::forLanguageTag);
    }

    public void changeLocale(String email, Locale locale) {
        String tag = checkedLocale(locale.toLanguageTag());
        var account = accounts.findByEmail(UserAccount.normalizeEmail(email)).orElseThrow();
        String before = account.locale();
        account.changeLocale(tag);
        events.publishEvent(new AccountChanged(actingTenant(), account.email(), "locale", before, tag));
    }

    public void changePassword(String email, String currentPassword, String newPassword) {
        if (!identityProvider.storesPasswordsLocally()) {
            throw new BusinessRuleException("error.password-managed-elsewhere");
        }
        var account = accounts.findByEmail(UserAccount.normalizeEmail(email)).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw BusinessRuleException.onField("currentPassword", "error.password-wrong");
        }
        checkPasswordRules(newPassword);
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        events.publishEvent(new AccountChanged(actingTenant(), account.email(), "password", null, null));
    }

    public boolean managesPasswords() {
        return identityProvider.storesPasswordsLocally();
    }

    public Optional<String> accountConsoleUrl() {
        return identityProvider.accountConsoleUrl();
    }

    private static TenantId actingTenant() {
        return TenantContext.current().orElse(TenantId.PLATFORM);
    }

    private void checkSeats(TenantId tenant) {
        var summary = tenants.find(tenant).orElseThrow(() -> new BusinessRuleException("error.tenant-unknown"));
        if (memberships.count() >= summary.maxSeats()) {
            throw new BusinessRuleException("error.quota.seats", summary.maxSeats());
        }
    }

    private static void checkPasswordRules(String password) {
        if (password.length() < Passwords.MIN_LENGTH || password.length() > Passwords.MAX_LENGTH) {
            throw BusinessRuleException.onField(
                    "password", "error.password-length", Passwords.MIN_LENGTH, Passwords.MAX_LENGTH);
        }
    }

    private static String checkedLocale(String tag) {
        if (!LOCALES.contains(tag)) {
            throw BusinessRuleException.onField("locale", "error.locale-unsupported", tag);
        }
        return tag;
    }
}
