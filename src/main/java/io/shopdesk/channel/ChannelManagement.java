package io.shopdesk.channel;

import io.shopdesk.audit.AuditLog;
import io.shopdesk.channel.internal.Channel;
import io.shopdesk.channel.internal.ChannelKey;
import io.shopdesk.channel.internal.ChannelKeyLookup;
import io.shopdesk.channel.internal.ChannelKeyRepository;
import io.shopdesk.channel.internal.ChannelKeys;
import io.shopdesk.channel.internal.ChannelRepository;
import io.shopdesk.channel.internal.ChannelSecret;
import io.shopdesk.channel.internal.ChannelSecretRepository;
import io.shopdesk.channel.internal.SecretCipher;
import io.shopdesk.security.Roles;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.TenantId;
import io.shopdesk.tenant.Quota;
import io.shopdesk.tenant.TenantQuotas;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's channels: creating one within the plan's quota (its key is returned once), listing them,
 * rotating a key and revoking a channel. The console's {@code io.shopdesk.channel.ui.ChannelsView} calls these.
 */
@Service
public class ChannelManagement {

    private final ChannelRepository channels;
    private final ChannelKeyRepository keys;
    private final ChannelKeyLookup lookup;
    private final ChannelSettingsRules rules;
    private final TenantQuotas quotas;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ChannelSecretRepository secrets;
    private final SecretCipher cipher;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ENDPOINT_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    ChannelManagement(
            ChannelRepository channels,
            ChannelKeyRepository keys,
            ChannelSecretRepository secrets,
            SecretCipher cipher,
            ChannelKeyLookup lookup,
            TenantQuotas quotas,
            AuditLog auditLog,
            ApplicationEventPublisher events,
            Clock clock) {
        this.channels = channels;
        this.keys = keys;
        this.secrets = secrets;
        this.cipher = cipher;
        this.lookup = lookup;
        this.rules = new ChannelSettingsRules();
        this.quotas = quotas;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** A tenant admin creates a channel; the returned key is not stored and cannot be shown again. */
    @PreAuthorize(Roles.HAS_TENANT_ADMIN)
    @Transactional
    public NewChannel createChannel(ChannelDraft draft) {
        return createChannelAsSystem(draft, null);
    }

    /**
     * Creates a channel without a signed-in admin (tenant packs). {@code fixedKey}, when not null, becomes the
     * channel's key: demo packs use it for the documented publishable keys of their shop pages.
     */
    @Transactional
    public NewChannel createChannelAsSystem(ChannelDraft draft, String fixedKey) {
        var tenant = TenantContext.require();
        var valid = rules.validate(draft);
        if (channels.existsByNameAndStatus(valid.name(), ChannelStatus.ACTIVE)) {
            throw BusinessRuleException.onField("name", "channel.error.name-duplicate", valid.name());
        }
        quotas.requireWithin(Quota.CHANNELS, channels.countByStatus(ChannelStatus.ACTIVE) + 1);
        if (!valid.type().usesKey()) {
            return createConnector(tenant, valid);
        }
        String key = fixedKey == null ? ChannelKeys.generate(valid.type()) : fixedKey;
        var parsed = ChannelKeys.parse(key)
                .filter(p -> p.type() == valid.type())
                .orElseThrow(() -> BusinessRuleException.onField("key", "channel.error.key-invalid"));
        if (lookup.lookupIdTaken(parsed)) {
            throw BusinessRuleException.onField("key", "channel.error.key-duplicate");
        }
        var channel = channels.save(
                new Channel(valid.type(), valid.name(), valid.allowedOrigins(), valid.greeting(), clock.instant()));
        var stored = keys.save(new ChannelKey(channel.id(), parsed, clock.instant()));
        auditLog.record(
                tenant,
                "channel.created",
                channel.name(),
                null,
                "type=" + channel.type() + ", key=" + stored.keyHint() + ", origins=" + channel.allowedOrigins());
        return new NewChannel(summary(channel, stored.keyHint(), Map.of()), key, Map.of());
    }

    /** A webhook, WeChat or Telegram channel: an endpoint id, its entered secrets and generated ones, encrypted. */
    private NewChannel createConnector(TenantId tenant, ChannelSettingsRules.Valid valid) {
        var channel = channels.save(new Channel(
                valid.type(),
                valid.name(),
                List.of(),
                valid.greeting(),
                random(ENDPOINT_ALPHABET, 20),
                valid.outboundUrl(),
                clock.instant()));
        var values = new EnumMap<SecretName, String>(valid.secrets());
        var generated = new EnumMap<SecretName, String>(SecretName.class);
        for (SecretName name : SecretName.values()) {
            if (name.type() == valid.type() && name.generated()) {
                String value = generatedSecret(name);
                values.put(name, value);
                generated.put(name, value);
            }
        }
        var hints = new EnumMap<SecretName, String>(SecretName.class);
        values.forEach((name, value) -> {
            String sealed = cipher.encrypt(value, SecretCipher.context(tenant.value(), channel.id(), name.name()));
            var secret = secrets.save(
                    new ChannelSecret(channel.id(), name, sealed, ChannelSecret.hintOf(value), clock.instant()));
            hints.put(name, secret.hint());
        });
        auditLog.record(
                tenant,
                "channel.created",
                channel.name(),
                null,
                "type=" + channel.type() + ", endpoint=" + channel.endpointId() + ", secrets=" + hints);
        return new NewChannel(summary(channel, "", hints), null, generated);
    }

    static String generatedSecret(SecretName name) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String random = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return name == SecretName.WEBHOOK_SIGNING_SECRET ? "whsec_" + random : random;
    }

