package io.shopdesk.conversation;

/** Why a bot turn should be looked at by a trainer. */
public enum ReviewReason {
    /** The bot was not sure enough to answer and offered candidates instead. */
    LOW_CONFIDENCE,
    /** The bot found nothing good enough and offered a person. */
    FALLBACK,
    /** The customer said the answer did not help. */
    NOT_HELPFUL,
    /** An agent flagged the bot's turn from the transcript in the workspace ("agent flag"). */
    AGENT_FLAG
}
