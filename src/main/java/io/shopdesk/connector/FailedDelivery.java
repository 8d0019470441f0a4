package io.shopdesk.connector;

import java.time.Instant;

/**
 * A delivery the outbox gave up, as the tenant's admins see it.
 *
 * @param id the delivery's id, for {@link OutboundDeliveries#sendAgain}
 * @param channelName the channel's name, or {@code null} when the channel is no longer listed
 * @param lastError why it was given up
 * @param failedAt when it was given up
 */
public record FailedDelivery(
        long id,
        long channelId,
        String channelName,
        String channelType,
        String conversationId,
        int messageSeq,
        int attempts,
        String lastError,
        Instant failedAt) {}
