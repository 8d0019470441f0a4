package io.shopdesk.handoff;

/**
 * A member who can take conversations, as the admin's agent list shows them: their desk, and whether their workspace
 * showed them recently (an agent online but not there gets no handoffs).
 */
public record TeamAgent(String displayName, AgentStatus status, boolean inWorkspace) {

    public String email() {
        return status.email();
    }
}
