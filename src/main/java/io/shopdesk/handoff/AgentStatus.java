package io.shopdesk.handoff;

import java.util.Set;

/**
 * An agent's desk: presence, skill groups (empty: every group), capacity and how many conversations they own now.
 */
public record AgentStatus(String email, Presence presence, Set<String> skillGroups, int maxChats, int ownedChats) {

    public AgentStatus {
        skillGroups = Set.copyOf(skillGroups);
    }

    /** Whether the agent may accept one more conversation. */
    public boolean hasCapacity() {
        return presence == Presence.ONLINE && ownedChats < maxChats;
    }
}
