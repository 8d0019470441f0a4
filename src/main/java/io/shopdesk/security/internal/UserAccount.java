package io.shopdesk.security.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * A person who can sign in. Accounts are global (one e-mail address, one account); what the person may see is
 * decided by their {@link Membership memberships}. In Keycloak mode the account is a shadow without a password,
 * kept for the audit log, seats and the preferred language.
 */
@Entity
@Table(name = "user_account")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    private String locale;

    @Column(name = "failed_attempts")
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    private boolean enabled = true;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {}

    UserAccount(String email, String displayName, String passwordHash, String locale, Instant createdAt) {
        this.email = normalizeEmail(email);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.locale = locale;
        this.createdAt = createdAt;
    }

    static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** Counts a failed password; the account locks for {@code lockDuration} once {@code maxAttempts} is reached. */
    void recordFailedLogin(int maxAttempts, Duration lockDuration, Instant now) {
        if (isLocked(now)) {
            return;
        }
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            lockedUntil = now.plus(lockDuration);
            failedAttempts = 0;
        }
    }

    void recordSuccessfulLogin() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    Long id() {
        return id;
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    void rename(String displayName) {
        this.displayName = displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    String locale() {
        return locale;
    }

    void changeLocale(String locale) {
        this.locale = locale;
    }

    boolean enabled() {
        return enabled;
    }

    int failedAttempts() {
        return failedAttempts;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }
}
