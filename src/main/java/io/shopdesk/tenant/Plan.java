package io.shopdesk.tenant;

/** A plan and its quotas. */
public record Plan(String code, int maxFaqEntries, int maxChannels, int maxMonthlyConversations, int maxSeats) {

    public long limitOf(Quota quota) {
        return switch (quota) {
            case FAQ_ENTRIES -> maxFaqEntries;
            case CHANNELS -> maxChannels;
            case MONTHLY_CONVERSATIONS -> maxMonthlyConversations;
            case SEATS -> maxSeats;
        };
    }
}
