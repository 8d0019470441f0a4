package io.shopdesk.knowledge;

/** Only published entries (within their validity dates) are answered by the bot. */
public enum FaqStatus {
    DRAFT,
    PUBLISHED
}
