package io.shopdesk.conversation;

/** Who wrote a message: the customer, the bot, a person of the tenant (later), or the runtime itself. */
public enum MessageAuthor {
    CUSTOMER,
    BOT,
    AGENT,
    SYSTEM
}
