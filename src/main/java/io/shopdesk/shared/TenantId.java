package io.shopdesk.shared;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * Identifies a tenant (a merchant, or the platform itself). The value is the tenant's slug: 3 to 40 characters
 * of lower-case letters, digits and single hyphens, starting with a letter. It never changes after creation and
 * is also the alias of the tenant's Keycloak organization.
 */
public record TenantId(String value) implements Serializable {

    private static final Pattern SLUG = Pattern.compile("[a-z](?:[a-z0-9]|-(?=[a-z0-9])){2,39}");

    /** The platform's own tenant, to which platform staff belong. */
    public static final TenantId PLATFORM = new TenantId("platform");

    public TenantId {
        if (value == null || !SLUG.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a tenant slug: " + value);
        }
    }

    /** Whether the text is a well-formed slug, for validating user input before constructing an id. */
    public static boolean isValidSlug(String text) {
        return text != null && SLUG.matcher(text).matches();
    }

    public boolean isPlatform() {
        return PLATFORM.equals(this);
    }

    @Override
    public String toString() {
        return value;
    }
}
