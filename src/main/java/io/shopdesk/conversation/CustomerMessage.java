package io.shopdesk.conversation;

/**
 * What a customer sends. {@code clientMessageId} makes sending idempotent: sending it again returns the stored reply
 * and is never answered twice. Either {@code text}, or {@code choice} to pick a quick reply of an earlier "did you
 * mean" message (then the text is that suggestion's question).
 */
public record CustomerMessage(String clientMessageId, String text, Choice choice) {

    /** A pick among the suggestions of the bot message with sequence number {@code messageSeq}. */
    public record Choice(int messageSeq, long faqEntryId) {}
}
