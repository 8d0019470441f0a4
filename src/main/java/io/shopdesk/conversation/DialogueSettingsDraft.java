package io.shopdesk.conversation;

/**
 * A tenant's dialogue settings to store; {@code null} thresholds mean {@link
 * io.shopdesk.engine.ConfidenceThresholds#DEFAULTS}, {@code null} or blank texts the standard ones.
 */
public record DialogueSettingsDraft(Double answerThreshold, Double suggestThreshold, String greeting, String fallback) {

    public static DialogueSettingsDraft defaults() {
        return new DialogueSettingsDraft(null, null, null, null);
    }
}
