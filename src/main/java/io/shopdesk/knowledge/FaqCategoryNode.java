package io.shopdesk.knowledge;

/** A node of the category tree, with how many entries sit directly in it. */
public record FaqCategoryNode(long id, Long parentId, String name, int position, long entryCount) {}
