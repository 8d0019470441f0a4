package io.shopdesk.knowledge.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import io.shopdesk.knowledge.FaqManagement;
import io.shopdesk.knowledge.KnowledgeArticles;
import io.shopdesk.security.Roles;
import io.shopdesk.security.SignedInUser;
import io.shopdesk.ui.DashboardPanel;
import io.shopdesk.ui.DashboardSection;
import io.shopdesk.ui.StatCard;

/** Trainers' dashboard: how much the bot knows, what it may answer today, and what expires soon. */
@org.springframework.stereotype.Component
class KnowledgeOverviewSection implements DashboardSection {

    private final FaqManagement faq;
    private final KnowledgeArticles articles;

    KnowledgeOverviewSection(FaqManagement faq, KnowledgeArticles articles) {
        this.faq = faq;
        this.articles = articles;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public boolean isVisibleTo(SignedInUser user) {
        return !user.tenant().isPlatform() && user.hasRole(Roles.TRAINER);
    }

    @Override
    public Component create(SignedInUser user) {
        var ui = UI.getCurrent();
        var overview = faq.overview();
        var panel = new DashboardPanel(
                ui.getTranslation("knowledge.dashboard"),
                new StatCard(ui.getTranslation("faq.overview-total"), String.valueOf(overview.total())),
                new StatCard(ui.getTranslation("faq.overview-answerable"), String.valueOf(overview.answerable())),
                new StatCard(ui.getTranslation("faq.overview-drafts"), String.valueOf(overview.drafts())),
                new StatCard(ui.getTranslation("faq.overview-expiring"), String.valueOf(overview.expiringSoon())),
                new StatCard(
                        ui.getTranslation("knowledge.articles.overview-published"),
                        String.valueOf(articles.countPublished())));
        panel.setId("dashboard-knowledge");
        return panel;
    }
}
