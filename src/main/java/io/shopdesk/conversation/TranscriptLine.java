package io.shopdesk.conversation;

import java.time.Instant;

/**
 * One message of a conversation as agents see it: with the bot's outcome and confidence for its turns
 * ({@code null} for other messages).
 */
public record TranscriptLine(
        int seq,
        MessageAuthor author,
        MessageKind kind,
        String text,
        Instant sentAt,
        BotOutcome outcome,
        Double confidence,
        Long faqEntryId) {}
