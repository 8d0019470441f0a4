package io.shopdesk.review.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.shopdesk.knowledge.FaqEntrySummary;
import io.shopdesk.knowledge.FaqManagement;
import io.shopdesk.review.ReviewCluster;
import io.shopdesk.review.ReviewItemView;
import io.shopdesk.review.ReviewQueue;
import io.shopdesk.security.Roles;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.ui.Messages;
import io.shopdesk.ui.TranslatedTitle;
import io.shopdesk.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Trainers work the review queue: open items grouped by meaning, the most asked group first, each with the
 * customer's question, what the bot answered, its confidence and why the item is here; the five actions on the
 * selected item, all reachable from the keyboard (j/k or arrows move, c confirm, p pick, n new entry, o out of
 * scope, h handoff topic).
 */
@Route("review-queue")
@Menu(order = 32, title = "nav.review-queue", icon = "vaadin:inbox")
@RolesAllowed(Roles.TRAINER)
class ReviewQueueView extends Div implements TranslatedTitle {

    /** Keys only count outside text fields and dialogs, and without modifiers. */
    private static final String KEY_FILTER = "(function(e){var t=e.composedPath()[0];"
            + "if(e.ctrlKey||e.metaKey||e.altKey)return false;"
            + "if(t&&t.closest&&t.closest('input,textarea,select,[contenteditable],vaadin-dialog,"
            + "vaadin-dialog-overlay'))return false;"
            + "if((e.key==='ArrowDown'||e.key==='ArrowUp')&&t&&t.closest&&t.closest('vaadin-grid'))return false;"
            + "return ['j','k','c','p','n','o','h','ArrowDown','ArrowUp'].indexOf(e.key)>=0;})(event)";

    /** One grid row: an item with the rank of its cluster. */
    record Row(int rank, ReviewCluster cluster, ReviewItemView item) {}

    private final ReviewQueue queue;
    private final FaqManagement faq;
    private final Grid<Row> grid = new Grid<>();
    private final Span summary = new Span();
    private final List<Button> actions = new ArrayList<>();
    private List<Row> rows = List.of();
    private Map<Long, FaqEntrySummary> entries = Map.of();
    private DomListenerRegistration keys;
    private boolean dialogOpen;

    ReviewQueueView(ReviewQueue queue, FaqManagement faq) {
        this.queue = queue;
        this.faq = faq;
        addClassName("sd-page");
        setId("review-queue");
        add(new ViewHeader(getTranslation("nav.review-queue"), getTranslation("review.description")));
        summary.setId("review-summary");
        var shortcuts = new Span(getTranslation("review.shortcuts"));
        shortcuts.setId("review-shortcuts");
        shortcuts.addClassName("sd-review-shortcuts");
        var bar = new HorizontalLayout(
                action("review-confirm", "review.action.confirm", "c", this::confirm),
                action("review-pick", "review.action.pick", "p", this::pick),
                action("review-create", "review.action.create", "n", this::create),
                action("review-out-of-scope", "review.action.out-of-scope", "o", this::outOfScope),
                action("review-handoff", "review.action.handoff", "h", this::handoff));
        bar.setWrap(true);
        configureGrid();
        add(new Div(summary), shortcuts, bar, grid);
        refresh(null);
    }

    @Override
    public String titleKey() {
        return "nav.review-queue";
    }

    @Override
    protected void onAttach(AttachEvent event) {
        keys = event.getUI().getElement().addEventListener("keydown", key -> {
            if (!dialogOpen) {
                onKey(key.getEventData().get("event.key").asString());
            }
        });
        keys.addEventData("event.key").setFilter(KEY_FILTER);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (keys != null) {
            keys.remove();
            keys = null;
        }
    }

    void onKey(String key) {
        switch (key) {
            case "j", "ArrowDown" -> move(1);
            case "k", "ArrowUp" -> move(-1);
            case "c" -> confirm();
            case "p" -> pick();
            case "n" -> create();
            case "o" -> outOfScope();
            case "h" -> handoff();
            default -> {
                // Not a triage key.
            }
        }
    }

