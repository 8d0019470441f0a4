package io.shopdesk.conversation;

import io.shopdesk.shared.TenantId;
import java.time.Instant;

/**
 * A customer started a conversation on a channel (counts towards the monthly conversation quota).
 *
 * @param conversationId the conversation's public id, as in every other conversation event
 * @param channelType the channel's type name ({@code WEB_WIDGET}, {@code API}, ...)
 * @param locale the conversation's language ({@code en} or {@code zh-CN})
 */
public record ConversationStarted(
        TenantId tenant, String conversationId, long channelId, String channelType, String locale, Instant startedAt) {}
