package io.shopdesk.tenant.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import io.shopdesk.security.SignedInUser;
import io.shopdesk.tenant.Quota;
import io.shopdesk.tenant.TenantManagement;
import io.shopdesk.tenant.TenantOverview;
import io.shopdesk.tenant.TenantStatus;
import io.shopdesk.ui.DashboardPanel;
import io.shopdesk.ui.DashboardSection;
import io.shopdesk.ui.StatCard;
import java.util.List;

/** Platform staff's dashboard: how many tenants, how many suspended, users and conversations this month. */
@org.springframework.stereotype.Component
class PlatformOverviewSection implements DashboardSection {

    private final TenantManagement tenants;

    PlatformOverviewSection(TenantManagement tenants) {
        this.tenants = tenants;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean isVisibleTo(SignedInUser user) {
        return user.isPlatformStaff();
    }

    @Override
    public Component create(SignedInUser user) {
        var ui = UI.getCurrent();
        var all = tenants.listAcrossTenants();
        long active =
                all.stream().filter(t -> t.status() == TenantStatus.ACTIVE).count();
        return new DashboardPanel(
                ui.getTranslation("dashboard.platform"),
                new StatCard(ui.getTranslation("dashboard.tenants-active"), String.valueOf(active)),
                new StatCard(ui.getTranslation("dashboard.tenants-suspended"), String.valueOf(all.size() - active)),
                new StatCard(ui.getTranslation("quota.SEATS"), String.valueOf(sum(all, Quota.SEATS))),
                new StatCard(
                        ui.getTranslation("quota.MONTHLY_CONVERSATIONS"),
                        String.valueOf(sum(all, Quota.MONTHLY_CONVERSATIONS))));
    }

    private static long sum(List<TenantOverview> all, Quota quota) {
        return all.stream().mapToLong(tenant -> tenant.usage().of(quota)).sum();
    }
}
