package io.shopdesk.channel;

import io.shopdesk.shared.BusinessRuleException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a channel's settings must look like, with the field each broken rule belongs to. */
final class ChannelSettingsRules {

    static final int MAX_NAME = 120;
    static final int MAX_GREETING = 1000;
    static final int MAX_ORIGINS = 20;

    /** A draft whose values passed the rules, trimmed and normalised. */
    record Valid(ChannelType type, String name, List<String> allowedOrigins, String greeting) {}

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
        return new Valid(draft.type(), draft.name().strip(), List.copyOf(origins), greeting);
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
