package io.shopdesk.handoff.internal;

import io.shopdesk.conversation.HandoffAdvice;
import io.shopdesk.conversation.HandoffAdvisor;
import io.shopdesk.conversation.HandoffSituation;
import io.shopdesk.conversation.ReopenRoute;
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

    private final HandoffSettingsRepository settings;

    PolicyAdvisor(
            PolicyCache policies,
            SentimentScorer sentiment,
            FaqTopics topics,
            AgentAvailability agents,
            HandoffSettingsRepository settings) {
        this.policies = policies;
        this.sentiment = sentiment;
        this.topics = topics;
        this.agents = agents;
        this.settings = settings;
    }

    /**
     * The tenant's reopen setting ({@link ReopenRoute#BOT} by default); "last agent" becomes "queue" when that agent
     * cannot take the conversation now (away, not in the workspace, or full).
     */
    @Override
    public ReopenRoute reopen(TenantId tenant, String lastAgent, String skillGroup) {
        var route = reopenRoute(tenant);
        if (route == ReopenRoute.LAST_AGENT
                && (lastAgent == null || !agents.available(tenant, lastAgent, skillGroup))) {
            return ReopenRoute.QUEUE;
        }
        return route;
    }

    /** The tenant's reopen setting as saved, {@link ReopenRoute#BOT} when never saved. */
    public ReopenRoute reopenRoute(TenantId tenant) {
        return settings.findById(tenant.value()).map(HandoffSettings::reopenTo).orElse(ReopenRoute.BOT);
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
