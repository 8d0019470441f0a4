package io.shopdesk.handoff;

import io.shopdesk.conversation.BotPreview;
import io.shopdesk.conversation.HandoffSituation;
import io.shopdesk.conversation.TurnFact;
import io.shopdesk.handoff.internal.PolicyAdvisor;
import io.shopdesk.security.Roles;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.BusinessRuleException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Runs a pasted conversation through a handoff policy with the same engine, bot and facts as the runtime, and tells
 * per customer line which rule fires and why. Lines are the customer's unless they start with {@code bot:} or
 * {@code agent:} (those are skipped: the bot's turns are computed afresh); a line {@code [button]} presses "talk to
 * a person"; {@code customer:}, {@code 顾客:} or {@code 客户:} prefixes are optional. Stops at the first handoff, as
 * the conversation would then wait for an agent. Stores nothing.
 */
@Service
public class HandoffSimulator {

    public static final int MAX_LINES = 50;

    private final BotPreview bot;
    private final PolicyAdvisor advisor;

    HandoffSimulator(BotPreview bot, PolicyAdvisor advisor) {
        this.bot = bot;
        this.advisor = advisor;
    }

    /**
     * @param rules the policy to try (the saved one, or a draft)
     * @param attributes customer attributes, as the shop would pass them
     * @param at when the conversation happens (business hours)
     */
    @PreAuthorize(Roles.HAS_TENANT_ADMIN)
    public List<SimulatedTurn> simulate(
            List<HandoffRule> rules, String conversation, Map<String, String> attributes, Instant at) {
        HandoffPolicies.check(rules);
        var tenant = TenantContext.require();
        String[] lines = conversation == null ? new String[0] : conversation.split("\\R");
        if (lines.length > MAX_LINES) {
            throw BusinessRuleException.onField("conversation", "handoff.error.simulator-too-long", MAX_LINES);
        }
        var results = new ArrayList<SimulatedTurn>();
        var turns = new ArrayList<TurnFact>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            String lower = line.toLowerCase(Locale.ROOT);
            if (line.isEmpty() || lower.startsWith("bot:") || lower.startsWith("agent:")) {
                continue;
            }
            boolean button = lower.equals("[button]");
            String text = button ? null : withoutPrefix(line);
            if (text != null && text.isBlank()) {
                continue;
            }
            var preview = button ? null : bot.preview(tenant, text);
            boolean asks = button || preview.asksForPerson();
            var situationTurns = new ArrayList<>(turns);
            if (preview != null && !asks) {
                situationTurns.add(preview.turn());
            }
            var advice = advisor.evaluate(
                    rules,
                    new HandoffSituation(
                            tenant, "simulation", "WEB_WIDGET", "", text, asks, situationTurns, attributes, at));
            if (!advice.action().handsOff() && asks && preview != null) {
                situationTurns.add(preview.turn());
            }
            var shown = asks && advice.action().handsOff() ? null : preview == null ? null : preview.turn();
            results.add(new SimulatedTurn(
                    i + 1,
                    button ? "[button]" : text,
                    shown == null ? null : shown.outcome(),
                    shown == null ? 0 : shown.confidence(),
                    advice.action(),
                    advice.rule(),
                    advice.skillGroup(),
                    advice.explanation()));
            turns.clear();
            turns.addAll(situationTurns);
            if (advice.action().handsOff()) {
                break;
            }
        }
        return results;
    }

    private static String withoutPrefix(String line) {
        for (String prefix : List.of("customer:", "顾客:", "顾客：", "客户:", "客户：")) {
            if (line.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return line.substring(prefix.length()).strip();
            }
        }
        return line;
    }
}
