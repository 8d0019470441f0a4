package io.shopdesk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;

/** A plain HTML form, for posting to a non-Vaadin endpoint such as Spring Security's login. */
@Tag("form")
class NativeForm extends Component implements HasComponents, HasStyle {

    NativeForm(String method, String action) {
        getElement().setAttribute("method", method);
        getElement().setAttribute("action", action);
    }
}
