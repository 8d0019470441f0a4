package io.shopdesk.engine.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.shopdesk.engine.ModelComparison;
import io.shopdesk.engine.RegressionReport;
import io.shopdesk.knowledge.FaqEntrySummary;
import io.shopdesk.knowledge.FaqManagement;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.ui.Messages;
import io.shopdesk.ui.StatCard;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * The regression check of the newest candidate: accuracy of the live model as trained (and, when FAQ edits or review
 * picks updated it since, as it answers now) and of the candidate on the test set,
 * the confidence shift, the questions whose answer changed, and publish or discard. Checked once per candidate
 * (and again on request), since it answers every test question with both models.
 */
class RegressionPanel extends Div {

    private final ModelComparison comparison;
    private final FaqManagement faq;
    private final IntConsumer publish;
    private final IntConsumer discard;
    private final Grid<RegressionReport.Row> changed = new Grid<>();
    private final Div body = new Div();
    private int checkedVersion;
    private Map<Long, FaqEntrySummary> entries = Map.of();

    RegressionPanel(ModelComparison comparison, FaqManagement faq, IntConsumer publish, IntConsumer discard) {
        this.comparison = comparison;
        this.faq = faq;
        this.publish = publish;
        this.discard = discard;
        setId("model-regression");
        addClassName("sd-regression");
        configureGrid();
        add(body);
        setVisible(false);
    }

    /** Shows the check of the candidate, running it if this candidate was not checked yet; hides without one. */
    void show(Optional<Integer> candidate) {
        if (candidate.isEmpty()) {
            setVisible(false);
            checkedVersion = 0;
            return;
        }
        setVisible(true);
        if (candidate.get() != checkedVersion) {
            check(candidate.get());
        }
    }

    private void check(int version) {
        checkedVersion = version;
        body.removeAll();
        RegressionReport report;
        try {
            report = comparison.regression(version);
        } catch (BusinessRuleException refused) {
            body.add(new Paragraph(Messages.describe(refused)));
            return;
        }
        var ids = new HashSet<Long>();
        report.rows().forEach(row -> {
            addId(ids, row.expectedEntryId());
            addId(ids, row.liveEntryId());
            addId(ids, row.candidateEntryId());
        });
        entries = faq.entriesById(ids).stream().collect(Collectors.toMap(FaqEntrySummary::id, Function.identity()));
        var element = getElement();
        element.setAttribute("data-candidate", Integer.toString(version));
        element.setAttribute("data-total", Integer.toString(report.rows().size()));
        element.setAttribute("data-live-correct", Integer.toString(report.liveCorrect()));
        element.setAttribute("data-candidate-correct", Integer.toString(report.candidateCorrect()));
        element.setAttribute("data-live-now-correct", Integer.toString(report.liveNowCorrect()));
        element.setAttribute("data-live-updates", Integer.toString(report.liveUpdates()));
        element.setAttribute("data-changed", Integer.toString(report.changed().size()));
        body.add(new H2(getTranslation("engine.regression.title", version, report.liveVersion())));
        if (report.rows().isEmpty()) {
            body.add(new Paragraph(getTranslation("engine.regression.no-questions")));
        }
        var cards = new HorizontalLayout(
                new StatCard(
                        getTranslation("engine.regression.live", report.liveVersion()),
                        score(report.liveCorrect(), report.rows().size(), report.liveAccuracy())),
                new StatCard(
                        getTranslation("engine.regression.candidate", version),
                        score(report.candidateCorrect(), report.rows().size(), report.candidateAccuracy())),
                new StatCard(
                        getTranslation("engine.regression.shift"),
                        String.format(Locale.ROOT, "%+.1f", report.confidenceShift() * 100)));
        if (report.liveUpdates() > 0) {
            cards.addComponentAtIndex(
                    1,
                    new StatCard(
                            getTranslation("engine.regression.live-now", report.liveVersion(), report.liveUpdates()),
                            score(report.liveNowCorrect(), report.rows().size(), report.liveNowAccuracy())));
        }
        cards.setWrap(true);
        cards.setId("model-regression-cards");
        var verdict = new Span(getTranslation(
                report.candidateCorrect() > report.liveCorrect()
                        ? "engine.regression.better"
                        : report.candidateCorrect() < report.liveCorrect()
                                ? "engine.regression.worse"
                                : "engine.regression.same"));
        verdict.setId("model-regression-verdict");
        changed.setItems(report.changed());
        var publishButton =
                new Button(getTranslation("engine.regression.publish", version), click -> publish.accept(version));
        publishButton.setId("model-regression-publish");
        publishButton.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        var discardButton = new Button(getTranslation("engine.discard"), click -> discard.accept(version));
        discardButton.setId("model-regression-discard");
        var recheck = new Button(getTranslation("engine.regression.recheck"), click -> check(version));
        recheck.setId("model-regression-recheck");
        recheck.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        body.add(
                cards,
                verdict,
                new Paragraph(getTranslation(
                        "engine.regression.changed", report.changed().size())),
                changed,
                new HorizontalLayout(publishButton, discardButton, recheck));
    }

    private void configureGrid() {
        changed.setId("model-regression-changed");
        changed.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        changed.addColumn(RegressionReport.Row::question)
                .setHeader(getTranslation("engine.regression.question"))
                .setFlexGrow(2);
        changed.addColumn(row -> entry(row.expectedEntryId()))
                .setHeader(getTranslation("engine.regression.expected"))
                .setFlexGrow(2);
        changed.addComponentColumn(row -> answer(row.liveEntryId(), row.liveConfidence(), row.liveCorrect()))
                .setHeader(getTranslation("engine.regression.live-answer"))
                .setFlexGrow(2);
        changed.addComponentColumn(
                        row -> answer(row.candidateEntryId(), row.candidateConfidence(), row.candidateCorrect()))
                .setHeader(getTranslation("engine.regression.candidate-answer"))
                .setFlexGrow(2);
        changed.setEmptyStateText(getTranslation("engine.regression.none-changed"));
        changed.setAllRowsVisible(true);
    }

    private Component answer(Long entryId, double confidence, boolean correct) {
        var text = new Span(
                (correct ? "✓ " : "✗ ") + entry(entryId) + String.format(Locale.ROOT, " · %.0f%%", confidence * 100));
        text.addClassName(correct ? "sd-regression-right" : "sd-regression-wrong");
        text.getElement().setAttribute("data-correct", Boolean.toString(correct));
        return text;
    }

    private String entry(Long entryId) {
        if (entryId == null) {
            return getTranslation("engine.regression.no-entry");
        }
        var found = entries.get(entryId);
        return found == null ? "#" + entryId : found.question();
    }

    private String score(int correct, int total, double accuracy) {
        return correct + " / " + total + String.format(Locale.ROOT, " (%.0f%%)", accuracy * 100);
    }

    private static void addId(HashSet<Long> ids, Long id) {
        if (id != null) {
            ids.add(id);
        }
    }
}
