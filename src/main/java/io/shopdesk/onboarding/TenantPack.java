package io.shopdesk.onboarding;

import io.shopdesk.channel.ChannelDraft;
import io.shopdesk.conversation.DialogueSettingsDraft;
import io.shopdesk.knowledge.FaqDraft;
import io.shopdesk.security.MemberDraft;
import io.shopdesk.tenant.TenantDraft;
import java.util.List;

/**
 * A parsed tenant pack: the tenant, its users (the first one is its admin), its FAQ entries, its bot's dialogue
 * settings ({@code null} when the pack has no {@code bot:} block) and its channels.
 */
public record TenantPack(
        String source,
        TenantDraft tenant,
        List<MemberDraft> users,
        List<FaqDraft> faq,
        DialogueSettingsDraft bot,
        List<PackChannel> channels) {

    public TenantPack {
        channels = channels == null ? List.of() : List.copyOf(channels);
    }

    /** A channel of a pack; {@code key} is a fixed key (demo packs' publishable keys) or {@code null}. */
    public record PackChannel(ChannelDraft draft, String key) {}

    public boolean isPlatform() {
        return "platform".equals(tenant.slug());
    }
}
