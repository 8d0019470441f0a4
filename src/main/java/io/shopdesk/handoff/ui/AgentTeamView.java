package io.shopdesk.handoff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.shopdesk.handoff.AgentWorkspace;
import io.shopdesk.handoff.Presence;
import io.shopdesk.handoff.TeamAgent;
import io.shopdesk.security.Roles;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.ui.Messages;
import io.shopdesk.ui.TranslatedTitle;
import io.shopdesk.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.TreeSet;

/**
 * The tenant's agents for the admin: who is online, away or not in the workspace, how many conversations each owns
 * of their capacity, and the skill groups they serve; the admin sets skill groups and capacity per agent.
 */
@Route("agents")
@Menu(order = 44, title = "nav.agents", icon = "vaadin:headset")
@RolesAllowed(Roles.TENANT_ADMIN)
class AgentTeamView extends Main implements TranslatedTitle {

    private final AgentWorkspace workspace;
    private final Grid<TeamAgent> grid = new Grid<>();

    AgentTeamView(AgentWorkspace workspace) {
        this.workspace = workspace;
        addClassName("sd-page");
        add(new ViewHeader(getTranslation("nav.agents"), getTranslation("agents.description")));
        grid.setId("agents");
        grid.setAllRowsVisible(true);
        grid.addColumn(agent ->
                        agent.displayName() == null || agent.displayName().isBlank()
                                ? agent.email()
                                : agent.displayName() + " <" + agent.email() + ">")
                .setHeader(getTranslation("agents.agent"))
                .setFlexGrow(2);
        grid.addColumn(this::presence)
                .setHeader(getTranslation("agent.presence"))
                .setAutoWidth(true);
        grid.addColumn(agent -> getTranslation(
                        "agents.load",
                        agent.status().ownedChats(),
                        agent.status().maxChats()))
                .setHeader(getTranslation("agents.capacity"))
                .setAutoWidth(true);
        grid.addColumn(agent -> agent.status().skillGroups().isEmpty()
                        ? getTranslation("agents.all-groups")
                        : String.join(", ", new TreeSet<>(agent.status().skillGroups())))
                .setHeader(getTranslation("agents.skill-groups"))
                .setFlexGrow(2);
        grid.addComponentColumn(agent -> {
                    var edit = new Button(getTranslation("agents.edit"), click -> edit(agent));
                    edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    edit.setId("agent-edit-" + agent.email().replaceAll("[^A-Za-z0-9]", "-"));
                    return edit;
                })
                .setAutoWidth(true);
        add(grid);
        refresh();
    }

    @Override
    public String titleKey() {
        return "nav.agents";
    }

    private String presence(TeamAgent agent) {
        if (!agent.inWorkspace()) {
            return getTranslation("agents.not-in-workspace");
        }
        return getTranslation(
                agent.status().presence() == Presence.ONLINE ? "agent.presence.online" : "agent.presence.away");
    }

    private void refresh() {
        grid.setItems(workspace.team());
    }

    private void edit(TeamAgent agent) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("agents.edit-title", agent.email()));
        var groups = new MultiSelectComboBox<String>(getTranslation("agents.skill-groups"));
        groups.setId("agent-skill-groups");
        groups.setHelperText(getTranslation("agents.skill-groups-help"));
        var known = new TreeSet<>(workspace.skillGroups());
        known.addAll(agent.status().skillGroups());
        groups.setItems(known);
        groups.setAllowCustomValue(true);
        groups.addCustomValueSetListener(typed -> {
            String group = typed.getDetail().strip();
            if (!group.isEmpty()) {
                known.add(group);
                groups.setItems(known);
                var chosen = new LinkedHashSet<>(groups.getValue());
                chosen.add(group);
                groups.setValue(chosen);
            }
        });
        groups.setValue(agent.status().skillGroups());
        var maxChats = new IntegerField(getTranslation("agents.max-chats"));
        maxChats.setId("agent-max-chats");
        maxChats.setMin(1);
        maxChats.setMax(AgentWorkspace.MAX_CHATS_LIMIT);
        maxChats.setStepButtonsVisible(true);
        maxChats.setValue(agent.status().maxChats());
        dialog.add(new FormLayout(groups, maxChats));
        var save = new Button(getTranslation("agents.save"), click -> {
            groups.setInvalid(false);
            maxChats.setInvalid(false);
            try {
                // An empty or unparsable number is refused by the same rule as one out of range.
                int chats = maxChats.getValue() == null ? 0 : maxChats.getValue();
                workspace.configure(agent.email(), groups.getValue(), chats);
                dialog.close();
                refresh();
                Messages.success("agents.saved", agent.email());
            } catch (BusinessRuleException refused) {
                Messages.show(refused, Map.of("skillGroups", groups, "maxChats", maxChats));
            }
        });
        save.setId("agent-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("agents.cancel"), click -> dialog.close()), save);
        dialog.open();
    }
}
