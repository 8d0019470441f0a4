package io.shopdesk.handoff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.shopdesk.conversation.HandoffAction;
import io.shopdesk.handoff.HandoffPolicies;
import io.shopdesk.handoff.HandoffRule;
import io.shopdesk.handoff.HandoffRuleType;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.ui.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Adds or edits one rule of the draft policy. OK checks the whole draft with the rule in place, so a bad regex or a
 * missing parameter shows on its field before anything is saved.
 */
class HandoffRuleDialog extends Dialog {

    private final TextField name = new TextField();
    private final ComboBox<HandoffRuleType> type = new ComboBox<>();
    private final TextArea parameter = new TextArea();
    private final ComboBox<HandoffAction> action = new ComboBox<>();
    private final TextField skillGroup = new TextField();
    private final TextArea message = new TextArea();
    private final Checkbox enabled = new Checkbox();

    /**
     * @param draft the policy as edited so far
     * @param index the rule's position in the draft, or {@code draft.size()} for a new rule
     * @param done receives the draft with the rule in place
     */
    HandoffRuleDialog(List<HandoffRule> draft, int index, Consumer<List<HandoffRule>> done) {
        setHeaderTitle(getTranslation(index < draft.size() ? "handoff.policy.edit-rule" : "handoff.policy.add-rule"));
        name.setLabel(getTranslation("handoff.policy.name"));
        name.setId("rule-name");
        name.setRequiredIndicatorVisible(true);
        type.setLabel(getTranslation("handoff.policy.type"));
        type.setId("rule-type");
        type.setItems(HandoffRuleType.values());
        type.setItemLabelGenerator(value -> getTranslation("handoff.type." + value.name()));
        type.addValueChangeListener(change -> parameter.setHelperText(
                change.getValue() == null
                        ? null
                        : getTranslation(
                                "handoff.type-help." + change.getValue().name())));
        parameter.setLabel(getTranslation("handoff.policy.parameter"));
        parameter.setId("rule-parameter");
        action.setLabel(getTranslation("handoff.policy.action"));
        action.setId("rule-action");
        action.setItems(HandoffAction.values());
        action.setItemLabelGenerator(value -> getTranslation("handoff.action." + value.name()));
        skillGroup.setLabel(getTranslation("handoff.policy.skill-group"));
        skillGroup.setId("rule-skill-group");
        message.setLabel(getTranslation("handoff.policy.message"));
        message.setId("rule-message");
        enabled.setLabel(getTranslation("handoff.policy.enabled"));
        enabled.setId("rule-enabled");
        var rule = index < draft.size()
                ? draft.get(index)
                : new HandoffRule("", HandoffRuleType.KEYWORD, "", HandoffAction.HAND_OFF, null, null, true);
        name.setValue(rule.name());
        type.setValue(rule.type());
        parameter.setValue(rule.parameter());
        action.setValue(rule.action());
        skillGroup.setValue(rule.skillGroup() == null ? "" : rule.skillGroup());
        message.setValue(rule.message() == null ? "" : rule.message());
        enabled.setValue(rule.enabled());
        var form = new FormLayout(name, type, parameter, action, skillGroup, message, enabled);
        form.setMaxWidth("40rem");
        add(form);
        var ok = new Button(getTranslation("handoff.policy.ok"), click -> accept(draft, index, done));
        ok.setId("rule-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("handoff.policy.cancel"), click -> close());
        cancel.setId("rule-cancel");
        getFooter().add(cancel, ok);
    }

    /** Shows a violation the service reported for this rule on its field. */
    void show(BusinessRuleException violation, int index) {
        String prefix = "rules[" + index + "].";
        String field = violation.field() == null ? "" : violation.field();
        var fields = Map.of(
                prefix + "name", name,
                prefix + "type", type,
                prefix + "parameter", parameter,
                prefix + "skillGroup", skillGroup,
                prefix + "message", message);
        Messages.show(violation, field.startsWith(prefix) ? fields : Map.of());
    }

    private void accept(List<HandoffRule> draft, int index, Consumer<List<HandoffRule>> done) {
        List.of(name, parameter, skillGroup, message).forEach(field -> field.setInvalid(false));
        type.setInvalid(false);
        var rule = new HandoffRule(
                name.getValue().strip(),
                type.getValue(),
                parameter.getValue(),
                action.getValue(),
                skillGroup.getValue(),
                message.getValue(),
                enabled.getValue());
        var changed = new ArrayList<>(draft);
        if (index < changed.size()) {
            changed.set(index, rule);
        } else {
            changed.add(rule);
        }
        try {
            HandoffPolicies.check(changed);
        } catch (BusinessRuleException refused) {
            String field = refused.field() == null ? "" : refused.field();
            if (field.startsWith("rules[" + index + "].") || !field.startsWith("rules[")) {
                show(refused, index);
                return;
            }
            // another rule is wrong already: the view shows that one when saving
        }
        done.accept(changed);
        close();
    }
}
