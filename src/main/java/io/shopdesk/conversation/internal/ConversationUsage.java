package io.shopdesk.conversation.internal;

import io.shopdesk.shared.TenantId;
import io.shopdesk.tenant.Quota;
import io.shopdesk.tenant.UsageMetric;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Conversations started this calendar month (UTC) count towards the plan's monthly conversation quota. */
@Component
class ConversationUsage implements UsageMetric {

    private final ConversationRepository conversations;
    private final MonthlyConversations monthly;

    ConversationUsage(ConversationRepository conversations, MonthlyConversations monthly) {
        this.conversations = conversations;
        this.monthly = monthly;
    }

    @Override
    public Quota quota() {
        return Quota.MONTHLY_CONVERSATIONS;
    }

    @Override
    @Transactional(readOnly = true)
    public long currentTenantUsage() {
        return conversations.countByStartedAtGreaterThanEqual(monthly.monthStart());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<TenantId, Long> usageAcrossTenants() {
        var counts = new HashMap<TenantId, Long>();
        for (Object[] row : conversations.countPerTenantSince(monthly.monthStart())) {
            counts.put(new TenantId((String) row[0]), (Long) row[1]);
        }
        return counts;
    }
}
