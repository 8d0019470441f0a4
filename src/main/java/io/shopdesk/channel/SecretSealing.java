package io.shopdesk.channel;

import io.shopdesk.channel.internal.SecretCipher;
import io.shopdesk.shared.TenantId;
import org.springframework.stereotype.Component;

/**
 * Encrypts other modules' secrets at rest the way channel secrets are (AES-GCM with {@code
 * shopdesk.secrets.encryption-key}), each bound to its tenant and place so a value copied elsewhere does not open.
 * Places never collide with channel secrets.
 */
@Component
public class SecretSealing {

    private final SecretCipher cipher;

    SecretSealing(SecretCipher cipher) {
        this.cipher = cipher;
    }

    /** The value sealed for {@code place} (such as {@code orders/auth-header}) of the tenant. */
    public String seal(TenantId tenant, String place, String plain) {
        return cipher.encrypt(plain, context(tenant, place));
    }

    /** The plain value; fails when it was altered, moved to another tenant or place, or sealed with another key. */
    public String open(TenantId tenant, String place, String sealed) {
        return cipher.decrypt(sealed, context(tenant, place));
    }

    private static String context(TenantId tenant, String place) {
        return "sealed:" + tenant.value() + "/" + place;
    }
}
