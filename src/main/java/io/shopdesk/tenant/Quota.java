package io.shopdesk.tenant;

/** What a plan limits. */
public enum Quota {
    FAQ_ENTRIES,
    CHANNELS,
    MONTHLY_CONVERSATIONS,
    SEATS
}
