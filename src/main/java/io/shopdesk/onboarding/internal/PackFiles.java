package io.shopdesk.onboarding.internal;

import java.util.List;
import java.util.Map;

/** The YAML of a tenant pack, as read. */
final class PackFiles {

    private PackFiles() {}

    record TenantFile(
            String slug, String name, String plan, String locale, List<UserEntry> users, Map<String, Object> bot) {}

    record UserEntry(String email, String name, List<String> roles, String password) {}

    record FaqFile(List<CategoryEntry> categories) {}

    record CategoryEntry(String name, List<FaqItem> entries) {}

    record FaqItem(
            String key, String question, List<String> similar, String answer, List<String> tags, String status) {}
}
