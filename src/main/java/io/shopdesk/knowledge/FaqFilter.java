package io.shopdesk.knowledge;

/**
 * Which entries the FAQ grid (and an export) shows. {@code text} matches the question, the key and the similar
 * questions (contains, case-insensitive); {@code categoryId} includes the category's sub-categories;
 * {@code withoutCategory} shows only entries in no category. Null or blank parts do not filter.
 */
public record FaqFilter(String text, FaqStatus status, Long categoryId, boolean withoutCategory, String tag) {

    public static final FaqFilter ALL = new FaqFilter(null, null, null, false, null);

    public FaqFilter withText(String newText) {
        return new FaqFilter(newText, status, categoryId, withoutCategory, tag);
    }
}
