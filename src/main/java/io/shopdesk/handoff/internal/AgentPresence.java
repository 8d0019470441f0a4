package io.shopdesk.handoff.internal;

import io.shopdesk.shared.TenantId;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Agents online on this node, per tenant, with their skill groups: the agent workspace marks an agent online while
 * it is open and not set to away. With several nodes each node knows only its own agents (a later issue shares it).
 */
@Component
public class AgentPresence implements AgentAvailability {

    private record Agent(TenantId tenant, String email) {}

    private final ConcurrentHashMap<Agent, Set<String>> online = new ConcurrentHashMap<>();

    public void online(TenantId tenant, String email, Set<String> skillGroups) {
        online.put(new Agent(tenant, email), Set.copyOf(skillGroups));
    }

    public void away(TenantId tenant, String email) {
        online.remove(new Agent(tenant, email));
    }

    @Override
    public boolean available(TenantId tenant, String skillGroup) {
        return online.entrySet().stream()
                .anyMatch(entry -> entry.getKey().tenant().equals(tenant)
                        && (skillGroup == null
                                || entry.getValue().isEmpty()
                                || entry.getValue().contains(skillGroup)));
    }
}
