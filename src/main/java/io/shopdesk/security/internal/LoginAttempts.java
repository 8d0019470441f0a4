package io.shopdesk.security.internal;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Locks a local account for a while after repeated wrong passwords, so passwords cannot be guessed online. */
@Component
class LoginAttempts {

    private final UserAccountRepository accounts;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration lockDuration;

    LoginAttempts(
            UserAccountRepository accounts,
            Clock clock,
            @Value("${shopdesk.security.lockout.max-attempts:5}") int maxAttempts,
            @Value("${shopdesk.security.lockout.duration:15m}") Duration lockDuration) {
        this.accounts = accounts;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.lockDuration = lockDuration;
    }

    @EventListener
    @Transactional
    public void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        accounts.findForUpdateByEmail(
                        UserAccount.normalizeEmail(event.getAuthentication().getName()))
                .ifPresent(account -> account.recordFailedLogin(maxAttempts, lockDuration, clock.instant()));
    }

    @EventListener
    @Transactional
    public void onSignIn(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof LocalUser user) {
            accounts.findForUpdateByEmail(user.email()).ifPresent(UserAccount::recordSuccessfulLogin);
        }
    }
}
