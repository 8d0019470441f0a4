package io.shopdesk.orders.internal;

/**
 * A tenant's order lookup as the chat path uses it: valid settings and the auth header's value, opened.
 *
 * @param authHeaderValue {@code null} when no header is sent
 */
public record ActiveLookup(ValidSettings settings, String authHeaderValue) {

    @Override
    public String toString() {
        return "ActiveLookup[" + settings.urlTemplate() + "]";
    }
}
