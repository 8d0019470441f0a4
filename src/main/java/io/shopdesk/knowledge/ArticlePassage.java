package io.shopdesk.knowledge;

/**
 * A passage of a knowledge article, as the engine retrieves it and the bot quotes it with its source.
 *
 * @param heading the heading path above the passage ("Returns > Refund timing"), empty when there is none
 * @param position the passage's place in the article, from 0
 * @param sourceName the uploaded file's name, or "pasted" for pasted text
 */
public record ArticlePassage(
        long id, long articleId, String articleTitle, String sourceName, String heading, int position, String text) {}
