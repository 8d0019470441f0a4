package io.shopdesk.engine.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.shopdesk.engine.ModelComparison;
import io.shopdesk.engine.ModelStatus;
import io.shopdesk.engine.ModelTraining;
import io.shopdesk.engine.ModelVersionSummary;
import io.shopdesk.engine.TrainingJobStatus;
import io.shopdesk.engine.TrainingJobSummary;
import io.shopdesk.knowledge.FaqManagement;
import io.shopdesk.security.Roles;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.ui.Messages;
import io.shopdesk.ui.StatCard;
import io.shopdesk.ui.TranslatedTitle;
import io.shopdesk.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

/**
 * Trainers: the bot model of their tenant. Start a training run and watch its progress, see every version, check a
 * candidate against the live model on the test set (the regression check), publish or discard it, roll back to an
 * earlier version with one click.
 */
@Route("bot-model")
@Menu(order = 30, title = "nav.bot-model", icon = "vaadin:cogs")
@RolesAllowed(Roles.TRAINER)
class BotModelView extends Main implements TranslatedTitle {

    private static final int POLL_MILLIS = 1000;

    private final ModelTraining training;
    private final ModelComparison comparison;
    private final RegressionPanel regression;
    private final Div summary = new Div();
    private final Div job = new Div();
    private final Grid<ModelVersionSummary> versions = new Grid<>();
    private final Button trainAndPublish = new Button();
    private final Button trainCandidate = new Button();

    BotModelView(ModelTraining training, ModelComparison comparison, FaqManagement faq) {
        this.training = training;
        this.comparison = comparison;
        this.regression = new RegressionPanel(
                comparison,
                faq,
                version -> act(() -> {
                    training.publish(version);
                    Messages.success("engine.published-message", version);
                }),
                version -> act(() -> {
                    training.discard(version);
                    Messages.success("engine.discarded-message", version);
                }));
        addClassName("sd-page");
        trainAndPublish.setText(getTranslation("engine.train-and-publish"));
        trainAndPublish.setIcon(VaadinIcon.PLAY.create());
        trainAndPublish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        trainAndPublish.setId("model-train-publish");
        trainAndPublish.addClickListener(click -> requestTraining(true));
        trainCandidate.setText(getTranslation("engine.train-candidate"));
        trainCandidate.setId("model-train-candidate");
        trainCandidate.addClickListener(click -> requestTraining(false));
        add(new ViewHeader(
                getTranslation("nav.bot-model"),
                getTranslation("engine.description"),
                trainCandidate,
                trainAndPublish));
        summary.addClassName("sd-dashboard-sections");
        job.setId("model-job");
        job.addClassName("sd-model-job");
        configureGrid();
        var testQuestions = new RouterLink(getTranslation("engine.test-questions-link"), TestQuestionsView.class);
        testQuestions.setId("model-test-questions");
        add(summary, job, regression, testQuestions, new H2(getTranslation("engine.history")), versions);
        refresh();
    }

    @Override
    public String titleKey() {
        return "nav.bot-model";
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().addPollListener(poll -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
    }

    private void configureGrid() {
        versions.setId("model-versions");
        versions.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        versions.addColumn(version -> "v" + version.version())
                .setHeader(getTranslation("engine.version"))
                .setAutoWidth(true);
        versions.addComponentColumn(this::statusBadge).setHeader(getTranslation("engine.status"));
        versions.addColumn(ModelVersionSummary::labels).setHeader(getTranslation("engine.labels"));
        versions.addColumn(ModelVersionSummary::examples).setHeader(getTranslation("engine.examples"));
        versions.addColumn(version -> Math.round(version.trainingSeconds()) + " s")
                .setHeader(getTranslation("engine.training-time"));
        versions.addColumn(version -> time(version.createdAt())).setHeader(getTranslation("engine.created"));
        versions.addColumn(ModelVersionSummary::createdBy).setHeader(getTranslation("engine.created-by"));
        versions.addColumn(version -> time(version.publishedAt())).setHeader(getTranslation("engine.published"));
        versions.addComponentColumn(this::actions).setAutoWidth(true);
        versions.setEmptyStateText(getTranslation("engine.no-versions"));
        versions.setAllRowsVisible(true);
    }

    private Component statusBadge(ModelVersionSummary version) {
        var badge = new Span(getTranslation("engine.status." + version.status()));
        String theme = switch (version.status()) {
            case LIVE -> "badge success";
            case CANDIDATE -> "badge";
            case RETIRED, DISCARDED -> "badge contrast";
        };
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    private Component actions(ModelVersionSummary version) {
        var actions = new HorizontalLayout();
        if (version.status() == ModelStatus.CANDIDATE) {
            var publish = new Button(
                    getTranslation("engine.publish"),
                    click -> act(() -> {
                        training.publish(version.version());
                        Messages.success("engine.published-message", version.version());
                    }));
            publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
            publish.setId("model-publish-" + version.version());
            var discard = new Button(
                    getTranslation("engine.discard"),
                    click -> act(() -> {
                        training.discard(version.version());
                        Messages.success("engine.discarded-message", version.version());
                    }));
            discard.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            discard.setId("model-discard-" + version.version());
            actions.add(publish, discard);
        } else if (version.status() == ModelStatus.RETIRED) {
            var rollback = new Button(
                    getTranslation("engine.rollback"),
                    click -> act(() -> {
                        training.rollback(version.version());
                        Messages.success("engine.rolled-back-message", version.version());
                    }));
            rollback.addThemeVariants(ButtonVariant.LUMO_SMALL);
            rollback.setId("model-rollback-" + version.version());
            actions.add(rollback);
        }
        return actions;
    }

    private void requestTraining(boolean publish) {
        act(() -> {
            training.requestTraining(publish);
            Messages.success("engine.training-queued");
        });
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (BusinessRuleException rejected) {
            Messages.error(rejected.messageKey(), rejected.arguments());
        }
        refresh();
    }

    private void refresh() {
        var live = training.liveVersion();
        summary.removeAll();
        summary.add(new StatCard(
                getTranslation("engine.live-version"),
                live.map(version -> "v" + version.version()).orElse(getTranslation("engine.none"))));
        live.ifPresent(version -> {
            summary.add(new StatCard(getTranslation("engine.labels"), Integer.toString(version.labels())));
            summary.add(new StatCard(getTranslation("engine.examples"), Integer.toString(version.examples())));
        });
        var latest = training.latestJob();
        showJob(latest);
        boolean open = latest.map(found -> found.status().isOpen()).orElse(false);
        trainAndPublish.setEnabled(!open);
        trainCandidate.setEnabled(!open);
        getUI().ifPresent(ui -> ui.setPollInterval(open ? POLL_MILLIS : -1));
        versions.setItems(training.versions());
        regression.show(open ? java.util.Optional.empty() : comparison.newestCandidate());
    }

    private void showJob(Optional<TrainingJobSummary> latest) {
        job.removeAll();
        if (latest.isEmpty()) {
            return;
        }
        var found = latest.get();
        var status = new Span(getTranslation("engine.job." + found.status(), found.modelVersion()));
        status.setId("model-job-status");
        job.add(status);
        if (found.status().isOpen()) {
            var bar = new ProgressBar(0, 1, found.progress());
            bar.setId("model-job-progress");
            job.add(bar, new Span(getTranslation("engine.stage", found.stage() == null ? "" : found.stage())));
        } else if (found.status() == TrainingJobStatus.FAILED && found.error() != null) {
            var error = new Span(found.error());
            error.addClassName("sd-error-text");
            job.add(error);
        }
    }

    private String time(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .format(instant.atZone(ZoneId.systemDefault()));
    }
}
