package io.shopdesk.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import io.shopdesk.shared.BusinessRuleException;
import java.util.Map;

/** Shows translated messages and rule violations to the user. */
public final class Messages {

    private Messages() {}

    public static String t(String key, Object... arguments) {
        var ui = UI.getCurrent();
        return ui == null ? key : ui.getTranslation(key, arguments);
    }

    public static void success(String key, Object... arguments) {
        var notification = Notification.show(t(key, arguments), 4000, Notification.Position.BOTTOM_END);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
    }

    public static void error(String key, Object... arguments) {
        var notification = Notification.show(t(key, arguments), 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.ERROR);
    }

    /** The rule violation as text in the user's language. */
    public static String describe(BusinessRuleException violation) {
        return t(violation.messageKey(), violation.arguments());
    }

    /**
     * Shows a rule violation on the form field it names, or as a notification when it names none of the fields.
     *
     * @param fields form fields by the field names services use in {@link BusinessRuleException#field()}
     */
    public static void show(BusinessRuleException violation, Map<String, ? extends HasValidation> fields) {
        var field = violation.field() == null ? null : fields.get(violation.field());
        if (field != null) {
            field.setErrorMessage(describe(violation));
            field.setInvalid(true);
        } else {
            error(violation.messageKey(), violation.arguments());
        }
    }
}
