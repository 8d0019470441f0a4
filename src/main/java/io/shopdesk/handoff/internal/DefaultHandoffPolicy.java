package io.shopdesk.handoff.internal;

import io.shopdesk.conversation.HandoffAction;
import io.shopdesk.handoff.HandoffRule;
import io.shopdesk.handoff.HandoffRuleType;
import java.util.List;

/**
 * The policy of a tenant that has not written its own: hand off when the customer asks for a person, or when the
 * bot could not answer two turns in a row; any agent may take it.
 */
public final class DefaultHandoffPolicy {

    public static final List<HandoffRule> RULES = List.of(
            new HandoffRule(
                    "customer_asked", HandoffRuleType.EXPLICIT_REQUEST, "", HandoffAction.HAND_OFF, null, null, true),
            new HandoffRule(
                    "low_confidence", HandoffRuleType.LOW_CONFIDENCE, "2", HandoffAction.HAND_OFF, null, null, true));

    private DefaultHandoffPolicy() {}
}
