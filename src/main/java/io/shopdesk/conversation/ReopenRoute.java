package io.shopdesk.conversation;

/**
 * Where a closed conversation goes when its customer writes again: to the bot, to the agent who had it last (when
 * that agent can take it now; else to the queue), or to the queue of its skill group.
 */
public enum ReopenRoute {
    BOT,
    LAST_AGENT,
    QUEUE
}
