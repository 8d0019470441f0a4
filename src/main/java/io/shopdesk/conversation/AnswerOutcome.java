package io.shopdesk.conversation;

import io.shopdesk.knowledge.FaqEntryOutcome;
import io.shopdesk.shared.TenantId;
import java.time.Instant;

/**
 * What happened to a FAQ entry in a conversation, for the knowledge module's per-entry statistics: the bot answered
 * with it ({@code MATCHED}, also when the customer picked it among suggestions), or the customer voted on that
 * answer ({@code HELPFUL}, {@code NOT_HELPFUL}; a changed vote reports the new value).
 */
public record AnswerOutcome(TenantId tenant, long faqEntryId, Kind kind, Instant at) implements FaqEntryOutcome {}
