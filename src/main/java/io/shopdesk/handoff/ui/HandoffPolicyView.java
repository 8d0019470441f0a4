package io.shopdesk.handoff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.shopdesk.conversation.ReopenRoute;
import io.shopdesk.handoff.HandoffPolicies;
import io.shopdesk.handoff.HandoffRule;
import io.shopdesk.handoff.HandoffSimulator;
import io.shopdesk.security.Roles;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.ui.Messages;
import io.shopdesk.ui.TranslatedTitle;
import io.shopdesk.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tenant's handoff policy: the ordered rules (edited as a draft, saved as a whole), where a reopened conversation
 * goes, and a simulator that runs a pasted conversation through the draft.
 */
@Route("handoff-policy")
@Menu(order = 42, title = "nav.handoff-policy", icon = "vaadin:exchange")
@RolesAllowed(Roles.TENANT_ADMIN)
class HandoffPolicyView extends Main implements TranslatedTitle {

    private static final Pattern RULE_FIELD = Pattern.compile("rules\\[(\\d+)]\\..*");

    private final HandoffPolicies policies;
    private final List<HandoffRule> draft;
    private final Grid<HandoffRule> grid = new Grid<>();
    private final ComboBox<ReopenRoute> reopen = new ComboBox<>();

    HandoffPolicyView(HandoffPolicies policies, HandoffSimulator simulator) {
        this.policies = policies;
        this.draft = new ArrayList<>(policies.rules());
        addClassName("sd-page");
        add(new ViewHeader(getTranslation("nav.handoff-policy"), getTranslation("handoff.policy.description")));
        grid.setId("handoff-rules");
        grid.setAllRowsVisible(true);
        grid.addColumn(HandoffRule::name)
                .setHeader(getTranslation("handoff.policy.name"))
                .setAutoWidth(true);
        grid.addColumn(rule -> getTranslation("handoff.type." + rule.type().name()))
                .setHeader(getTranslation("handoff.policy.type"))
                .setAutoWidth(true);
        grid.addColumn(HandoffRule::parameter)
                .setHeader(getTranslation("handoff.policy.parameter"))
                .setFlexGrow(2);
        grid.addColumn(rule -> getTranslation("handoff.action." + rule.action().name()))
                .setHeader(getTranslation("handoff.policy.action"))
                .setAutoWidth(true);
        grid.addColumn(rule -> rule.skillGroup() == null ? "" : rule.skillGroup())
                .setHeader(getTranslation("handoff.policy.skill-group"))
                .setAutoWidth(true);
        grid.addColumn(rule -> rule.message() == null ? "" : rule.message())
                .setHeader(getTranslation("handoff.policy.message"))
                .setFlexGrow(2);
        grid.addColumn(rule -> getTranslation(rule.enabled() ? "handoff.policy.on" : "handoff.policy.off"))
                .setHeader(getTranslation("handoff.policy.enabled"))
                .setAutoWidth(true);
        grid.addItemDoubleClickListener(click -> edit(draft.indexOf(click.getItem()), null));
        var add = button("handoff.policy.add-rule", "rule-add", () -> edit(draft.size(), null));
        var edit = button("handoff.policy.edit-rule", "rule-edit", () -> selected(index -> edit(index, null)));
        var delete = button(
                "handoff.policy.delete",
                "rule-delete",
                () -> selected(index -> {
                    draft.remove(index);
                    refresh(null);
                }));
        var up = button("handoff.policy.up", "rule-up", () -> selected(index -> move(index, -1)));
        var down = button("handoff.policy.down", "rule-down", () -> selected(index -> move(index, 1)));
        var toggle = button(
                "handoff.policy.toggle",
                "rule-toggle",
                () -> selected(index -> {
                    var rule = draft.get(index);
                    draft.set(
                            index,
                            new HandoffRule(
                                    rule.name(),
                                    rule.type(),
                                    rule.parameter(),
                                    rule.action(),
                                    rule.skillGroup(),
                                    rule.message(),
                                    !rule.enabled()));
                    refresh(draft.get(index));
                }));
        var save = button("handoff.policy.save", "rules-save", this::save);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reopen.setLabel(getTranslation("handoff.policy.reopen"));
        reopen.setId("reopen-route");
        reopen.setMinWidth("24rem");
        reopen.setItems(ReopenRoute.values());
        reopen.setItemLabelGenerator(route -> getTranslation("handoff.reopen." + route.name()));
        reopen.setValue(policies.reopenRoute());
        var saveReopen = button("handoff.policy.save-reopen", "reopen-save", this::saveReopen);
        var reopenRow = new HorizontalLayout(reopen, saveReopen);
        reopenRow.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        refresh(null);
        add(
                new HorizontalLayout(add, edit, delete, up, down, toggle, save),
                grid,
                reopenRow,
                new HandoffSimulatorPanel(simulator, () -> List.copyOf(draft)));
    }

    @Override
    public String titleKey() {
        return "nav.handoff-policy";
    }

    private Button button(String key, String id, Runnable action) {
        var button = new Button(getTranslation(key), click -> action.run());
        button.setId(id);
        return button;
    }

    private void selected(java.util.function.IntConsumer action) {
        var rule = grid.asSingleSelect().getValue();
        if (rule == null) {
            Messages.error("handoff.policy.select-rule");
        } else {
            action.accept(draft.indexOf(rule));
        }
    }

    private void edit(int index, BusinessRuleException violation) {
        var dialog = new HandoffRuleDialog(List.copyOf(draft), index, changed -> {
            draft.clear();
            draft.addAll(changed);
            refresh(draft.get(Math.min(index, draft.size() - 1)));
        });
        dialog.open();
        if (violation != null) {
            dialog.show(violation, index);
        }
    }

    private void move(int index, int by) {
        int target = index + by;
        if (target >= 0 && target < draft.size()) {
            Collections.swap(draft, index, target);
            refresh(draft.get(target));
        }
    }

    private void refresh(HandoffRule selected) {
        grid.setItems(List.copyOf(draft));
        grid.asSingleSelect().setValue(selected);
    }

    private void save() {
        try {
            policies.save(List.copyOf(draft));
            Messages.success("handoff.policy.saved");
        } catch (BusinessRuleException refused) {
            Matcher rule = RULE_FIELD.matcher(refused.field() == null ? "" : refused.field());
            if (rule.matches() && Integer.parseInt(rule.group(1)) < draft.size()) {
                int index = Integer.parseInt(rule.group(1));
                grid.asSingleSelect().setValue(draft.get(index));
                edit(index, refused);
            } else {
                Messages.show(refused, Map.of());
            }
        }
    }

    private void saveReopen() {
        reopen.setInvalid(false);
        try {
            policies.saveReopenRoute(reopen.getValue());
            Messages.success("handoff.policy.reopen-saved");
        } catch (BusinessRuleException refused) {
            Messages.show(refused, Map.of("reopenRoute", reopen));
        }
    }
}
