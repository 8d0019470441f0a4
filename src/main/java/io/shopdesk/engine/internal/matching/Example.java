package io.shopdesk.engine.internal.matching;

/** One way of asking for a label: a FAQ entry's standard or similar question, or an approved review item. */
public record Example(String label, String text) {}
