package io.shopdesk.knowledge.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import io.shopdesk.knowledge.FaqBulkActions;
import io.shopdesk.knowledge.FaqCategories;
import io.shopdesk.knowledge.FaqExport;
import io.shopdesk.knowledge.FaqFileFormat;
import io.shopdesk.knowledge.FaqFilter;
import io.shopdesk.knowledge.FaqImport;
import io.shopdesk.knowledge.FaqListItem;
import io.shopdesk.knowledge.FaqManagement;
import io.shopdesk.knowledge.FaqStatus;
import io.shopdesk.security.Roles;
import io.shopdesk.ui.Messages;
import io.shopdesk.ui.TranslatedTitle;
import io.shopdesk.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The FAQ console: a category tree, search and filters, and a lazy grid that pages, sorts and filters in the
 * database (so 50,000 entries scroll like 50), with bulk actions on the selected entries, the entry editor, and
 * CSV/XLSX import and export.
 */
@Route("faq")
@Menu(order = 30, title = "nav.faq", icon = "vaadin:question-circle-o")
@RolesAllowed({Roles.TENANT_ADMIN, Roles.TRAINER})
@StyleSheet("console/knowledge.css")
class FaqListView extends Main implements TranslatedTitle {

    private final FaqManagement faq;
    private final FaqBulkActions bulk;
    private final FaqCategories categories;
    private final FaqImport faqImport;
    private final Executor executor;
    private final Grid<FaqListItem> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<FaqStatus> status = new Select<>();
    private final ComboBox<String> tag = new ComboBox<>();
    private final Span selection = new Span();
    private final HorizontalLayout bulkBar = new HorizontalLayout();
    private final CategoryPanel categoryPanel;
    private final LocalDate today;
    private Map<Long, String> categoryPaths = Map.of();
    private volatile FaqFilter filter = FaqFilter.ALL;

    FaqListView(
            FaqManagement faq,
            FaqBulkActions bulk,
            FaqCategories categories,
            FaqImport faqImport,
            FaqExport export,
            @Qualifier("applicationTaskExecutor") Executor applicationTaskExecutor,
            ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this.faq = faq;
        this.bulk = bulk;
        this.categories = categories;
        this.faqImport = faqImport;
        // The import runs as the signed-in user on a pooled thread. The context is handed over through the same
        // strategy bean that method security reads (Vaadin's), not the JVM-wide holder, which another application
        // context in the same JVM (as in the test suite) may have replaced.
        var asSignedInUser = new DelegatingSecurityContextExecutor(applicationTaskExecutor);
        asSignedInUser.setSecurityContextHolderStrategy(
                securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy));
        this.executor = asSignedInUser;
        this.today = faq.today();
        addClassName("sd-page");
        addClassName("sd-faq-page");

        var create = new Button(getTranslation("faq.new"), VaadinIcon.PLUS.create(), click -> openEditor(null));
        create.setId("faq-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var importButton = new Button(getTranslation("faq.import"), VaadinIcon.UPLOAD.create(), click -> openImport());
        importButton.setId("faq-import");
        add(new ViewHeader(
                getTranslation("nav.faq"),
                getTranslation("faq.description"),
                importButton,
                exportLink(export, FaqFileFormat.XLSX),
                exportLink(export, FaqFileFormat.CSV),
                create));

        categoryPanel = new CategoryPanel(categories, node -> applyFilter());
        var content = new Div(filters(), bulkBar(), grid);
        content.addClassName("sd-faq-content");
        var body = new Div(categoryPanel, content);
        body.addClassName("sd-faq-body");
        add(body);
        configureGrid();
        reloadCategories();
        applyFilter();
    }

    @Override
    public String titleKey() {
        return "nav.faq";
    }

