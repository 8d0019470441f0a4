package io.shopdesk.handoff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import io.shopdesk.handoff.HandoffRule;
import io.shopdesk.handoff.HandoffSimulator;
import io.shopdesk.handoff.SimulatedTurn;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.ui.Messages;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Runs a pasted conversation through the draft policy and shows, per customer line, which rule fires and why. */
class HandoffSimulatorPanel extends VerticalLayout {

    private final HandoffSimulator simulator;
    private final Supplier<List<HandoffRule>> draft;
    private final TextArea conversation = new TextArea();
    private final TextArea attributes = new TextArea();
    private final DateTimePicker at = new DateTimePicker();
    private final Grid<SimulatedTurn> turns = new Grid<>();

    HandoffSimulatorPanel(HandoffSimulator simulator, Supplier<List<HandoffRule>> draft) {
        this.simulator = simulator;
        this.draft = draft;
        setPadding(false);
        add(new H3(getTranslation("handoff.simulator.title")));
        conversation.setLabel(getTranslation("handoff.simulator.conversation"));
        conversation.setHelperText(getTranslation("handoff.simulator.conversation-help"));
        conversation.setId("simulator-conversation");
        conversation.setWidthFull();
        conversation.setMinHeight("8rem");
        attributes.setLabel(getTranslation("handoff.simulator.attributes"));
        attributes.setHelperText(getTranslation("handoff.simulator.attributes-help"));
        attributes.setId("simulator-attributes");
        at.setLabel(getTranslation("handoff.simulator.at"));
        at.setId("simulator-at");
        at.setValue(LocalDateTime.now().withSecond(0).withNano(0));
        var run = new Button(getTranslation("handoff.simulator.run"), click -> simulate());
        run.setId("simulator-run");
        turns.setId("simulator-turns");
        turns.setAllRowsVisible(true);
        turns.addColumn(SimulatedTurn::line)
                .setHeader(getTranslation("handoff.simulator.line"))
                .setAutoWidth(true);
        turns.addColumn(SimulatedTurn::text)
                .setHeader(getTranslation("handoff.simulator.text"))
                .setFlexGrow(2);
        turns.addColumn(this::preview)
                .setHeader(getTranslation("handoff.simulator.preview"))
                .setAutoWidth(true);
        turns.addColumn(turn -> getTranslation("handoff.action." + turn.action().name()))
                .setHeader(getTranslation("handoff.policy.action"))
                .setAutoWidth(true);
        turns.addColumn(turn -> turn.rule() == null ? "" : turn.rule())
                .setHeader(getTranslation("handoff.simulator.rule"))
                .setAutoWidth(true);
        turns.addColumn(turn -> turn.explanation() == null ? "" : turn.explanation())
                .setHeader(getTranslation("handoff.simulator.why"))
                .setFlexGrow(2);
        turns.setPartNameGenerator(turn -> turn.action().handsOff() ? "sd-handoff-turn" : null);
        turns.setVisible(false);
        add(conversation, new HorizontalLayout(attributes, at), run, turns);
    }

    private String preview(SimulatedTurn turn) {
        if (turn.outcome() == null) {
            return "";
        }
        return getTranslation("handoff.outcome." + turn.outcome().name()) + " "
                + String.format("%.2f", turn.confidence());
    }

    private void simulate() {
        conversation.setInvalid(false);
        attributes.setInvalid(false);
        var values = new LinkedHashMap<String, String>();
        for (String line : attributes.getValue().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals <= 0) {
                attributes.setErrorMessage(getTranslation("handoff.simulator.attribute-error", line.strip()));
                attributes.setInvalid(true);
                return;
            }
            values.put(
                    line.substring(0, equals).strip(),
                    line.substring(equals + 1).strip());
        }
        var when = at.getValue() == null ? LocalDateTime.now() : at.getValue();
        try {
            var result = simulator.simulate(
                    draft.get(),
                    conversation.getValue(),
                    values,
                    when.atZone(ZoneId.systemDefault()).toInstant());
            turns.setItems(result);
            turns.setVisible(true);
            if (result.isEmpty()) {
                Messages.error("handoff.simulator.no-lines");
            }
        } catch (BusinessRuleException refused) {
            Messages.show(refused, Map.of("conversation", conversation));
        }
    }
}
