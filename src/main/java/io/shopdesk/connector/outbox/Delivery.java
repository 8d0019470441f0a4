package io.shopdesk.connector.outbox;

import io.shopdesk.channel.ChannelType;
import io.shopdesk.shared.TenantId;
import java.time.Instant;

/** A claimed outbox row, as the senders need it. */
record Delivery(
        long id,
        TenantId tenant,
        long channelId,
        ChannelType channelType,
        String idempotencyKey,
        String conversationId,
        String externalUser,
        int messageSeq,
        String author,
        String text,
        Instant sentAt,
        int attempts) {}