    private Button action(String id, String key, String shortcut, Runnable run) {
        var button = new Button(getTranslation(key) + " (" + shortcut + ")", click -> run.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        actions.add(button);
        return button;
    }

    private void configureGrid() {
        grid.setId("review-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(row -> "#" + row.rank() + " · " + row.cluster().size() + "×")
                .setHeader(getTranslation("review.cluster"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::question)
                .setHeader(getTranslation("review.question"))
                .setFlexGrow(3);
        grid.addComponentColumn(this::botAnswer)
                .setHeader(getTranslation("review.bot-answer"))
                .setFlexGrow(3);
        grid.addColumn(row -> percent(row.item().confidence()))
                .setHeader(getTranslation("review.confidence"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> reason(row.item().reason()))
                .setHeader(getTranslation("review.reason"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("review.empty"));
        grid.setSelectionMode(Grid.SelectionMode.SINGLE);
        grid.setPartNameGenerator(row -> "review-row");
        grid.addSelectionListener(selection -> updateActions());
        grid.setAllRowsVisible(true);
    }

    private Component question(Row row) {
        var text = new Span(row.item().question());
        text.addClassName("sd-review-question");
        text.getElement().setAttribute("data-item", Long.toString(row.item().id()));
        if (row.cluster().items().getFirst().equals(row.item()) && row.cluster().size() > 1) {
            text.getElement().setAttribute("title", row.cluster().question());
        }
        return text;
    }

    private Component botAnswer(Row row) {
        var item = row.item();
        var box = new Div();
        box.addClassName("sd-review-answer");
        if (item.answeredFaqEntryId() != null) {
            box.add(entryText(item.answeredFaqEntryId(), "review.answered"));
        } else if (!item.candidates().isEmpty()) {
            box.add(entryText(item.candidates().getFirst().faqEntryId(), "review.suggested"));
        } else {
            box.add(new Span(getTranslation("review.no-answer")));
        }
        return box;
    }

    private Component entryText(long entryId, String labelKey) {
        var entry = entries.get(entryId);
        // Shown as text, never as HTML: the answer's markup stays inert here.
        var text = new Span(
                entry == null ? getTranslation("review.entry-gone") : getTranslation(labelKey, entry.question()));
        text.getElement().setAttribute("data-entry", Long.toString(entryId));
        return text;
    }

    private String reason(String reason) {
        String key = "review.reason." + reason;
        String text = getTranslation(key);
        return text.equals(key) || text.startsWith("!{") ? reason : text;
    }

    private String percent(double confidence) {
        return String.format(getLocale() == null ? Locale.ROOT : getLocale(), "%.0f%%", confidence * 100);
    }

    private void refresh(Long keepNear) {
        var clusters = queue.openClusters();
        var next = new ArrayList<Row>();
        for (int i = 0; i < clusters.size(); i++) {
            for (ReviewItemView item : clusters.get(i).items()) {
                next.add(new Row(i + 1, clusters.get(i), item));
            }
        }
        int previousIndex = keepNear == null ? 0 : indexOf(keepNear);
        rows = List.copyOf(next);
        var ids = new HashSet<Long>();
        rows.forEach(row -> {
            if (row.item().answeredFaqEntryId() != null) {
                ids.add(row.item().answeredFaqEntryId());
            }
            row.item().candidates().stream().findFirst().ifPresent(c -> ids.add(c.faqEntryId()));
        });
        entries = faq.entriesById(ids).stream().collect(Collectors.toMap(FaqEntrySummary::id, Function.identity()));
        grid.setItems(rows);
        summary.setText(getTranslation("review.summary", rows.size(), clusters.size()));
        summary.getElement().setAttribute("data-open", Integer.toString(rows.size()));
        if (!rows.isEmpty()) {
            grid.select(rows.get(Math.clamp(previousIndex, 0, rows.size() - 1)));
        }
        updateActions();
    }

    private int indexOf(long itemId) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).item().id() == itemId) {
                return i;
            }
        }
        return 0;
    }

    private void move(int step) {
        if (rows.isEmpty()) {
            return;
        }
        int index = selected().map(row -> rows.indexOf(row)).orElse(-1);
        int next = Math.clamp(index + step, 0, rows.size() - 1);
        grid.select(rows.get(next));
        grid.scrollToIndex(next);
    }

    private java.util.Optional<Row> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void updateActions() {
        boolean any = selected().isPresent();
        actions.forEach(button -> button.setEnabled(any));
    }

    private void confirm() {
        act("review.confirmed", item -> queue.confirm(item.id()));
    }

    private void outOfScope() {
        act("review.marked-out-of-scope", item -> queue.markOutOfScope(item.id()));
    }

    private void handoff() {
        act("review.marked-handoff", item -> queue.markHandoffTopic(item.id()));
    }

    private void pick() {
        selected()
                .ifPresent(row -> open(new PickEntryDialog(
                        faq,
                        row.item(),
                        entryId -> act("review.picked", item -> queue.pickEntry(item.id(), entryId)))));
    }

    private void create() {
        selected()
                .ifPresent(row -> open(new CreateEntryDialog(row.item(), (question, answer) -> {
                    queue.createEntry(row.item().id(), question, answer, null);
                    Messages.success("review.created");
                    refresh(row.item().id());
                })));
    }

    private void open(com.vaadin.flow.component.dialog.Dialog dialog) {
        dialogOpen = true;
        dialog.addOpenedChangeListener(change -> dialogOpen = change.isOpened());
        dialog.open();
    }

    private void act(String successKey, Function<ReviewItemView, ReviewItemView> action) {
        var row = selected();
        if (row.isEmpty()) {
            return;
        }
        try {
            action.apply(row.get().item());
            Messages.success(successKey);
        } catch (BusinessRuleException refused) {
            Messages.error(refused.messageKey(), refused.arguments());
        }
        refresh(row.get().item().id());
    }
}
