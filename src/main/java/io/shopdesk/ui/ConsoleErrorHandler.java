package io.shopdesk.ui;

import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.shopdesk.shared.BusinessRuleException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * What the console shows when an action fails: a broken rule in the user's language, "not allowed" for access
 * denied, and for anything else a short message with a reference that is also in the log, never a stack trace.
 */
@Component
class ConsoleErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ConsoleErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    static final class Handler implements ErrorHandler {
        @Override
        public void error(ErrorEvent event) {
            Throwable cause = event.getThrowable();
            if (DisconnectedClientHelper.isClientDisconnectedException(cause)) {
                // The browser left (reload, navigation, closed tab) while a response was written: nobody to tell.
                log.debug("Browser went away during a console response: {}", cause.toString());
                return;
            }
            while (cause != null) {
                if (cause instanceof BusinessRuleException violation) {
                    Messages.error(violation.messageKey(), violation.arguments());
                    return;
                }
                if (cause instanceof AccessDeniedException) {
                    Messages.error("error.access-denied");
                    return;
                }
                cause = cause.getCause();
            }
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Console error {}", reference, event.getThrowable());
            Messages.error("error.unexpected", reference);
        }
    }
}
