package io.shopdesk.onboarding;

import io.shopdesk.knowledge.FaqDraft;
import io.shopdesk.security.MemberDraft;
import io.shopdesk.tenant.TenantDraft;
import java.util.List;

/** A parsed tenant pack: the tenant, its users (the first one is its admin) and its FAQ entries. */
public record TenantPack(String source, TenantDraft tenant, List<MemberDraft> users, List<FaqDraft> faq) {

    public boolean isPlatform() {
        return "platform".equals(tenant.slug());
    }
}
