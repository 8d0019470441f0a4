package io.shopdesk.knowledge.ui.components;

import com.vaadin.flow.component.combobox.ComboBox;
import io.shopdesk.knowledge.FaqFilter;
import io.shopdesk.knowledge.FaqListItem;
import io.shopdesk.knowledge.FaqManagement;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** A combo box that searches the tenant's FAQ entries in the database as the trainer types. */
public final class FaqEntryCombo {

    private FaqEntryCombo() {}

    public static ComboBox<FaqListItem> create(FaqManagement faq, String label) {
        var combo = new ComboBox<FaqListItem>(label);
        combo.setItemLabelGenerator(FaqListItem::question);
        combo.setItems(
                query -> faq
                        .list(
                                FaqFilter.ALL.withText(query.getFilter().orElse("")),
                                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("question")))
                        .stream(),
                query -> (int) Math.min(
                        Integer.MAX_VALUE,
                        faq.count(FaqFilter.ALL.withText(query.getFilter().orElse("")))));
        combo.setWidthFull();
        return combo;
    }
}
