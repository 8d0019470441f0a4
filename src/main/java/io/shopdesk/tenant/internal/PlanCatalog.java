package io.shopdesk.tenant.internal;

import io.shopdesk.tenant.Plan;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The plans, as seeded by the migrations. Plans are reference data shared by all tenants. */
@Component
public class PlanCatalog {

    private final JdbcClient jdbc;

    PlanCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Plan> all() {
        return jdbc.sql("SELECT code, max_faq_entries, max_channels, max_monthly_conversations, max_seats"
                        + " FROM plan ORDER BY position")
                .query((rs, row) -> new Plan(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .list();
    }

    public Optional<Plan> find(String code) {
        return all().stream().filter(plan -> plan.code().equals(code)).findFirst();
    }
}
