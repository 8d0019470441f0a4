package io.shopdesk.onboarding.internal;

import io.shopdesk.channel.ChannelDraft;
import io.shopdesk.channel.ChannelType;
import io.shopdesk.conversation.DialogueSettingsDraft;
import io.shopdesk.knowledge.FaqDraft;
import io.shopdesk.knowledge.FaqStatus;
import io.shopdesk.onboarding.TenantPack;
import io.shopdesk.security.MemberDraft;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.tenant.TenantDraft;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.Resource;
import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads a pack's {@code tenant.yaml} and optional {@code faq.yaml} into a {@link TenantPack}. */
public final class PackReader {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private PackReader() {}

    /** Reads a pack; {@code faqYaml} may be null or missing. Errors name the file and the entry. */
    public static TenantPack read(String source, Resource tenantYaml, Resource faqYaml) {
        var tenant = parse(tenantYaml, PackFiles.TenantFile.class, source + "/tenant.yaml");
        if (tenant.slug() == null || tenant.users() == null || tenant.users().isEmpty()) {
            throw new BusinessRuleException(
                    "error.pack.invalid", source + "/tenant.yaml", "slug and users are required");
        }
        var users = tenant.users().stream()
                .map(user -> new MemberDraft(
                        user.email(),
                        user.name(),
                        new LinkedHashSet<>(user.roles() == null ? List.of() : user.roles()),
                        user.password(),
                        null))
                .toList();
        var faq = new ArrayList<FaqDraft>();
        if (faqYaml != null && faqYaml.exists()) {
            var file = parse(faqYaml, PackFiles.FaqFile.class, source + "/faq.yaml");
            for (var category : file.categories() == null ? List.<PackFiles.CategoryEntry>of() : file.categories()) {
                for (var item : category.entries() == null ? List.<PackFiles.FaqItem>of() : category.entries()) {
                    if (item.key() == null || item.question() == null || item.answer() == null) {
                        throw new BusinessRuleException(
                                "error.pack.invalid",
                                source + "/faq.yaml",
                                "entry " + (item.key() != null ? item.key() : item.question())
                                        + " needs key, question and answer");
                    }
                    faq.add(new FaqDraft(
                            item.key(),
                            category.name(),
                            item.question(),
                            item.similar(),
                            item.answer(),
                            item.tags(),
                            item.status() == null
                                    ? FaqStatus.PUBLISHED
                                    : FaqStatus.valueOf(item.status().toUpperCase(Locale.ROOT))));
                }
            }
        }
        var first = users.getFirst();
        var draft = new TenantDraft(
                tenant.name(), tenant.slug(), tenant.plan(), first.email(), first.displayName(), tenant.locale());
        var bot = tenant.bot() == null
                ? null
                : new DialogueSettingsDraft(
                        tenant.bot().answerThreshold(),
                        tenant.bot().suggestThreshold(),
                        tenant.bot().greeting(),
                        tenant.bot().fallback());
        return new TenantPack(source, draft, users, faq, bot, channels(source, tenant.channels()));
    }

    private static List<TenantPack.PackChannel> channels(String source, List<PackFiles.ChannelEntry> entries) {
        var channels = new ArrayList<TenantPack.PackChannel>();
        for (var entry : entries == null ? List.<PackFiles.ChannelEntry>of() : entries) {
            ChannelType type;
            try {
                type = ChannelType.valueOf(
                        (entry.type() == null ? "WEB_WIDGET" : entry.type()).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BusinessRuleException(
                        "error.pack.invalid", source + "/tenant.yaml", "unknown channel type " + entry.type());
            }
            channels.add(new TenantPack.PackChannel(
                    new ChannelDraft(type, entry.name(), entry.allowedOrigins(), entry.greeting()), entry.key()));
        }
        return channels;
    }

    private static <T> T parse(Resource resource, Class<T> type, String name) {
        try (InputStream in = resource.getInputStream()) {
            return YAML.readValue(in, type);
        } catch (IOException | JacksonException | IllegalArgumentException e) {
            throw new BusinessRuleException("error.pack.invalid", name, e.getMessage());
        }
    }
}
