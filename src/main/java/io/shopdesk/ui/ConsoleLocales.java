package io.shopdesk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import io.shopdesk.security.AccountManagement;
import io.shopdesk.security.CurrentUser;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The console's two languages and how a UI picks one: the language chosen in this session, else the signed-in
 * user's saved preference, else the browser's language (Chinese for any zh-*, English otherwise).
 */
@Component
public class ConsoleLocales implements VaadinServiceInitListener {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);
    private static final String SESSION_KEY = "shopdesk.locale";

    private final CurrentUser currentUser;
    private final AccountManagement accounts;

    ConsoleLocales(CurrentUser currentUser, AccountManagement accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(localeFor(init.getUI())));
    }

    /** Switches the current UI and session to the locale and reloads the page so every text is re-rendered. */
    public void switchTo(Locale locale) {
        var ui = UI.getCurrent();
        VaadinSession.getCurrent().setAttribute(SESSION_KEY, locale);
        if (currentUser.principal().isPresent()) {
            accounts.changeOwnLocale(locale);
        }
        ui.setLocale(locale);
        ui.getPage().reload();
    }

    public static Locale supported(Locale requested) {
        return requested != null && "zh".equals(requested.getLanguage()) ? CHINESE : ENGLISH;
    }

    private Locale localeFor(UI ui) {
        var session = ui.getSession();
        if (session.getAttribute(SESSION_KEY) instanceof Locale chosen) {
            return chosen;
        }
        var saved = currentUser.principal().flatMap(principal -> accounts.preferredLocale(principal.email()));
        if (saved.isPresent()) {
            session.setAttribute(SESSION_KEY, supported(saved.get()));
            return supported(saved.get());
        }
        var request = VaadinRequest.getCurrent();
        return supported(request == null ? null : request.getLocale());
    }
}
