package io.shopdesk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The heading of a view: title, optional description, and actions on the right. */
public class ViewHeader extends Header {

    public ViewHeader(String title, String description, Component... actions) {
        addClassName("sd-view-header");
        var text = new Div(new H1(title));
        if (description != null) {
            text.add(new Paragraph(description));
        }
        var actionBar = new HorizontalLayout(actions);
        actionBar.setAlignItems(FlexComponent.Alignment.CENTER);
        add(text, actionBar);
    }
}
