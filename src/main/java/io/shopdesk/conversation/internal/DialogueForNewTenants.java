package io.shopdesk.conversation.internal;

import io.shopdesk.tenant.TenantCreated;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives every new tenant its dialogue settings in its default language, in the transaction that creates the
 * tenant (so both exist or neither). A tenant pack may have stored its own texts already in that transaction.
 */
@Component
class DialogueForNewTenants {

    private final TenantDialogueRepository settings;
    private final Clock clock;

    DialogueForNewTenants(TenantDialogueRepository settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    void on(TenantCreated created) {
        var row = settings.findFirstBy().orElseGet(() -> new TenantDialogue(created.defaultLocale(), clock.instant()));
        row.changeLocale(created.defaultLocale());
        settings.save(row);
    }
}
