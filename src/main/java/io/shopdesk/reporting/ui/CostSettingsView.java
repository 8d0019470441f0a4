package io.shopdesk.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.shopdesk.reporting.CostSettings;
import io.shopdesk.reporting.CostSettingsManagement;
import io.shopdesk.security.Roles;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.ui.Messages;
import io.shopdesk.ui.TranslatedTitle;
import io.shopdesk.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;
import java.util.Currency;
import java.util.Map;

/** The tenant's cost model: what an agent-handled and a bot conversation cost, and in which currency. */
@Route("cost-settings")
@Menu(order = 41, title = "nav.cost-settings", icon = "vaadin:money")
@RolesAllowed(Roles.TENANT_ADMIN)
class CostSettingsView extends Main implements TranslatedTitle {

    private final CostSettingsManagement settings;
    private final BigDecimalField agent = new BigDecimalField();
    private final BigDecimalField bot = new BigDecimalField();
    private final ComboBox<String> currency = new ComboBox<>();

    CostSettingsView(CostSettingsManagement settings) {
        this.settings = settings;
        addClassName("sd-page");
        add(new ViewHeader(getTranslation("nav.cost-settings"), getTranslation("reporting.cost.description")));
        agent.setLabel(getTranslation("reporting.cost.agent"));
        agent.setId("cost-agent");
        agent.setRequiredIndicatorVisible(true);
        bot.setLabel(getTranslation("reporting.cost.bot"));
        bot.setId("cost-bot");
        bot.setRequiredIndicatorVisible(true);
        currency.setLabel(getTranslation("reporting.cost.currency"));
        currency.setId("cost-currency");
        currency.setItems(Currency.getAvailableCurrencies().stream()
                .map(Currency::getCurrencyCode)
                .sorted()
                .toList());
        currency.setAllowCustomValue(false);
        var current = settings.current();
        agent.setValue(current.agentConversation().stripTrailingZeros());
        bot.setValue(current.botConversation().stripTrailingZeros());
        currency.setValue(current.currency());
        var save = new Button(getTranslation("reporting.cost.save"), click -> save());
        save.setId("cost-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(agent, bot, currency);
        form.setMaxWidth("40rem");
        add(form, save);
    }

    @Override
    public String titleKey() {
        return "nav.cost-settings";
    }

    private void save() {
        agent.setInvalid(false);
        bot.setInvalid(false);
        currency.setInvalid(false);
        try {
            settings.save(new CostSettings(agent.getValue(), bot.getValue(), currency.getValue()));
            Messages.success("reporting.cost.saved");
        } catch (BusinessRuleException refused) {
            Messages.show(refused, Map.of("agentConversation", agent, "botConversation", bot, "currency", currency));
        }
    }
}
