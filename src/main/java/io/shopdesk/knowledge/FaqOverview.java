package io.shopdesk.knowledge;

/** FAQ figures for the trainers' dashboard; {@code expiringSoon} end their validity within seven days. */
public record FaqOverview(long total, long published, long drafts, long answerable, long expiringSoon) {}
