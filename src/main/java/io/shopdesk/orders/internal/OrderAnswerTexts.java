package io.shopdesk.orders.internal;

import io.shopdesk.orders.OrderLookupResult;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What the bot says about an order, from the translations in the conversation's language (zh-CN or English). */
@Component
public class OrderAnswerTexts {

    private final MessageSource messages;

    OrderAnswerTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String answer(OrderLookupResult result, String locale) {
        var language = locale == null ? Locale.ENGLISH : Locale.forLanguageTag(locale);
        String number = result.orderNumber();
        return switch (result.outcome()) {
            case NOT_FOUND -> text("orders.answer.not-found", language, number);
            case FAILED -> text("orders.answer.failed", language, number);
            case FOUND -> {
                var order = result.details();
                var answer = new StringBuilder(text("orders.answer.status", language, number, order.status()));
                append(answer, "orders.answer.carrier", language, order.carrier());
                append(answer, "orders.answer.tracking", language, order.trackingNumber());
                append(answer, "orders.answer.eta", language, order.estimatedDelivery());
                append(answer, "orders.answer.updated", language, order.lastUpdate());
                yield answer.toString();
            }
        };
    }

    private void append(StringBuilder answer, String key, Locale language, String value) {
        if (value != null) {
            // Chinese sentences follow each other without a space; the other languages are spaced.
            answer.append(language.getLanguage().equals("zh") ? "" : " ").append(text(key, language, value));
        }
    }

    private String text(String key, Locale language, Object... arguments) {
        return messages.getMessage(key, arguments, language);
    }
}
