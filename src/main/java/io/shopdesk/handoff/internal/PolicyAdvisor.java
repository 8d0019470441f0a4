package io.shopdesk.handoff.internal;

import io.shopdesk.conversation.HandoffAdvice;
import io.shopdesk.conversation.HandoffAdvisor;
import io.shopdesk.conversation.HandoffSituation;
import io.shopdesk.handoff.HandoffRule;
import io.shopdesk.knowledge.FaqTopics;
import io.shopdesk.shared.TenantId;
import java.util.List;
import org.springframework.stereotype.Component;

/** The runtime's handoff advisor: the tenant's policy through {@link HandoffPolicyEngine}. */
@Component
public class PolicyAdvisor implements HandoffAdvisor {

    private final PolicyCache policies;
    private final SentimentScorer sentiment;
    private final FaqTopics topics;
    private final AgentAvailability agents;

    PolicyAdvisor(PolicyCache policies, SentimentScorer sentiment, FaqTopics topics, AgentAvailability agents) {
        this.policies = policies;
        this.sentiment = sentiment;
        this.topics = topics;
        this.agents = agents;
    }

    @Override
    public HandoffAdvice advise(HandoffSituation situation) {
        return HandoffPolicyEngine.evaluate(
                policies.rulesFor(situation.tenant()), situation, facts(situation.tenant()));
    }

    /** Evaluates given rules (a draft policy in the simulator) with the runtime's facts. */
    public HandoffAdvice evaluate(List<HandoffRule> rules, HandoffSituation situation) {
        return HandoffPolicyEngine.evaluate(rules, situation, facts(situation.tenant()));
    }

    private PolicyFacts facts(TenantId tenant) {
        return new PolicyFacts() {
            @Override
            public double negativity(String text) {
                return sentiment.negativity(text);
            }

            @Override
            public List<String> topicsOf(long faqEntryId) {
                return topics.topicsOf(faqEntryId);
            }

            @Override
            public boolean agentAvailable(String skillGroup) {
                return agents.available(tenant, skillGroup);
            }
        };
    }
}
