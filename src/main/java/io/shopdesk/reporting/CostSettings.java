package io.shopdesk.reporting;

import io.shopdesk.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * What a conversation costs a tenant: one an agent handled, and one the bot handled alone, in an ISO 4217
 * currency. Amounts are between 0 and 1,000,000 with at most four decimals.
 */
public record CostSettings(BigDecimal agentConversation, BigDecimal botConversation, String currency) {

    static final BigDecimal MAX = new BigDecimal("1000000");

    public CostSettings {
        agentConversation = checked("agentConversation", agentConversation);
        botConversation = checked("botConversation", botConversation);
        if (currency == null || !currency.matches("[A-Z]{3}") || !isKnownCurrency(currency)) {
            throw BusinessRuleException.onField("currency", "reporting.cost.currency-invalid");
        }
    }

    private static BigDecimal checked(String field, BigDecimal amount) {
        if (amount == null) {
            throw BusinessRuleException.onField(field, "reporting.cost.required");
        }
        if (amount.signum() < 0 || amount.compareTo(MAX) > 0) {
            throw BusinessRuleException.onField(field, "reporting.cost.out-of-range");
        }
        if (amount.stripTrailingZeros().scale() > 4) {
            throw BusinessRuleException.onField(field, "reporting.cost.too-precise");
        }
        return amount.setScale(4);
    }

    private static boolean isKnownCurrency(String code) {
        return Currency.getAvailableCurrencies().stream()
                .anyMatch(c -> c.getCurrencyCode().equals(code));
    }
}
