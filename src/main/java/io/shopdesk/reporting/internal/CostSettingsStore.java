package io.shopdesk.reporting.internal;

import io.shopdesk.reporting.CostSettings;
import io.shopdesk.shared.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Each tenant's cost model; tenants that never set one get the configured defaults. */
@Component
public class CostSettingsStore {

    private final JdbcTemplate jdbc;
    private final CostSettings defaults;

    CostSettingsStore(
            JdbcTemplate jdbc,
            @Value("${shopdesk.reporting.default-agent-cost:5.00}") BigDecimal agent,
            @Value("${shopdesk.reporting.default-bot-cost:0.50}") BigDecimal bot,
            @Value("${shopdesk.reporting.default-currency:CNY}") String currency) {
        this.jdbc = jdbc;
        this.defaults = new CostSettings(agent, bot, currency);
    }

    public CostSettings of(TenantId tenant) {
        return find(tenant).orElse(defaults);
    }

    public Optional<CostSettings> find(TenantId tenant) {
        return jdbc
                .query(
                        "SELECT agent_conversation, bot_conversation, currency FROM report_cost_settings"
                                + " WHERE tenant_id = ?",
                        (rs, row) -> new CostSettings(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getString(3)),
                        tenant.value())
                .stream()
                .findFirst();
    }

    public Map<TenantId, CostSettings> allTenants() {
        var all = new HashMap<TenantId, CostSettings>();
        jdbc.query("SELECT tenant_id, agent_conversation, bot_conversation, currency FROM report_cost_settings", rs -> {
            all.put(
                    new TenantId(rs.getString(1)),
                    new CostSettings(rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getString(4)));
        });
        return all;
    }

    public CostSettings defaults() {
        return defaults;
    }

    public void save(TenantId tenant, CostSettings settings, Instant now) {
        jdbc.update(
                """
                INSERT INTO report_cost_settings (tenant_id, agent_conversation, bot_conversation, currency, updated_at)
                VALUES (?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE agent_conversation = VALUES(agent_conversation),
                    bot_conversation = VALUES(bot_conversation), currency = VALUES(currency),
                    updated_at = VALUES(updated_at)""",
                tenant.value(),
                settings.agentConversation(),
                settings.botConversation(),
                settings.currency(),
                ConversationFacts.utc(now));
    }
}
