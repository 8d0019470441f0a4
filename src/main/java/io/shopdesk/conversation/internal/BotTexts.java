package io.shopdesk.conversation.internal;

import io.shopdesk.conversation.DialogueSettings;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words the bot says besides FAQ answers. A tenant's own greeting and fallback (and a channel's greeting) are
 * written in the tenant's language, so they are used when the conversation is in that language; otherwise, and when
 * there are none, the standard texts of the conversation's language.
 */
@Component
public class BotTexts {

    private final MessageSource messages;

    BotTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String greeting(DialogueSettings settings, String channelGreeting, String locale) {
        if (locale.equals(settings.locale())) {
            if (channelGreeting != null) {
                return channelGreeting;
            }
            if (settings.greeting() != null) {
                return settings.greeting();
            }
        }
        return standard("chat.bot.greeting", locale);
    }

    public String fallback(DialogueSettings settings, String locale) {
        return locale.equals(settings.locale()) && settings.fallback() != null
                ? settings.fallback()
                : standard("chat.bot.fallback", locale);
    }

    public String didYouMean(String locale) {
        return standard("chat.bot.did-you-mean", locale);
    }

    public String handoffRequested(String locale) {
        return standard("chat.bot.handoff-requested", locale);
    }

    /** Nobody can answer now: the customer may leave a message. */
    public String takeMessage(String locale) {
        return standard("chat.bot.handoff-take-message", locale);
    }

    /** The bot offers a person without handing off. */
    public String offerPerson(String locale) {
        return standard("chat.bot.offer-person", locale);
    }

    /** A closed conversation is back with the agent who had it. */
    public String backWithAgent(String locale) {
        return standard("chat.agent.back", locale);
    }

    private String standard(String key, String locale) {
        return messages.getMessage(key, null, ChatLocales.toLocale(locale));
    }
}