    private static String random(char[] alphabet, int length) {
        var text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet[RANDOM.nextInt(alphabet.length)]);
        }
        return text.toString();
    }

    /** Whether the key belongs to any channel of any tenant (tenant packs check it to stay idempotent). */
    public boolean keyExists(String key) {
        return ChannelKeys.parse(key).flatMap(lookup::find).isPresent();
    }

    @PreAuthorize(Roles.HAS_TENANT_ADMIN)
    @Transactional(readOnly = true)
    public List<ChannelSummary> channels() {
        var hints = keys.findByRevokedAtIsNull().stream()
                .collect(Collectors.toMap(ChannelKey::channelId, ChannelKey::keyHint, (a, b) -> b));
        var secretHints = new HashMap<Long, Map<SecretName, String>>();
        for (var secret : secrets.findAllByOrderByIdAsc()) {
            secretHints
                    .computeIfAbsent(secret.channelId(), id -> new EnumMap<>(SecretName.class))
                    .put(secret.name(), secret.hint());
        }
        return channels.findAllByOrderByCreatedAtAsc().stream()
                .map(channel -> summary(
                        channel,
                        hints.getOrDefault(channel.id(), ""),
                        secretHints.getOrDefault(channel.id(), Map.of())))
                .toList();
    }

    /** Issues a new key for an active channel and revokes its previous ones; returns the new key, shown once. */
    @PreAuthorize(Roles.HAS_TENANT_ADMIN)
    @Transactional
    public String rotateKey(long channelId) {
        var tenant = TenantContext.require();
        var channel = channels.requireActive(channelId);
        if (!channel.type().usesKey()) {
            throw new BusinessRuleException("channel.error.no-key");
        }
        keys.findByChannelId(channelId).forEach(key -> key.revoke(clock.instant()));
        String key = ChannelKeys.generate(channel.type());
        var stored = keys.save(new ChannelKey(channelId, ChannelKeys.parse(key).orElseThrow(), clock.instant()));
        auditLog.record(tenant, "channel.key-rotated", channel.name(), null, "key=" + stored.keyHint());
        events.publishEvent(new ChannelKeyRotated(tenant, channelId));
        return key;
    }

    /** Revokes a channel: its keys stop working at once (on other nodes within the key cache time). */
    @PreAuthorize(Roles.HAS_TENANT_ADMIN)
    @Transactional
    public void revokeChannel(long channelId) {
        var tenant = TenantContext.require();
        var channel = channels.requireActive(channelId);
        channel.revoke(clock.instant());
        keys.findByChannelId(channelId).forEach(key -> key.revoke(clock.instant()));
        auditLog.record(tenant, "channel.revoked", channel.name(), "status=ACTIVE", "status=REVOKED");
        events.publishEvent(new ChannelRevoked(tenant, channelId));
    }

    @Transactional(readOnly = true)
    public long countActiveChannels() {
        return channels.countByStatus(ChannelStatus.ACTIVE);
    }

    /** Active channels per tenant; call with all tenants visible. */
    @Transactional(readOnly = true)
    public Map<TenantId, Long> activeChannelCountsAcrossTenants() {
        var counts = new HashMap<TenantId, Long>();
        for (Object[] row : channels.countActivePerTenant()) {
            counts.put(new TenantId((String) row[0]), (Long) row[1]);
        }
        return counts;
    }

    static ChannelSummary summary(Channel channel, String keyHint, Map<SecretName, String> secretHints) {
        return new ChannelSummary(
                channel.id(),
                channel.type(),
                channel.name(),
                channel.status(),
                channel.allowedOrigins(),
                channel.greeting(),
                keyHint,
                channel.createdAt(),
                channel.endpointId(),
                channel.outboundUrl(),
                secretHints,
                channel.primaryColor(),
                channel.businessHours());
    }
}
