package io.shopdesk.tenant.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import io.shopdesk.security.Roles;
import io.shopdesk.security.SignedInUser;
import io.shopdesk.tenant.Quota;
import io.shopdesk.tenant.TenantManagement;
import io.shopdesk.ui.DashboardPanel;
import io.shopdesk.ui.DashboardSection;
import io.shopdesk.ui.StatCard;
import java.util.Arrays;

/** A tenant admin's dashboard: the plan and how much of each quota is used. */
@org.springframework.stereotype.Component
class PlanUsageSection implements DashboardSection {

    private final TenantManagement tenants;

    PlanUsageSection(TenantManagement tenants) {
        this.tenants = tenants;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public boolean isVisibleTo(SignedInUser user) {
        return !user.tenant().isPlatform() && user.hasRole(Roles.TENANT_ADMIN);
    }

    @Override
    public Component create(SignedInUser user) {
        var ui = UI.getCurrent();
        var tenant = tenants.ownTenant();
        var cards = Arrays.stream(Quota.values())
                .map(quota -> StatCard.usage(
                        ui.getTranslation("quota." + quota),
                        tenant.usage().of(quota),
                        tenant.plan().limitOf(quota)))
                .toArray(Component[]::new);
        return new DashboardPanel(
                ui.getTranslation("dashboard.plan-usage", tenant.plan().code()), cards);
    }
}
