package io.shopdesk.channel;

import io.shopdesk.shared.BusinessRuleException;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What a channel's settings must look like, with the field each broken rule belongs to. */
final class ChannelSettingsRules {

    static final int MAX_NAME = 120;
    static final int MAX_GREETING = 1000;
    static final int MAX_ORIGINS = 20;
    static final int MAX_URL = 2000;

    /** A draft whose values passed the rules, trimmed and normalised. */
    record Valid(
            ChannelType type,
            String name,
            List<String> allowedOrigins,
            String greeting,
            String outboundUrl,
            Map<SecretName, String> secrets) {}

    Valid validate(ChannelDraft draft) {
        if (draft.type() == null) {
            throw BusinessRuleException.onField("type", "channel.error.type-required");
        }
        if (draft.name() == null
                || draft.name().isBlank()
                || draft.name().strip().length() > MAX_NAME) {
            throw BusinessRuleException.onField("name", "channel.error.name", MAX_NAME);
        }
        if (draft.allowedOrigins().size() > MAX_ORIGINS) {
            throw BusinessRuleException.onField("allowedOrigins", "channel.error.origins-too-many", MAX_ORIGINS);
        }
        var origins = new ArrayList<String>();
        for (String origin : draft.allowedOrigins()) {
            String normalised = origin(origin);
            if (!origins.contains(normalised)) {
                origins.add(normalised);
            }
        }
        String greeting = draft.greeting() == null || draft.greeting().isBlank()
                ? null
                : draft.greeting().strip();
        if (greeting != null && greeting.length() > MAX_GREETING) {
            throw BusinessRuleException.onField("greeting", "channel.error.greeting-too-long", MAX_GREETING);
        }
        return new Valid(
                draft.type(), draft.name().strip(), List.copyOf(origins), greeting, outboundUrl(draft), secrets(draft));
    }

    /**
     * A webhook channel needs an https URL to deliver to. A Telegram channel may name the Bot API server to call
     * (blank: api.telegram.org); plain http only to this machine, where a local Bot API server runs. Others have none.
     */
    private static String outboundUrl(ChannelDraft draft) {
        boolean webhook = draft.type() == ChannelType.WEBHOOK;
        if (!webhook && draft.type() != ChannelType.TELEGRAM) {
            return null;
        }
        String text = draft.outboundUrl() == null ? "" : draft.outboundUrl().strip();
        if (text.isEmpty() && !webhook) {
            return null;
        }
        try {
            var uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean local = "localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost());
            boolean allowed = scheme.equals("https") || (!webhook && scheme.equals("http") && local);
            if (!allowed || uri.getHost() == null || uri.getUserInfo() != null || text.length() > MAX_URL) {
                throw BusinessRuleException.onField("outboundUrl", "channel.error.outbound-url", MAX_URL);
            }
            return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        } catch (java.net.URISyntaxException e) {
            throw BusinessRuleException.onField("outboundUrl", "channel.error.outbound-url", MAX_URL);
        }
    }

    /** The entered secrets of the type: required ones present, each in its platform's format. */
    private static Map<SecretName, String> secrets(ChannelDraft draft) {
        var valid = new EnumMap<SecretName, String>(SecretName.class);
        for (SecretName name : SecretName.values()) {
            if (name.type() != draft.type() || name.generated()) {
                continue;
            }
            String value = draft.secrets().get(name);
            value = value == null ? "" : value.strip();
            if (value.isEmpty()) {
                if (name.required()) {
                    throw BusinessRuleException.onField(field(name), "channel.error.secret-required");
                }
                continue;
            }
            if (!name.accepts(value)) {
                throw BusinessRuleException.onField(field(name), "channel.error.secret-format");
            }
            valid.put(name, value);
        }
        return valid;
    }

    /** The form field of a secret, such as {@code wechatToken}. */
    static String field(SecretName name) {
        return name.field();
    }

    /** An origin as browsers send it: scheme, host and a port only when it is not the default. */
    private static String origin(String text) {
        try {
            var uri = new URI(text == null ? "" : text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean bare = (uri.getPath() == null || uri.getPath().isEmpty())
                    && uri.getQuery() == null
                    && uri.getFragment() == null
                    && uri.getUserInfo() == null;
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || !bare) {
                throw BusinessRuleException.onField("allowedOrigins", "channel.error.origin-invalid", text);
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            boolean defaultPort = uri.getPort() == -1
                    || (scheme.equals("https") && uri.getPort() == 443)
                    || (scheme.equals("http") && uri.getPort() == 80);
            return scheme + "://" + host + (defaultPort ? "" : ":" + uri.getPort());
        } catch (java.net.URISyntaxException e) {
            throw BusinessRuleException.onField("allowedOrigins", "channel.error.origin-invalid", text);
        }
    }
}
