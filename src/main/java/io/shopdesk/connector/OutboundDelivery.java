package io.shopdesk.connector;

import java.time.Instant;

/**
 * One message of the agent side on its way to a webhook, Telegram or WeChat customer, as the outbox tracks it.
 *
 * @param idempotencyKey the same on every attempt; sent as {@code Idempotency-Key} and as {@code deliveryId}
 * @param messageSeq the message's sequence number in the conversation
 * @param attempts how many times it was sent so far
 * @param nextAttemptAt when a pending delivery is sent next
 * @param lastStatus the HTTP status of the last attempt (WeChat answers errors with 200 and an errcode in
 *     {@code lastError}), {@code null} when there was no answer (or no attempt yet)
 * @param lastError why the last attempt failed, or why the delivery was given up; {@code null} after success
 * @param finishedAt when it was delivered or given up
 */
public record OutboundDelivery(
        String idempotencyKey,
        String conversationId,
        int messageSeq,
        String channelType,
        DeliveryStatus status,
        int attempts,
        Instant nextAttemptAt,
        Integer lastStatus,
        String lastError,
        Instant finishedAt) {}
