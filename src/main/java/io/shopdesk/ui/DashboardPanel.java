package io.shopdesk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;

/** A titled group of dashboard cards. */
public class DashboardPanel extends Section {

    public DashboardPanel(String title, Component... cards) {
        addClassName("sd-dashboard-panel");
        var body = new Div(cards);
        body.addClassName("sd-card-row");
        add(new H3(title), body);
    }
}
