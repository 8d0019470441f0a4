package io.shopdesk.handoff;

/** Whether an agent takes conversations now: {@code AWAY} agents get none and cannot accept any. */
public enum Presence {
    ONLINE,
    AWAY
}
