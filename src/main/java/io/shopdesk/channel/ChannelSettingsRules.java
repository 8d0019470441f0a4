package io.shopdesk.channel;

import io.shopdesk.shared.BusinessHours;
import io.shopdesk.shared.BusinessRuleException;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** What a channel's settings must look like, with the field each broken rule belongs to. */
final class ChannelSettingsRules {

    static final int MAX_NAME = 120;
    static final int MAX_GREETING = 1000;
    static final int MAX_ORIGINS = 20;
    static final int MAX_URL = 2000;
    static final int MAX_HOURS = 500;
    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

    /** A draft whose values passed the rules, trimmed and normalised. */
    record Valid(
            ChannelType type,
            String name,
            List<String> allowedOrigins,
            String greeting,
            String outboundUrl,
            Map<SecretName, String> secrets) {}

    /** Settings of an existing channel that passed the rules, trimmed and normalised. */
    record ValidSettings(
            String name,
            List<String> allowedOrigins,
            String greeting,
            String outboundUrl,
            String primaryColor,
            String businessHours,
            Map<SecretName, String> newSecrets) {}

    Valid validate(ChannelDraft draft) {
        if (draft.type() == null) {
            throw BusinessRuleException.onField("type", "channel.error.type-required");
        }
        return new Valid(
                draft.type(),
                name(draft.name()),
                origins(draft.allowedOrigins()),
                greeting(draft.greeting()),
                outboundUrl(draft.type(), draft.outboundUrl()),
                secrets(draft));
    }

    /**
     * The same rules for a channel that exists: fields its type does not take come back empty, and only the entered
     * secrets that are given are checked (the others keep their stored values).
     */
    ValidSettings validate(ChannelType type, ChannelSettings settings) {
        boolean widget = type == ChannelType.WEB_WIDGET;
        String name = name(settings.name());
        var origins = widget ? origins(settings.allowedOrigins()) : List.<String>of();
        String greeting = greeting(settings.greeting());
        String outboundUrl = outboundUrl(type, settings.outboundUrl());
        String color = widget ? primaryColor(settings.primaryColor()) : null;
        String hours = widget ? businessHours(settings.businessHours()) : null;
        var secrets = new EnumMap<SecretName, String>(SecretName.class);
        settings.newSecrets().forEach((secret, value) -> {
            String text = value == null ? "" : value.strip();
            if (secret.type() != type || secret.generated() || text.isEmpty()) {
                return;
            }
            if (!secret.accepts(text)) {
                throw BusinessRuleException.onField(field(secret), "channel.error.secret-format");
            }
            secrets.put(secret, text);
        });
        return new ValidSettings(name, origins, greeting, outboundUrl, color, hours, Map.copyOf(secrets));
    }

    private static String name(String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            throw BusinessRuleException.onField("name", "channel.error.name", MAX_NAME);
        }
        return name.strip();
    }

    private static List<String> origins(List<String> given) {
        if (given.size() > MAX_ORIGINS) {
            throw BusinessRuleException.onField("allowedOrigins", "channel.error.origins-too-many", MAX_ORIGINS);
        }
        var origins = new ArrayList<String>();
        for (String origin : given) {
            String normalised = origin(origin);
            if (!origins.contains(normalised)) {
                origins.add(normalised);
            }
        }
        return List.copyOf(origins);
    }

    private static String greeting(String text) {
        String greeting = text == null || text.isBlank() ? null : text.strip();
        if (greeting != null && greeting.length() > MAX_GREETING) {
            throw BusinessRuleException.onField("greeting", "channel.error.greeting-too-long", MAX_GREETING);
        }
        return greeting;
    }

    /** {@code #rrggbb}, stored in lower case; blank keeps the widget's own colour. */
    private static String primaryColor(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String color = text.strip();
        if (!COLOR.matcher(color).matches()) {
            throw BusinessRuleException.onField("primaryColor", "channel.error.primary-color", color);
        }
        return color.toLowerCase(Locale.ROOT);
    }

    /** The syntax of the handoff rule OUTSIDE_BUSINESS_HOURS, read by the same parser; blank is none. */
    private static String businessHours(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String hours = text.strip();
        if (hours.length() > MAX_HOURS) {
            throw BusinessRuleException.onField("businessHours", "channel.error.business-hours", hours);
        }
        try {
            BusinessHours.parse(hours);
        } catch (IllegalArgumentException unreadable) {
            throw BusinessRuleException.onField("businessHours", "channel.error.business-hours", hours);
        }
        return hours;
    }

    /**
     * A webhook channel needs an https URL to deliver to. A Telegram channel may name the Bot API server to call
     * (blank: api.telegram.org); plain http only to this machine, where a local Bot API server runs. Others have none.
     */
    private static String outboundUrl(ChannelType type, String given) {
        boolean webhook = type == ChannelType.WEBHOOK;
        if (!webhook && type != ChannelType.TELEGRAM) {
            return null;
        }
        String text = given == null ? "" : given.strip();
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
