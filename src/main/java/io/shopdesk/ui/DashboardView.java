package io.shopdesk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.shopdesk.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;

/**
 * The landing view: each role sees its own sections (platform staff the platform, a tenant admin plan usage,
 * trainers their knowledge, agents their queue), contributed by modules as {@link DashboardSection} beans.
 */
@Route("")
@Menu(order = 0, title = "nav.dashboard", icon = "vaadin:dashboard")
@PermitAll
class DashboardView extends Main implements BeforeEnterObserver, TranslatedTitle {

    @Override
    public String titleKey() {
        return "nav.dashboard";
    }

    private final CurrentUser currentUser;
    private final List<DashboardSection> sections;

    DashboardView(CurrentUser currentUser, List<DashboardSection> sections) {
        this.currentUser = currentUser;
        this.sections = sections;
        addClassName("sd-dashboard");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var user = currentUser.get();
        if (user.isEmpty()) {
            return;
        }
        var greeting = new ViewHeader(
                getTranslation("dashboard.greeting", user.get().displayName()),
                getTranslation("dashboard.subtitle", user.get().tenantName()));
        add(greeting);
        var grid = new Div();
        grid.addClassName("sd-dashboard-sections");
        sections.stream()
                .filter(section -> section.isVisibleTo(user.get()))
                .sorted(Comparator.comparingInt(DashboardSection::order))
                .forEach(section -> grid.add(section.create(user.get())));
        add(grid);
    }
}
