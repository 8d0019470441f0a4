package io.shopdesk.handoff;

/**
 * What a handoff rule looks at, and what its parameter means. Triggers decide whether to hand off; guards
 * ({@link #OUTSIDE_BUSINESS_HOURS}, {@link #NO_AGENT_AVAILABLE}) are checked only once a trigger wants a person,
 * and replace its action (typically with "take a message").
 */
public enum HandoffRuleType {
    /** The customer asked for a person (the button, "转人工", "human"); no parameter. */
    EXPLICIT_REQUEST(false),
    /** The last N bot turns all fell back or only suggested; parameter {@code N}, or {@code N:0.4} for "below 0.4". */
    LOW_CONFIDENCE(false),
    /** The customer's message scores at least the threshold (0 to 1) on negativity; parameter e.g. {@code 0.5}. */
    NEGATIVE_SENTIMENT(false),
    /** The message contains one of the words; parameter: words separated by commas or new lines. */
    KEYWORD(false),
    /** The message matches the regular expression (case-insensitive, found anywhere); parameter: the expression. */
    REGEX(false),
    /** A customer attribute has one of the values; parameter e.g. {@code tier=VIP,SVIP}. */
    CUSTOMER_ATTRIBUTE(false),
    /** The FAQ entry of the bot's turn is in one of the categories (or below); parameter: category names. */
    TOPIC(false),
    /** Guard: now is outside the hours; parameter e.g. {@code MON-FRI 09:00-18:00; SAT 10:00-16:00 Asia/Shanghai}. */
    OUTSIDE_BUSINESS_HOURS(true),
    /** Guard: no agent of the skill group (the guard's own, else the trigger's) is online with capacity left. */
    NO_AGENT_AVAILABLE(true);

    private final boolean guard;

    HandoffRuleType(boolean guard) {
        this.guard = guard;
    }

    public boolean guard() {
        return guard;
    }
}
