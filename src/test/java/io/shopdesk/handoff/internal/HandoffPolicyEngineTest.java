package io.shopdesk.handoff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.conversation.BotOutcome;
import io.shopdesk.conversation.HandoffAction;
import io.shopdesk.conversation.HandoffAdvice;
import io.shopdesk.conversation.HandoffSituation;
import io.shopdesk.conversation.TurnFact;
import io.shopdesk.handoff.HandoffRule;
import io.shopdesk.handoff.HandoffRuleType;
import io.shopdesk.shared.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HandoffPolicyEngineTest {

    /** Wednesday 2026-12-02 10:00 in Shanghai. */
    private static final Instant WEDNESDAY_MORNING_SHANGHAI = Instant.parse("2026-12-02T02:00:00Z");

    private static final TurnFact ANSWERED = new TurnFact(BotOutcome.ANSWERED, 0.93, 11L);
    private static final TurnFact SUGGESTED = new TurnFact(BotOutcome.SUGGESTED, 0.55, 12L);
    private static final TurnFact FALLBACK = new TurnFact(BotOutcome.FALLBACK, 0.1, null);

    private final FakeFacts facts = new FakeFacts();

    @Test
    void an_explicit_request_hands_off_to_the_rules_skill_group() {
        var advice = evaluate(
                List.of(rule("asked", HandoffRuleType.EXPLICIT_REQUEST, "", HandoffAction.HAND_OFF, "general")),
                situation("转人工", true, List.of()));

        assertThat(advice.action()).isEqualTo(HandoffAction.HAND_OFF);
        assertThat(advice.rule()).isEqualTo("asked");
        assertThat(advice.skillGroup()).isEqualTo("general");
        assertThat(advice.explanation()).contains("asked for a person");
    }

    @Test
    void an_explicit_request_rule_ignores_customers_who_did_not_ask() {
        var advice = evaluate(
                List.of(rule("asked", HandoffRuleType.EXPLICIT_REQUEST, "", HandoffAction.HAND_OFF, null)),
                situation("where is my parcel", false, List.of(FALLBACK)));

        assertThat(advice.action()).isEqualTo(HandoffAction.STAY_WITH_BOT);
        assertThat(advice.rule()).isNull();
    }

    @Test
    void low_confidence_fires_after_n_consecutive_failed_turns_only() {
        var rules = List.of(rule("low", HandoffRuleType.LOW_CONFIDENCE, "2", HandoffAction.HAND_OFF, null));

        assertThat(evaluate(rules, situation("x", false, List.of(FALLBACK))).action())
                .isEqualTo(HandoffAction.STAY_WITH_BOT);
        assertThat(evaluate(rules, situation("x", false, List.of(FALLBACK, ANSWERED)))
                        .action())
                .isEqualTo(HandoffAction.STAY_WITH_BOT);
        assertThat(evaluate(rules, situation("x", false, List.of(ANSWERED, SUGGESTED, FALLBACK))))
                .satisfies(advice -> {
                    assertThat(advice.action()).isEqualTo(HandoffAction.HAND_OFF);
                    assertThat(advice.explanation()).contains("2 consecutive turns");
                });
    }

    @Test
    void low_confidence_with_a_confidence_line_counts_answers_below_it() {
        var rules = List.of(rule("low", HandoffRuleType.LOW_CONFIDENCE, "2:0.6", HandoffAction.HAND_OFF, null));

        assertThat(evaluate(rules, situation("x", false, List.of(SUGGESTED, SUGGESTED)))
                        .action())
                .isEqualTo(HandoffAction.HAND_OFF);
        var sure = new TurnFact(BotOutcome.SUGGESTED, 0.7, 3L);
        assertThat(evaluate(rules, situation("x", false, List.of(SUGGESTED, sure)))
                        .action())
                .isEqualTo(HandoffAction.STAY_WITH_BOT);
    }

    @Test
    void negative_sentiment_at_or_above_the_threshold_soothes_and_hands_off() {
        var rules = List.of(new HandoffRule(
                "angry",
                HandoffRuleType.NEGATIVE_SENTIMENT,
                "0.6",
                HandoffAction.SOOTHE_AND_HAND_OFF,
                "complaints",
                "I'm sorry about this, a colleague will help you right away.",
                true));

        var angry = evaluate(rules, situation("This is terrible, worst shop ever", false, List.of()));
        assertThat(angry.action()).isEqualTo(HandoffAction.SOOTHE_AND_HAND_OFF);
        assertThat(angry.message()).startsWith("I'm sorry");
        assertThat(angry.explanation()).contains("negativity 0.67");
        assertThat(evaluate(rules, situation("This is terrible", false, List.of()))
                        .action())
                .as("one word scores 0.5, below the threshold")
                .isEqualTo(HandoffAction.STAY_WITH_BOT);
    }

    @Test
    void keywords_match_anywhere_in_the_message_ignoring_case() {
        var rules = List.of(rule("legal", HandoffRuleType.KEYWORD, "lawyer, 律师,消协", HandoffAction.HAND_OFF, "legal"));

        assertThat(evaluate(rules, situation("I will call my LAWYER", false, List.of()))
                        .explanation())
                .contains("\"lawyer\"");
        assertThat(evaluate(rules, situation("我要找消协投诉", false, List.of())).skillGroup())
                .isEqualTo("legal");
        assertThat(evaluate(rules, situation("where is my law book", false, List.of()))
                        .action())
                .isEqualTo(HandoffAction.STAY_WITH_BOT);
    }

    @Test
    void a_regex_matches_order_numbers_and_a_broken_regex_never_fires() {
        var rules = List.of(rule("order", HandoffRuleType.REGEX, "\\bSD-\\d{6}\\b", HandoffAction.OFFER_PERSON, null));

        assertThat(evaluate(rules, situation("my order sd-123456 is late", false, List.of()))
                        .action())
                .isEqualTo(HandoffAction.OFFER_PERSON);
        assertThat(evaluate(rules, situation("my order 123456 is late", false, List.of()))
                        .action())
                .isEqualTo(HandoffAction.STAY_WITH_BOT);
        var broken = List.of(rule("broken", HandoffRuleType.REGEX, "(", HandoffAction.HAND_OFF, null));
        assertThat(evaluate(broken, situation("(", false, List.of())).action()).isEqualTo(HandoffAction.STAY_WITH_BOT);
    }

    @Test
    void a_customer_attribute_sends_vip_customers_to_their_group() {
        var rules = List.of(
                rule("vip", HandoffRuleType.CUSTOMER_ATTRIBUTE, "tier=VIP,SVIP", HandoffAction.HAND_OFF, "vip"));

        var vip = evaluate(rules, situation("hello", false, List.of(), Map.of("tier", "svip")));
        assertThat(vip.action()).isEqualTo(HandoffAction.HAND_OFF);
        assertThat(vip.skillGroup()).isEqualTo("vip");
        assertThat(evaluate(rules, situation("hello", false, List.of(), Map.of("tier", "gold")))
                        .action())
                .isEqualTo(HandoffAction.STAY_WITH_BOT);
        assertThat(evaluate(rules, situation("hello", false, List.of())).action())
                .isEqualTo(HandoffAction.STAY_WITH_BOT);
    }

    @Test
    void a_topic_matches_the_category_of_the_bots_entry_or_a_parent() {
        facts.topics = Map.of(12L, List.of("Late refunds", "Refunds"), 11L, List.of("Shipping"));
        var rules = List.of(rule("refunds", HandoffRuleType.TOPIC, "refunds, 退款", HandoffAction.HAND_OFF, "billing"));

        assertThat(evaluate(rules, situation("money back?", false, List.of(SUGGESTED)))
                        .explanation())
                .contains("about Refunds");
        assertThat(evaluate(rules, situation("parcel?", false, List.of(ANSWERED)))
                        .action())
                .isEqualTo(HandoffAction.STAY_WITH_BOT);
        assertThat(evaluate(rules, situation("???", false, List.of(FALLBACK))).action())
                .isEqualTo(HandoffAction.STAY_WITH_BOT);
    }

    @Test
    void outside_business_hours_a_handoff_becomes_a_message_with_the_guard_as_reason() {
        var rules = List.of(
                rule("asked", HandoffRuleType.EXPLICIT_REQUEST, "", HandoffAction.HAND_OFF, "general"),
                rule(
                        "closed",
                        HandoffRuleType.OUTSIDE_BUSINESS_HOURS,
                        "MON-FRI 09:00-18:00; SAT 10:00-12:00 Asia/Shanghai",
                        HandoffAction.TAKE_MESSAGE,
                        null));

        assertThat(evaluate(rules, situation("人工", true, List.of())).action()).isEqualTo(HandoffAction.HAND_OFF);
        var evening = evaluate(rules, at(situation("人工", true, List.of()), "2026-12-02T11:30:00Z"));
        assertThat(evening.action()).isEqualTo(HandoffAction.TAKE_MESSAGE);
        assertThat(evening.rule()).isEqualTo("closed");
        assertThat(evening.skillGroup()).isEqualTo("general");
        assertThat(evening.explanation()).contains("asked").contains("outside business hours");
        var sunday = evaluate(rules, at(situation("人工", true, List.of()), "2026-12-06T03:00:00Z"));
        assertThat(sunday.action()).isEqualTo(HandoffAction.TAKE_MESSAGE);
    }

    @Test
    void without_an_available_agent_of_the_group_the_customer_leaves_a_message() {
        var rules = List.of(
                rule("asked", HandoffRuleType.EXPLICIT_REQUEST, "", HandoffAction.HAND_OFF, "billing"),
                rule("nobody", HandoffRuleType.NO_AGENT_AVAILABLE, "", HandoffAction.TAKE_MESSAGE, null));

        facts.onlineGroups = Set.of("general");
        var advice = evaluate(rules, situation("human", true, List.of()));
        assertThat(advice.action()).isEqualTo(HandoffAction.TAKE_MESSAGE);
        assertThat(advice.explanation()).contains("no agent of billing");

        facts.onlineGroups = Set.of("billing");
        assertThat(evaluate(rules, situation("human", true, List.of())).action())
                .isEqualTo(HandoffAction.HAND_OFF);
    }

    @Test
    void guards_are_not_checked_while_the_bot_keeps_the_conversation() {
        var rules = List.of(rule("nobody", HandoffRuleType.NO_AGENT_AVAILABLE, "", HandoffAction.TAKE_MESSAGE, null));

        assertThat(evaluate(rules, situation("hello", false, List.of(FALLBACK))).action())
                .isEqualTo(HandoffAction.STAY_WITH_BOT);
    }

    @Test
    void rules_apply_in_order_and_disabled_rules_are_skipped() {
        var rules = List.of(
                new HandoffRule("off", HandoffRuleType.KEYWORD, "refund", HandoffAction.HAND_OFF, "x", null, false),
                rule("stay", HandoffRuleType.KEYWORD, "refund", HandoffAction.STAY_WITH_BOT, null),
                rule("asked", HandoffRuleType.EXPLICIT_REQUEST, "", HandoffAction.HAND_OFF, null));

        var advice = evaluate(rules, situation("refund, human", true, List.of()));
        assertThat(advice.action()).isEqualTo(HandoffAction.STAY_WITH_BOT);
        assertThat(advice.rule()).isEqualTo("stay");
    }

    @Test
    void the_default_policy_hands_off_when_asked_or_after_two_failed_turns() {
        assertThat(evaluate(DefaultHandoffPolicy.RULES, situation("人工客服", true, List.of()))
                        .rule())
                .isEqualTo("customer_asked");
        assertThat(evaluate(DefaultHandoffPolicy.RULES, situation("?", false, List.of(FALLBACK)))
                        .action())
                .isEqualTo(HandoffAction.STAY_WITH_BOT);
        assertThat(evaluate(DefaultHandoffPolicy.RULES, situation("?", false, List.of(FALLBACK, FALLBACK)))
                        .rule())
                .isEqualTo("low_confidence");
    }

    private HandoffAdvice evaluate(List<HandoffRule> rules, HandoffSituation situation) {
        return HandoffPolicyEngine.evaluate(rules, situation, facts);
    }

    private static HandoffRule rule(
            String name, HandoffRuleType type, String parameter, HandoffAction action, String group) {
        return new HandoffRule(name, type, parameter, action, group, null, true);
    }

    private static HandoffSituation situation(String text, boolean asked, List<TurnFact> turns) {
        return situation(text, asked, turns, Map.of());
    }

    private static HandoffSituation situation(
            String text, boolean asked, List<TurnFact> turns, Map<String, String> attributes) {
        return new HandoffSituation(
                new TenantId("acme"),
                "c1",
                "WEB_WIDGET",
                "en",
                text,
                asked,
                turns,
                attributes,
                WEDNESDAY_MORNING_SHANGHAI);
    }

    private static HandoffSituation at(HandoffSituation situation, String instant) {
        return new HandoffSituation(
                situation.tenant(),
                situation.conversationId(),
                situation.channelType(),
                situation.locale(),
                situation.customerText(),
                situation.askedForPerson(),
                situation.turns(),
                situation.attributes(),
                Instant.parse(instant));
    }

    private static final class FakeFacts implements PolicyFacts {

        private final WordListSentimentScorer sentiment = new WordListSentimentScorer();
        Map<Long, List<String>> topics = Map.of();
        Set<String> onlineGroups = Set.of();

        @Override
        public double negativity(String text) {
            return sentiment.negativity(text);
        }

        @Override
        public List<String> topicsOf(long faqEntryId) {
            return topics.getOrDefault(faqEntryId, List.of());
        }

        @Override
        public boolean agentAvailable(String skillGroup) {
            return skillGroup == null ? !onlineGroups.isEmpty() : onlineGroups.contains(skillGroup);
        }
    }
}
