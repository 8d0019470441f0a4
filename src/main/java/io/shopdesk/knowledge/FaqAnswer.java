package io.shopdesk.knowledge;

/**
 * The answer of one FAQ entry for one channel type.
 *
 * @param question the entry's standard question (for "did you mean" lists)
 * @param html sanitized HTML: safe to insert into a page as is
 * @param plainText the same answer for channels that cannot show HTML: paragraphs and line breaks as new lines,
 *     links as "text (url)", images as their URL
 * @param variantChannelType the channel type whose variant this is, or null when it is the default answer
 */
public record FaqAnswer(long entryId, String question, String html, String plainText, String variantChannelType) {}
