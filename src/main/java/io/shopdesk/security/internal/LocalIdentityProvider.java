package io.shopdesk.security.internal;

import io.shopdesk.shared.TenantId;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Local mode: our own account table is the whole identity store. */
@Component
@ConditionalOnProperty(name = "shopdesk.identity.mode", havingValue = "local", matchIfMissing = true)
class LocalIdentityProvider implements IdentityProvider {

    @Override
    public boolean storesPasswordsLocally() {
        return true;
    }

    @Override
    public void createTenant(TenantId tenant, String tenantName) {
        // Nothing outside our database to prepare.
    }

    @Override
    public void addMember(
            TenantId tenant,
            String email,
            String displayName,
            Set<String> roles,
            String password,
            boolean temporaryPassword) {
        // The account and membership rows written by AccountManagement are all there is.
    }

    @Override
    public int deleteTenant(TenantId tenant) {
        // The tenant's account and membership rows are deleted with the rest of its data.
        return 0;
    }
}
