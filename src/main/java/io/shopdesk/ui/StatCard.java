package io.shopdesk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

/** A dashboard figure: a label, a big value, and optionally a bar showing use of a limit. */
public class StatCard extends Div {

    public StatCard(String label, String value) {
        addClassName("sd-stat-card");
        var valueText = new Span(value);
        valueText.addClassName("sd-stat-value");
        var labelText = new Span(label);
        labelText.addClassName("sd-stat-label");
        add(labelText, valueText);
    }

    /** A card for usage against a limit; the bar turns to a warning colour from 80 %. */
    public static StatCard usage(String label, long used, long limit) {
        var card = new StatCard(label, used + " / " + limit);
        var bar = new ProgressBar(0, Math.max(1, limit), Math.min(used, Math.max(1, limit)));
        if (limit > 0 && used * 5 >= limit * 4) {
            bar.addThemeName("error");
        }
        card.add(bar);
        return card;
    }
}
