package io.shopdesk.channel;

/** A revoked channel's keys no longer work; revoking cannot be undone (create a new channel instead). */
public enum ChannelStatus {
    ACTIVE,
    REVOKED
}
