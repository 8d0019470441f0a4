package io.shopdesk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasDynamicTitle;

/** A view whose title (browser tab and layout header) is an i18n key, shown in the user's language. */
public interface TranslatedTitle extends HasDynamicTitle {

    String titleKey();

    @Override
    default String getPageTitle() {
        var ui = UI.getCurrent();
        return ui == null ? titleKey() : ui.getTranslation(titleKey());
    }
}
