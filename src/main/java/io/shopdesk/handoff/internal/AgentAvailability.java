package io.shopdesk.handoff.internal;

import io.shopdesk.shared.TenantId;

/** Whether an agent of a tenant's skill group could take a conversation now. */
public interface AgentAvailability {

    /** @param skillGroup {@code null} for any group */
    boolean available(TenantId tenant, String skillGroup);

    /** Whether this agent could take one more conversation now. */
    boolean available(TenantId tenant, String email, String skillGroup);
}
