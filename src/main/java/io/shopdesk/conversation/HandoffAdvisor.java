package io.shopdesk.conversation;

/**
 * Port: decides after each customer turn whether the conversation goes to people, implemented by the handoff module
 * (its ordered per-tenant rules). Called outside any transaction with the tenant set in {@code TenantContext}; must
 * be quick and must not fail for bad rules (a rule that cannot be evaluated does not fire).
 */
public interface HandoffAdvisor {

    HandoffAdvice advise(HandoffSituation situation);

    /**
     * Where a closed conversation goes when its customer writes again; {@link ReopenRoute#LAST_AGENT} only when that
     * agent can take it now. Called like {@link #advise}.
     *
     * @param lastAgent the e-mail of the agent who had it, {@code null} when no agent did
     * @param skillGroup the skill group it was handed to, {@code null} for any
     */
    default ReopenRoute reopen(io.shopdesk.shared.TenantId tenant, String lastAgent, String skillGroup) {
        return ReopenRoute.BOT;
    }

    /** Used when no module provides an advisor: hand off exactly when the customer asks for a person. */
    HandoffAdvisor CUSTOMER_ASKS_ONLY = situation -> situation.askedForPerson()
            ? new HandoffAdvice(HandoffAction.HAND_OFF, "customer_asked", null, null, "the customer asked")
            : HandoffAdvice.stayWithBot("no handoff policy");
}
