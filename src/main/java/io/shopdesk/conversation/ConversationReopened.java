package io.shopdesk.conversation;

import io.shopdesk.shared.TenantId;
import java.time.Instant;

/** A closed conversation was opened again (the customer wrote again); it goes back to the bot or the last agent. */
public record ConversationReopened(TenantId tenant, String conversationId, boolean toLastAgent, Instant reopenedAt) {}
