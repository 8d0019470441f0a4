package io.shopdesk.handoff.internal;

import java.util.List;

/** What rules need beyond the conversation itself: sentiment, FAQ topics, agent availability. */
public interface PolicyFacts {

    /** How negative the text is, 0 (not at all) to 1. */
    double negativity(String text);

    /** The FAQ entry's category names, innermost first. */
    List<String> topicsOf(long faqEntryId);

    /** Whether an agent of the skill group ({@code null}: any) is online with capacity left. */
    boolean agentAvailable(String skillGroup);
}
