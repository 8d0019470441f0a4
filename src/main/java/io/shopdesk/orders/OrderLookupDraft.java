package io.shopdesk.orders;

/**
 * A tenant admin's changes to the order lookup.
 *
 * @param authHeaderName the header to send, blank for none (any stored value is then removed)
 * @param authHeaderValue a new value for the header, blank to keep the stored one
 */
public record OrderLookupDraft(
        boolean enabled,
        String urlTemplate,
        String authHeaderName,
        String authHeaderValue,
        String orderNumberPattern,
        OrderFieldMapping mapping) {}
