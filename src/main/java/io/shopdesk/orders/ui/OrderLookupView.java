package io.shopdesk.orders.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.shopdesk.orders.OrderFieldMapping;
import io.shopdesk.orders.OrderLookupDraft;
import io.shopdesk.orders.OrderLookupManagement;
import io.shopdesk.orders.OrderLookupResult;
import io.shopdesk.orders.OrderLookupSettings;
import io.shopdesk.security.Roles;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.ui.Messages;
import io.shopdesk.ui.TranslatedTitle;
import io.shopdesk.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/**
 * The tenant's order lookup: the endpoint, its auth header (value masked once stored), the order-number pattern and
 * the response field mapping, with field errors for bad input; and a test with an order number that shows the
 * mapped order or what went wrong.
 */
@Route("order-lookup")
@Menu(order = 45, title = "nav.order-lookup", icon = "vaadin:truck")
@RolesAllowed(Roles.TENANT_ADMIN)
class OrderLookupView extends Main implements TranslatedTitle {

    private final OrderLookupManagement lookup;
    private final Checkbox enabled = new Checkbox();
    private final TextField url = field("order-url", "orders.view.url");
    private final TextField headerName = field("order-header-name", "orders.view.header-name");
    private final PasswordField headerValue = new PasswordField();
    private final TextField pattern = field("order-pattern", "orders.view.pattern");
    private final TextField status = field("order-status", "orders.view.status");
    private final TextField carrier = field("order-carrier", "orders.view.carrier");
    private final TextField tracking = field("order-tracking", "orders.view.tracking");
    private final TextField eta = field("order-eta", "orders.view.eta");
    private final TextField updated = field("order-updated", "orders.view.updated");
    private final TextField testNumber = field("order-test-number", "orders.view.test-number");
    private final Paragraph testResult = new Paragraph();

    OrderLookupView(OrderLookupManagement lookup) {
        this.lookup = lookup;
        addClassName("sd-page");
        add(new ViewHeader(getTranslation("nav.order-lookup"), getTranslation("orders.view.description")));
        enabled.setLabel(getTranslation("orders.view.enabled"));
        enabled.setId("order-enabled");
        url.setHelperText(getTranslation("orders.view.url-help"));
        url.setRequiredIndicatorVisible(true);
        headerValue.setLabel(getTranslation("orders.view.header-value"));
        headerValue.setId("order-header-value");
        headerValue.setRevealButtonVisible(false);
        pattern.setHelperText(getTranslation("orders.view.pattern-help"));
        status.setRequiredIndicatorVisible(true);
        show(lookup.current());

        var save = new Button(getTranslation("orders.view.save"), click -> save());
        save.setId("order-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(enabled, url, headerName, headerValue, pattern);
        form.setColspan(url, 2);
        form.setColspan(enabled, 2);
        form.setColspan(pattern, 2);
        var mapping = new FormLayout(status, carrier, tracking, eta, updated);
        form.setMaxWidth("48rem");
        mapping.setMaxWidth("48rem");

        var test = new Button(getTranslation("orders.view.test"), click -> test());
        test.setId("order-test");
        var testing = new HorizontalLayout(testNumber, test);
        testing.setAlignItems(FlexComponent.Alignment.BASELINE);
        testResult.setId("order-test-result");
        add(
                form,
                new H3(getTranslation("orders.view.mapping")),
                mapping,
                new HorizontalLayout(save),
                testing,
                testResult);
    }

    @Override
    public String titleKey() {
        return "nav.order-lookup";
    }

    private void show(OrderLookupSettings settings) {
        enabled.setValue(settings.enabled());
        url.setValue(settings.urlTemplate());
        headerName.setValue(settings.authHeaderName() == null ? "" : settings.authHeaderName());
        headerValue.clear();
        headerValue.setHelperText(
                settings.authHeaderHint() == null
                        ? getTranslation("orders.view.header-value-help")
                        : getTranslation("orders.view.header-value-stored", settings.authHeaderHint()));
        pattern.setValue(settings.orderNumberPattern());
        var mapping = settings.mapping();
        status.setValue(orEmpty(mapping.status()));
        carrier.setValue(orEmpty(mapping.carrier()));
        tracking.setValue(orEmpty(mapping.trackingNumber()));
        eta.setValue(orEmpty(mapping.estimatedDelivery()));
        updated.setValue(orEmpty(mapping.lastUpdate()));
    }

    private void save() {
        var fields = fields();
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            lookup.save(new OrderLookupDraft(
                    enabled.getValue(),
                    url.getValue(),
                    headerName.getValue(),
                    headerValue.getValue(),
                    pattern.getValue(),
                    new OrderFieldMapping(
                            status.getValue(),
                            carrier.getValue(),
                            tracking.getValue(),
                            eta.getValue(),
                            updated.getValue())));
            show(lookup.current());
            Messages.success("orders.view.saved");
        } catch (BusinessRuleException refused) {
            Messages.show(refused, fields);
        }
    }

    private void test() {
        testNumber.setInvalid(false);
        try {
            testResult.setText(describe(lookup.test(testNumber.getValue())));
        } catch (BusinessRuleException refused) {
            testResult.setText("");
            Messages.show(refused, Map.of("orderNumber", testNumber));
        }
    }

    private String describe(OrderLookupResult result) {
        return switch (result.outcome()) {
            case NOT_FOUND -> getTranslation("orders.view.result.not-found", result.orderNumber());
            case FAILED -> getTranslation("orders.view.result.failed", result.problem());
            case FOUND -> {
                var order = result.details();
                yield getTranslation(
                        "orders.view.result.found",
                        order.status(),
                        dash(order.carrier()),
                        dash(order.trackingNumber()),
                        dash(order.estimatedDelivery()),
                        dash(order.lastUpdate()));
            }
        };
    }

    private Map<String, HasValidation> fields() {
        return Map.of(
                "urlTemplate", url,
                "authHeaderName", headerName,
                "authHeaderValue", headerValue,
                "orderNumberPattern", pattern,
                "mapping.status", status,
                "mapping.carrier", carrier,
                "mapping.trackingNumber", tracking,
                "mapping.estimatedDelivery", eta,
                "mapping.lastUpdate", updated);
    }

    private TextField field(String id, String label) {
        var field = new TextField(getTranslation(label));
        field.setId(id);
        field.setWidthFull();
        return field;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String dash(String text) {
        return text == null ? "-" : text;
    }
}
