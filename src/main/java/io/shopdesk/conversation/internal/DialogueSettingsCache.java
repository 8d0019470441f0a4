package io.shopdesk.conversation.internal;

import io.shopdesk.conversation.DialogueSettings;
import io.shopdesk.engine.ConfidenceThresholds;
import io.shopdesk.security.TenantContext;
import io.shopdesk.security.TenantDirectory;
import io.shopdesk.shared.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every tenant's dialogue settings as the runtime reads them on each message: cached, forgotten when they change
 * on this node, re-read after {@code shopdesk.chat.settings-cache} for changes made on another node.
 */
@Component
public class DialogueSettingsCache {

    private final TenantDialogueRepository settings;
    private final TenantDirectory tenants;
    private final Clock clock;
    private final Duration timeToLive;
    private final ConcurrentHashMap<TenantId, Cached> cache = new ConcurrentHashMap<>();

    DialogueSettingsCache(
            TenantDialogueRepository settings,
            TenantDirectory tenants,
            Clock clock,
            @Value("${shopdesk.chat.settings-cache:30s}") Duration timeToLive) {
        this.settings = settings;
        this.tenants = tenants;
        this.clock = clock;
        this.timeToLive = timeToLive;
    }

    /** The tenant's settings; call outside a transaction. */
    public DialogueSettings settingsFor(TenantId tenant) {
        Instant now = clock.instant();
        var cached = cache.get(tenant);
        if (cached != null && cached.expires().isAfter(now)) {
            return cached.settings();
        }
        String locale = localeOf(tenants, tenant);
        var loaded = TenantContext.callAs(
                tenant,
                () -> settings.findFirstBy()
                        .map(row -> toSettings(tenant, locale, row))
                        .orElseGet(
                                () -> new DialogueSettings(tenant, locale, ConfidenceThresholds.DEFAULTS, null, null)));
        cache.put(tenant, new Cached(loaded, now.plus(timeToLive)));
        return loaded;
    }

    /** Forgets the tenant's settings once the current transaction commits. */
    public void forgetAfterCommit(TenantId tenant) {
        AfterCommit.run(() -> cache.remove(tenant));
    }

    public static DialogueSettings toSettings(TenantId tenant, String locale, TenantDialogue row) {
        var thresholds = row.answerThreshold() == null || row.suggestThreshold() == null
                ? ConfidenceThresholds.DEFAULTS
                : new ConfidenceThresholds(row.answerThreshold(), row.suggestThreshold());
        return new DialogueSettings(tenant, locale, thresholds, row.greeting(), row.fallback());
    }

    /** The tenant's default language as the bot speaks it ({@code en} or {@code zh-CN}). */
    public static String localeOf(TenantDirectory tenants, TenantId tenant) {
        return ChatLocales.resolve(
                null,
                tenants.find(tenant)
                        .map(TenantDirectory.TenantSummary::defaultLocale)
                        .orElse(null));
    }

    private record Cached(DialogueSettings settings, Instant expires) {}
}
