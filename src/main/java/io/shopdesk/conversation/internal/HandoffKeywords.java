package io.shopdesk.conversation.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Messages that ask for a person in so many words ("转人工", "talk to a person"): the runtime treats them like the
 * "talk to a person" button instead of asking the engine. Only whole messages match, so a question that merely
 * mentions a person is still answered.
 */
public final class HandoffKeywords {

    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}\\s]+");
    private static final Set<String> PHRASES = Set.of(
            "转人工",
            "人工",
            "人工客服",
            "转人工客服",
            "找人工",
            "我要人工",
            "我要转人工",
            "真人客服",
            "human",
            "agent",
            "a human",
            "an agent",
            "person",
            "a person",
            "talk to a person",
            "talk to a human",
            "talk to an agent",
            "speak to a person",
            "speak to a human",
            "speak to an agent",
            "real person",
            "customer service",
            "live agent",
            "operator");

    private HandoffKeywords() {}

    public static boolean asksForPerson(String text) {
        if (text.length() > 40) {
            return false;
        }
        String bare = PUNCTUATION
                .matcher(text.toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .strip();
        return PHRASES.contains(bare);
    }
}
