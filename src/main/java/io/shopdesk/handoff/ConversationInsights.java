package io.shopdesk.handoff;

import java.util.List;
import java.util.Map;

/**
 * What the workspace tells an agent about a conversation beyond its transcript: the customer's attributes (as the
 * shop passed them), the detected sentiment of the customer's recent messages and the topics (FAQ categories) the
 * bot's turns were about.
 *
 * @param negativity the highest negativity (0 to 1) of the customer's last three messages
 * @param sentiment {@code NEGATIVE} from 0.5 on, else {@code NEUTRAL}
 * @param topics category names, most recent turn first, without repeats
 */
public record ConversationInsights(
        Map<String, String> attributes, double negativity, String sentiment, List<String> topics) {

    public ConversationInsights {
        attributes = Map.copyOf(attributes);
        topics = List.copyOf(topics);
    }
}
