package io.shopdesk.onboarding.internal;

import java.util.List;

/** The YAML of a tenant pack, as read. */
final class PackFiles {

    private PackFiles() {}

    record TenantFile(
            String slug,
            String name,
            String plan,
            String locale,
            List<UserEntry> users,
            BotEntry bot,
            List<ChannelEntry> channels) {}

    record BotEntry(String greeting, String fallback, Double answerThreshold, Double suggestThreshold) {}

    record ChannelEntry(String name, String type, List<String> allowedOrigins, String greeting, String key) {}

    record UserEntry(String email, String name, List<String> roles, String password) {}

    record FaqFile(List<CategoryEntry> categories) {}

    record CategoryEntry(String name, List<FaqItem> entries) {}

    record FaqItem(
            String key, String question, List<String> similar, String answer, List<String> tags, String status) {}
}
