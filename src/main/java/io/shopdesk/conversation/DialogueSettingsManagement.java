package io.shopdesk.conversation;

import io.shopdesk.conversation.internal.DialogueSettingsCache;
import io.shopdesk.conversation.internal.TenantDialogue;
import io.shopdesk.conversation.internal.TenantDialogueRepository;
import io.shopdesk.engine.ConfidenceThresholds;
import io.shopdesk.security.Roles;
import io.shopdesk.security.TenantContext;
import io.shopdesk.security.TenantDirectory;
import io.shopdesk.shared.BusinessRuleException;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's dialogue policy: thresholds, greeting and fallback (written in the tenant's default language,
 * which the tenant module keeps). Tenant packs define it when they load;
 * tenant admins change it (the console's settings view is a later issue). Changes reach the runtime at once on
 * this node.
 */
@Service
public class DialogueSettingsManagement {

    static final int MAX_TEXT = 1000;

    private final TenantDialogueRepository settings;
    private final TenantDirectory tenants;
    private final DialogueSettingsCache cache;
    private final Clock clock;

    DialogueSettingsManagement(
            TenantDialogueRepository settings, TenantDirectory tenants, DialogueSettingsCache cache, Clock clock) {
        this.settings = settings;
        this.tenants = tenants;
        this.cache = cache;
        this.clock = clock;
    }

    @PreAuthorize(Roles.HAS_TENANT_ADMIN)
    @Transactional(readOnly = true)
    public DialogueSettings currentSettings() {
        var tenant = TenantContext.require();
        String locale = DialogueSettingsCache.localeOf(tenants, tenant);
        return settings.findFirstBy()
                .map(row -> DialogueSettingsCache.toSettings(tenant, locale, row))
                .orElseGet(() -> new DialogueSettings(tenant, locale, ConfidenceThresholds.DEFAULTS, null, null));
    }

    @PreAuthorize(Roles.HAS_TENANT_ADMIN)
    @Transactional
    public DialogueSettings update(DialogueSettingsDraft draft) {
        return defineAsSystem(draft);
    }

    /** Stores the current tenant's settings without a signed-in admin (tenant packs). */
    @Transactional
    public DialogueSettings defineAsSystem(DialogueSettingsDraft draft) {
        var tenant = TenantContext.require();
        validate(draft);
        var row = settings.findFirstBy().orElseGet(() -> new TenantDialogue(clock.instant()));
        row.change(
                draft.answerThreshold(),
                draft.suggestThreshold(),
                blankToNull(draft.greeting()),
                blankToNull(draft.fallback()),
                clock.instant());
        settings.save(row);
        cache.forgetAfterCommit(tenant);
        return DialogueSettingsCache.toSettings(tenant, DialogueSettingsCache.localeOf(tenants, tenant), row);
    }

    private static void validate(DialogueSettingsDraft draft) {
        if ((draft.answerThreshold() == null) != (draft.suggestThreshold() == null)) {
            throw BusinessRuleException.onField("suggestThreshold", "chat.error.thresholds");
        }
        if (draft.answerThreshold() != null) {
            try {
                new ConfidenceThresholds(draft.answerThreshold(), draft.suggestThreshold());
            } catch (IllegalArgumentException e) {
                throw BusinessRuleException.onField("suggestThreshold", "chat.error.thresholds");
            }
        }
        for (String text : new String[] {draft.greeting(), draft.fallback()}) {
            if (text != null && text.strip().length() > MAX_TEXT) {
                throw BusinessRuleException.onField("greeting", "chat.error.bot-text-too-long", MAX_TEXT);
            }
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
