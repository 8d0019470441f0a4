package io.shopdesk.conversation;

/**
 * Port: decides after each customer turn whether the conversation goes to people, implemented by the handoff module
 * (its ordered per-tenant rules). Called outside any transaction with the tenant set in {@code TenantContext}; must
 * be quick and must not fail for bad rules (a rule that cannot be evaluated does not fire).
 */
public interface HandoffAdvisor {

    HandoffAdvice advise(HandoffSituation situation);

    /** Used when no module provides an advisor: hand off exactly when the customer asks for a person. */
    HandoffAdvisor CUSTOMER_ASKS_ONLY = situation -> situation.askedForPerson()
            ? new HandoffAdvice(HandoffAction.HAND_OFF, "customer_asked", null, null, "the customer asked")
            : HandoffAdvice.stayWithBot("no handoff policy");
}
