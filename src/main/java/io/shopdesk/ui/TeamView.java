package io.shopdesk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.shopdesk.security.AccountManagement;
import io.shopdesk.security.InitialCredentials;
import io.shopdesk.security.MemberDraft;
import io.shopdesk.security.MemberSummary;
import io.shopdesk.security.Roles;
import io.shopdesk.shared.BusinessRuleException;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A tenant admin's team: members with their roles, and adding a member within the plan's seats. */
@Route("team")
@Menu(order = 80, title = "nav.team", icon = "vaadin:users")
@RolesAllowed(Roles.TENANT_ADMIN)
class TeamView extends Main implements TranslatedTitle {

    private final AccountManagement accounts;
    private final Grid<MemberSummary> grid = new Grid<>();

    TeamView(AccountManagement accounts) {
        this.accounts = accounts;
        addClassName("sd-page");
        var add = new Button(getTranslation("team.add"), VaadinIcon.PLUS.create(), click -> openAddDialog());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("team-add");
        add(new ViewHeader(getTranslation("nav.team"), getTranslation("team.description"), add));
        grid.addColumn(MemberSummary::displayName)
                .setHeader(getTranslation("team.name"))
                .setSortable(true);
        grid.addColumn(MemberSummary::email)
                .setHeader(getTranslation("team.email"))
                .setSortable(true);
        grid.addColumn(member -> member.roles().stream()
                        .map(role -> getTranslation("role." + role))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("team.roles"));
        grid.addColumn(member -> getTranslation(member.locked() ? "team.locked" : "team.active"))
                .setHeader(getTranslation("team.state"));
        add(grid);
        refresh();
    }

    @Override
    public String titleKey() {
        return "nav.team";
    }

    private void refresh() {
        grid.setItems(accounts.membersOfCurrentTenant());
    }

    private void openAddDialog() {
        var dialog = new Dialog(getTranslation("team.add"));
        var email = new EmailField(getTranslation("team.email"));
        email.setRequired(true);
        email.setId("team-email");
        var name = new TextField(getTranslation("team.name"));
        name.setId("team-name");
        var roles = new CheckboxGroup<String>(getTranslation("team.roles"));
        roles.setItems(Roles.TENANT_ROLES);
        roles.setItemLabelGenerator(role -> getTranslation("role." + role));
        roles.setValue(Set.of(Roles.AGENT));
        dialog.add(new FormLayout(email, name, roles));
        var save = new Button(getTranslation("action.add"), click -> {
            email.setInvalid(false);
            roles.setInvalid(false);
            try {
                var credentials = accounts.addMember(new MemberDraft(
                        email.getValue(), name.getValue(), new LinkedHashSet<>(roles.getValue()), null, null));
                dialog.close();
                refresh();
                showCredentials(credentials);
            } catch (BusinessRuleException violation) {
                Messages.show(violation, Map.of("email", email, "roles", roles));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("team-add-save");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void showCredentials(InitialCredentials credentials) {
        var dialog = new Dialog(getTranslation("team.added-title"));
        if (credentials.password().isEmpty()) {
            dialog.add(new Paragraph(getTranslation("team.added-existing", credentials.email())));
        } else {
            var password = new TextField(getTranslation("tenants.first-password"));
            password.setValue(credentials.password());
            password.setReadOnly(true);
            password.setId("member-password");
            dialog.add(new Paragraph(getTranslation("tenants.first-password-help")), password);
        }
        dialog.getFooter().add(new Button(getTranslation("action.done"), click -> dialog.close()));
        dialog.open();
    }
}