    private Component filters() {
        search.setId("faq-search");
        search.setPlaceholder(getTranslation("faq.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("18em");
        search.addValueChangeListener(change -> applyFilter());
        status.setId("faq-status-filter");
        status.setItems(FaqStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("faq.all-statuses"));
        status.setItemLabelGenerator(
                value -> value == null ? getTranslation("faq.all-statuses") : getTranslation("faq.status." + value));
        status.addValueChangeListener(change -> applyFilter());
        tag.setId("faq-tag-filter");
        tag.setPlaceholder(getTranslation("faq.all-tags"));
        tag.setClearButtonVisible(true);
        tag.addValueChangeListener(change -> applyFilter());
        var bar = new HorizontalLayout(search, status, tag);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private Component bulkBar() {
        selection.setId("faq-selection");
        var publish = bulkButton("faq.bulk-publish", "faq-bulk-publish", bulk::publish);
        var unpublish = bulkButton("faq.bulk-unpublish", "faq-bulk-unpublish", bulk::unpublish);
        var move = new Button(getTranslation("faq.bulk-move"), click -> openMoveDialog());
        move.setId("faq-bulk-move");
        var delete = new Button(getTranslation("faq.bulk-delete"), click -> confirmBulkDelete());
        delete.setId("faq-bulk-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        bulkBar.add(selection, publish, unpublish, move, delete);
        bulkBar.setAlignItems(FlexComponent.Alignment.CENTER);
        bulkBar.addClassName("sd-bulk-bar");
        bulkBar.setVisible(false);
        return bulkBar;
    }

    private Button bulkButton(String key, String id, Function<Set<Long>, Integer> action) {
        var button = new Button(getTranslation(key), click -> {
            int changed = action.apply(selectedIds());
            Messages.success("faq.bulk-done", changed);
            afterChange();
        });
        button.setId(id);
        return button;
    }

    private void configureGrid() {
        grid.setId("faq-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setPageSize(50);
        grid.addColumn(FaqListItem::question)
                .setKey("question")
                .setSortProperty("question")
                .setHeader(getTranslation("faq.question"))
                .setWidth("22em")
                .setFlexGrow(4);
        grid.addColumn(item -> item.categoryId() == null ? "" : categoryPaths.getOrDefault(item.categoryId(), ""))
                .setHeader(getTranslation("faq.category"))
                .setWidth("10em")
                .setFlexGrow(1);
        grid.addComponentColumn(item -> FaqLabels.stateBadge(item, today))
                .setKey("status")
                .setSortProperty("status")
                .setHeader(getTranslation("faq.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(FaqListItem::similarCount)
                .setHeader(getTranslation("faq.similar-short"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(item -> String.join(", ", item.tags()))
                .setHeader(getTranslation("faq.tags"))
                .setWidth("8em")
                .setFlexGrow(0);
        grid.addColumn(item -> FaqLabels.validity(item.validFrom(), item.validUntil()))
                .setSortProperty("validUntil")
                .setHeader(getTranslation("faq.validity"))
                .setAutoWidth(true);
        grid.addColumn(item -> item.stats().hits())
                .setSortProperty("hits")
                .setHeader(getTranslation("faq.hits"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(item -> FaqLabels.helpfulRate(item.stats()))
                .setSortProperty("helpfulRate")
                .setHeader(getTranslation("faq.helpful-rate"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(item -> FaqLabels.time(item.stats().lastMatchedAt()))
                .setSortProperty("lastMatchedAt")
                .setHeader(getTranslation("faq.last-matched"))
                .setAutoWidth(true);
        grid.addColumn(item -> FaqLabels.time(item.updatedAt()))
                .setSortProperty("updatedAt")
                .setHeader(getTranslation("faq.updated"))
                .setAutoWidth(true);
        grid.setItems(query -> faq.list(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(), query ->
                (int) Math.min(Integer.MAX_VALUE, faq.count(filter)));
        grid.addItemClickListener(click -> openEditor(click.getItem()));
        grid.addSelectionListener(change -> {
            int count = change.getAllSelectedItems().size();
            selection.setText(getTranslation("faq.selected", count));
            bulkBar.setVisible(count > 0);
        });
        grid.setEmptyStateText(getTranslation("faq.empty"));
    }

    private Anchor exportLink(FaqExport export, FaqFileFormat format) {
        var link = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName("faq-" + LocalDate.now() + format.extension());
                    event.setContentType(format.mediaType());
                    export.export(filter, format, event.getOutputStream());
                },
                getTranslation("faq.export-as", format.name()));
        link.setId("faq-export-" + format.name().toLowerCase(java.util.Locale.ROOT));
        link.addClassName("sd-link-button");
        return link;
    }

    private void applyFilter() {
        var node = categoryPanel.selected();
        filter = new FaqFilter(
                search.getValue(),
                status.getValue(),
                node.isCategory() ? node.categoryId() : null,
                node.withoutCategory(),
                tag.getValue());
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
    }

    private void reloadCategories() {
        categoryPaths = categories.paths();
        var current = tag.getValue();
        var tags = faq.tags();
        tag.setItems(tags);
        if (current != null && tags.contains(current)) {
            tag.setValue(current);
        }
    }

    private void afterChange() {
        reloadCategories();
        categoryPanel.refresh();
        applyFilter();
    }

    private Set<Long> selectedIds() {
        return grid.getSelectedItems().stream().map(FaqListItem::id).collect(Collectors.toSet());
    }

    private void openEditor(FaqListItem item) {
        var node = categoryPanel.selected();
        var details = item == null ? null : faq.entry(item.id());
        new FaqEntryDialog(
                        faq,
                        bulk,
                        categoryPaths,
                        faq.tags(),
                        details,
                        node.isCategory() ? node.categoryId() : null,
                        this::afterChange)
                .open();
    }

    private void openImport() {
        new FaqImportDialog(faqImport, executor, this::afterChange).open();
    }

    private void openMoveDialog() {
        var dialog = new Dialog(getTranslation("faq.bulk-move"));
        var target = new ComboBox<Long>(getTranslation("faq.category"));
        target.setId("faq-bulk-move-target");
        target.setItems(categoryPaths.keySet().stream()
                .sorted((a, b) -> categoryPaths.get(a).compareToIgnoreCase(categoryPaths.get(b)))
                .toList());
        target.setItemLabelGenerator(categoryPaths::get);
        target.setPlaceholder(getTranslation("faq.category-none"));
        target.setClearButtonVisible(true);
        target.setWidthFull();
        var move = new Button(getTranslation("faq.bulk-move"), click -> {
            int moved = bulk.moveToCategory(selectedIds(), target.getValue());
            Messages.success("faq.bulk-done", moved);
            dialog.close();
            afterChange();
        });
        move.setId("faq-bulk-move-confirm");
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(target);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), move);
        dialog.open();
    }

    private void confirmBulkDelete() {
        var ids = selectedIds();
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("faq.bulk-delete-title", ids.size()));
        dialog.setText(getTranslation("faq.delete-text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("faq.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirm -> {
            Messages.success("faq.bulk-done", bulk.delete(List.copyOf(ids)));
            afterChange();
        });
        dialog.open();
    }
}
