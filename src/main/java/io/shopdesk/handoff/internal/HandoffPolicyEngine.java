package io.shopdesk.handoff.internal;

import io.shopdesk.conversation.BotOutcome;
import io.shopdesk.conversation.HandoffAction;
import io.shopdesk.conversation.HandoffAdvice;
import io.shopdesk.conversation.HandoffSituation;
import io.shopdesk.conversation.TurnFact;
import io.shopdesk.handoff.HandoffRule;
import io.shopdesk.shared.BusinessHours;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Evaluates a handoff policy for one turn; the runtime and the simulator both use it. The first enabled trigger
 * rule that matches decides; when its action involves a person, the first enabled guard that matches replaces the
 * action (and becomes the reason), keeping the trigger's skill group unless it names its own. A rule whose parameter
 * cannot be read never matches. Pure: everything outside the conversation comes from {@link PolicyFacts}.
 */
public final class HandoffPolicyEngine {

    private HandoffPolicyEngine() {}

    public static HandoffAdvice evaluate(List<HandoffRule> rules, HandoffSituation situation, PolicyFacts facts) {
        for (HandoffRule rule : rules) {
            if (!rule.enabled() || rule.type().guard()) {
                continue;
            }
            var why = triggered(rule, situation, facts);
            if (why.isPresent()) {
                var decided = new HandoffAdvice(
                        rule.action(), rule.name(), rule.skillGroup(), rule.message(), rule.name() + ": " + why.get());
                return rule.action() == HandoffAction.STAY_WITH_BOT
                        ? decided
                        : guarded(rules, decided, situation, facts);
            }
        }
        return HandoffAdvice.stayWithBot("no rule matched");
    }

    private static HandoffAdvice guarded(
            List<HandoffRule> rules, HandoffAdvice decided, HandoffSituation situation, PolicyFacts facts) {
        for (HandoffRule guard : rules) {
            if (!guard.enabled() || !guard.type().guard()) {
                continue;
            }
            String group = guard.skillGroup() != null ? guard.skillGroup() : decided.skillGroup();
            var why = guardMatches(guard, group, situation, facts);
            if (why.isPresent()) {
                return new HandoffAdvice(
                        guard.action(),
                        guard.name(),
                        group,
                        guard.message(),
                        decided.explanation() + "; then " + guard.name() + ": " + why.get());
            }
        }
        return decided;
    }

    /** Why the trigger matches, or empty. */
    static Optional<String> triggered(HandoffRule rule, HandoffSituation situation, PolicyFacts facts) {
        String text = situation.customerText() == null ? "" : situation.customerText();
        try {
            return switch (rule.type()) {
                case EXPLICIT_REQUEST ->
                    situation.askedForPerson() ? Optional.of("the customer asked for a person") : Optional.empty();
                case LOW_CONFIDENCE -> lowConfidence(rule.parameter(), situation.turns());
                case NEGATIVE_SENTIMENT -> {
                    double threshold = rule.parameter().isEmpty() ? 0.5 : Double.parseDouble(rule.parameter());
                    double score = facts.negativity(text);
                    yield score >= threshold && score > 0
                            ? Optional.of(String.format(Locale.ROOT, "negativity %.2f >= %.2f", score, threshold))
                            : Optional.empty();
                }
                case KEYWORD -> {
                    String lower = text.toLowerCase(Locale.ROOT);
                    yield words(rule.parameter()).stream()
                            .filter(word -> lower.contains(word.toLowerCase(Locale.ROOT)))
                            .findFirst()
                            .map(word -> "the message contains \"" + word + "\"");
                }
                case REGEX ->
                    compile(rule.parameter()).matcher(text).find()
                            ? Optional.of("the message matches /" + rule.parameter() + "/")
                            : Optional.empty();
                case CUSTOMER_ATTRIBUTE -> attribute(rule.parameter(), situation);
                case TOPIC -> topic(rule.parameter(), situation, facts);
                case OUTSIDE_BUSINESS_HOURS, NO_AGENT_AVAILABLE -> Optional.empty();
            };
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<String> guardMatches(
            HandoffRule guard, String group, HandoffSituation situation, PolicyFacts facts) {
        try {
            return switch (guard.type()) {
                case OUTSIDE_BUSINESS_HOURS ->
                    BusinessHours.parse(guard.parameter()).isOpen(situation.at())
                            ? Optional.empty()
                            : Optional.of("outside business hours (" + guard.parameter() + ")");
                case NO_AGENT_AVAILABLE ->
                    facts.agentAvailable(group)
                            ? Optional.empty()
                            : Optional.of(
                                    group == null ? "no agent is available" : "no agent of " + group + " is available");
                default -> Optional.empty();
            };
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<String> lowConfidence(String parameter, List<TurnFact> turns) {
        String[] parts = parameter.isEmpty() ? new String[] {"2"} : parameter.split(":");
        int needed = Integer.parseInt(parts[0].strip());
        Double below = parts.length > 1 ? Double.valueOf(parts[1].strip()) : null;
        if (needed < 1 || turns.size() < needed) {
            return Optional.empty();
        }
        for (TurnFact turn : turns.subList(turns.size() - needed, turns.size())) {
            boolean low = below != null
                    ? turn.outcome() == BotOutcome.FALLBACK || turn.confidence() < below
                    : turn.outcome() == BotOutcome.FALLBACK || turn.outcome() == BotOutcome.SUGGESTED;
            if (!low) {
                return Optional.empty();
            }
        }
        return Optional.of(needed + " consecutive turns the bot could not answer");
    }

    private static Optional<String> attribute(String parameter, HandoffSituation situation) {
        int equals = parameter.indexOf('=');
        if (equals <= 0) {
            throw new IllegalArgumentException("expected key=value");
        }
        String key = parameter.substring(0, equals).strip();
        String actual = situation.attributes().entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(key))
                .map(entry -> entry.getValue())
                .findFirst()
                .orElse(null);
        if (actual == null) {
            return Optional.empty();
        }
        return words(parameter.substring(equals + 1)).stream()
                .filter(actual::equalsIgnoreCase)
                .findFirst()
                .map(value -> "the customer's " + key + " is " + actual);
    }

    private static Optional<String> topic(String parameter, HandoffSituation situation, PolicyFacts facts) {
        if (situation.turns().isEmpty() || situation.turns().getLast().faqEntryId() == null) {
            return Optional.empty();
        }
        var wanted = words(parameter);
        return facts.topicsOf(situation.turns().getLast().faqEntryId()).stream()
                .filter(topic -> wanted.stream().anyMatch(topic::equalsIgnoreCase))
                .findFirst()
                .map(topic -> "the question is about " + topic);
    }

    /** The comma- or line-separated words of a parameter, blanks left out. */
    public static List<String> words(String parameter) {
        return Arrays.stream(parameter.split("[,，\\n]"))
                .map(String::strip)
                .filter(word -> !word.isEmpty())
                .toList();
    }

    public static Pattern compile(String regex) {
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (java.util.regex.PatternSyntaxException bad) {
            throw new IllegalArgumentException(bad.getDescription());
        }
    }
}
