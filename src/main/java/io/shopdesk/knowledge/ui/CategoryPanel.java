package io.shopdesk.knowledge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import io.shopdesk.knowledge.FaqCategories;
import io.shopdesk.knowledge.FaqCategoryNode;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.ui.Messages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The category tree beside the FAQ grid: "All entries", "No category" and the tenant's categories with their entry
 * counts. Choosing one filters the grid; trainers add, rename and delete (empty) categories here.
 */
class CategoryPanel extends Div {

    /** A node of the tree: all entries, entries without a category, or one category. */
    record Node(Long categoryId, boolean withoutCategory, String name, long count) {

        static final Node ALL = new Node(null, false, null, -1);
        static final Node NONE = new Node(null, true, null, -1);

        boolean isCategory() {
            return categoryId != null;
        }
    }

    private final FaqCategories categories;
    private final Consumer<Node> onSelect;
    private final TreeGrid<Node> tree = new TreeGrid<>();
    private final Button rename = new Button(VaadinIcon.EDIT.create());
    private final Button delete = new Button(VaadinIcon.TRASH.create());
    private Node selected = Node.ALL;

    CategoryPanel(FaqCategories categories, Consumer<Node> onSelect) {
        this.categories = categories;
        this.onSelect = onSelect;
        addClassName("sd-category-panel");
        tree.setId("faq-category-tree");
        tree.addHierarchyColumn(this::label);
        tree.addThemeVariants(
                com.vaadin.flow.component.grid.GridVariant.LUMO_COMPACT,
                com.vaadin.flow.component.grid.GridVariant.LUMO_NO_BORDER);
        tree.setAllRowsVisible(false);
        tree.asSingleSelect().addValueChangeListener(change -> {
            selected = change.getValue() == null ? Node.ALL : change.getValue();
            updateButtons();
            onSelect.accept(selected);
        });

        var add = new Button(VaadinIcon.PLUS.create(), click -> openNameDialog(null));
        add.setId("faq-category-add");
        add.setTooltipText(getTranslation("faq.category-add"));
        add.setAriaLabel(getTranslation("faq.category-add"));
        rename.setTooltipText(getTranslation("faq.category-rename"));
        rename.setAriaLabel(getTranslation("faq.category-rename"));
        rename.addClickListener(click -> openNameDialog(selected));
        delete.setTooltipText(getTranslation("faq.category-delete"));
        delete.setAriaLabel(getTranslation("faq.category-delete"));
        delete.addClickListener(click -> confirmDelete(selected));
        for (Button button : List.of(add, rename, delete)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        add(new H3(getTranslation("faq.categories")), tree, new HorizontalLayout(add, rename, delete));
        refresh();
    }

    Node selected() {
        return selected;
    }

    void refresh() {
        var nodes = categories.tree();
        var data = new TreeData<Node>();
        data.addRootItems(Node.ALL, Node.NONE);
        var byId = new HashMap<Long, Node>();
        nodes.forEach(node -> byId.put(node.id(), new Node(node.id(), false, node.name(), node.entryCount())));
        addChildren(data, null, nodes, byId);
        tree.setDataProvider(new TreeDataProvider<>(data));
        tree.expandRecursively(data.getRootItems(), 3);
        var keep = selected.isCategory() ? byId.get(selected.categoryId()) : null;
        selected = keep != null ? keep : selected.isCategory() ? Node.ALL : selected;
        updateButtons();
    }

    private void addChildren(TreeData<Node> data, Long parentId, List<FaqCategoryNode> nodes, Map<Long, Node> byId) {
        for (FaqCategoryNode node : nodes) {
            boolean child = parentId == null ? node.parentId() == null : parentId.equals(node.parentId());
            if (child && byId.containsKey(node.id())) {
                data.addItem(parentId == null ? null : byId.get(parentId), byId.get(node.id()));
                addChildren(data, node.id(), nodes, byId);
            }
        }
    }

    private String label(Node node) {
        if (node == Node.ALL || (!node.isCategory() && !node.withoutCategory())) {
            return getTranslation("faq.category-all");
        }
        if (node.withoutCategory()) {
            return getTranslation("faq.category-none");
        }
        return node.name() + " (" + node.count() + ")";
    }

    private void updateButtons() {
        rename.setEnabled(selected.isCategory());
        delete.setEnabled(selected.isCategory());
    }

    private void openNameDialog(Node renaming) {
        var dialog = new Dialog(getTranslation(renaming == null ? "faq.category-add" : "faq.category-rename"));
        var name = new TextField(getTranslation("faq.category-name"));
        name.setId("faq-category-name");
        name.setWidthFull();
        name.setMaxLength(120);
        if (renaming != null) {
            name.setValue(renaming.name());
        } else if (selected.isCategory()) {
            name.setHelperText(getTranslation("faq.category-under", selected.name()));
        }
        var save = new Button(getTranslation("action.save"), click -> {
            try {
                if (renaming == null) {
                    categories.create(selected.isCategory() ? selected.categoryId() : null, name.getValue());
                } else {
                    categories.rename(renaming.categoryId(), name.getValue());
                }
                dialog.close();
                refresh();
                onSelect.accept(selected);
            } catch (BusinessRuleException violation) {
                Messages.show(violation, Map.of("name", name));
            }
        });
        save.setId("faq-category-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(name);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
        name.focus();
    }

    private void confirmDelete(Node node) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("faq.category-delete-title", node.name()));
        dialog.setText(getTranslation("faq.category-delete-text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("faq.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirm -> {
            categories.delete(node.categoryId());
            selected = Node.ALL;
            refresh();
            onSelect.accept(selected);
        });
        dialog.open();
    }
}
