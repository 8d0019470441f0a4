package io.shopdesk.channel;

import io.shopdesk.audit.AuditLog;
import io.shopdesk.channel.internal.Channel;
import io.shopdesk.channel.internal.ChannelKey;
import io.shopdesk.channel.internal.ChannelKeyRepository;
import io.shopdesk.channel.internal.ChannelRepository;
import io.shopdesk.channel.internal.ChannelSecret;
import io.shopdesk.channel.internal.ChannelSecretRepository;
import io.shopdesk.channel.internal.SecretCipher;
import io.shopdesk.security.Roles;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.TenantId;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes an active channel of the current tenant after it was created: its settings (by the rules of a new
 * channel), entered secrets replaced by new ones, generated secrets rotated. Every change is audited with masked
 * secrets only; a refused change stores nothing. The key of a web widget or API channel is rotated by {@link
 * ChannelManagement#rotateKey}.
 */
@Service
public class ChannelEditing {

    private final ChannelRepository channels;
    private final ChannelKeyRepository keys;
    private final ChannelSecretRepository secrets;
    private final SecretCipher cipher;
    private final ChannelSettingsRules rules = new ChannelSettingsRules();
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChannelEditing(
            ChannelRepository channels,
            ChannelKeyRepository keys,
            ChannelSecretRepository secrets,
            SecretCipher cipher,
            AuditLog auditLog,
            ApplicationEventPublisher events,
            Clock clock) {
        this.channels = channels;
        this.keys = keys;
        this.secrets = secrets;
        this.cipher = cipher;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /**
     * New settings for an active channel: a broken rule is a {@link BusinessRuleException} naming its field and
     * changes nothing. Entered secrets in {@link ChannelSettings#newSecrets()} replace the stored ones; the others
     * stay. Widgets see a new greeting, colour or business hours with their next request (on other replicas within
     * the key cache time).
     */
    @PreAuthorize(Roles.HAS_TENANT_ADMIN)
    @Transactional
    public ChannelSummary change(long channelId, ChannelSettings settings) {
        var tenant = TenantContext.require();
        var channel = channels.requireActive(channelId);
        var valid = rules.validate(channel.type(), settings);
        if (!valid.name().equals(channel.name())
                && channels.existsByNameAndStatus(valid.name(), ChannelStatus.ACTIVE)) {
            throw BusinessRuleException.onField("name", "channel.error.name-duplicate", valid.name());
        }
        String before = describe(channel);
        String oldName = channel.name();
        channel.change(
                valid.name(),
                valid.allowedOrigins(),
                valid.greeting(),
                valid.outboundUrl(),
                valid.primaryColor(),
                valid.businessHours());
        var stored = storedSecrets(channelId);
        var replaced = new EnumMap<SecretName, String>(SecretName.class);
        valid.newSecrets()
                .forEach((name, value) -> replaced.put(name, store(tenant, channel, stored.get(name), name, value)));
        String after = describe(channel) + (replaced.isEmpty() ? "" : ", secrets replaced=" + replaced);
        if (!after.equals(before)) {
            auditLog.record(tenant, "channel.settings-changed", oldName, before, after);
            events.publishEvent(new ChannelSettingsChanged(tenant, channelId));
        }
        return summaryOf(channel);
    }

    /**
     * A new value for a generated secret (webhook signing secret, Telegram secret_token), returned once: the
     * previous value stops working at once, so the sender (or Telegram's setWebhook) must get the new one.
     */
    @PreAuthorize(Roles.HAS_TENANT_ADMIN)
    @Transactional
    public String rotateSecret(long channelId, SecretName name) {
        var tenant = TenantContext.require();
        var channel = channels.requireActive(channelId);
        if (name == null || name.type() != channel.type() || !name.generated()) {
            throw new BusinessRuleException("channel.error.secret-not-generated");
        }
        String value = ChannelManagement.generatedSecret(name);
        var existing = storedSecrets(channelId).get(name);
        String before = existing == null ? "none" : existing.hint();
        String hint = store(tenant, channel, existing, name, value);
        auditLog.record(tenant, "channel.secret-rotated", channel.name(), name + "=" + before, name + "=" + hint);
        events.publishEvent(new ChannelSettingsChanged(tenant, channelId));
        return value;
    }

    /** Encrypts the value into the existing row of the secret, or a new one (a secret the channel lacked). */
    private String store(TenantId tenant, Channel channel, ChannelSecret existing, SecretName name, String value) {
        String sealed = cipher.encrypt(value, SecretCipher.context(tenant.value(), channel.id(), name.name()));
        String hint = ChannelSecret.hintOf(value);
        if (existing == null) {
            secrets.save(new ChannelSecret(channel.id(), name, sealed, hint, clock.instant()));
        } else {
            existing.replace(sealed, hint, clock.instant());
        }
        return hint;
    }

    private Map<SecretName, ChannelSecret> storedSecrets(long channelId) {
        var stored = new EnumMap<SecretName, ChannelSecret>(SecretName.class);
        secrets.findByChannelId(channelId).forEach(secret -> stored.put(secret.name(), secret));
        return stored;
    }

    private ChannelSummary summaryOf(Channel channel) {
        String keyHint = keys.findByChannelId(channel.id()).stream()
                .filter(ChannelKey::active)
                .map(ChannelKey::keyHint)
                .reduce((first, second) -> second)
                .orElse("");
        var hints = new EnumMap<SecretName, String>(SecretName.class);
        storedSecrets(channel.id()).forEach((name, secret) -> hints.put(name, secret.hint()));
        return ChannelManagement.summary(channel, keyHint, hints);
    }

    /** The settings as the audit log shows them (never a secret); the greeting last, as the log cuts long text. */
    private static String describe(Channel channel) {
        var text = new StringJoiner(", ");
        text.add("name=" + channel.name());
        if (channel.type() == ChannelType.WEB_WIDGET) {
            text.add("origins=" + channel.allowedOrigins());
            text.add("color=" + Objects.requireNonNullElse(channel.primaryColor(), "default"));
            text.add("hours=" + Objects.requireNonNullElse(channel.businessHours(), "none"));
        }
        if (channel.outboundUrl() != null) {
            text.add("outboundUrl=" + channel.outboundUrl());
        }
        text.add("greeting=" + Objects.requireNonNullElse(channel.greeting(), "default"));
        return text.toString();
    }
}
