package io.shopdesk.conversation.internal;

import io.shopdesk.shared.RequestRefusedException;
import io.shopdesk.shared.TenantId;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Per-tenant and per-conversation token buckets for what costs the runtime work (starting conversations, sending
 * messages). Over the limit the caller gets 429 with the time to wait. Buckets live in this node's memory: with N
 * nodes behind a balancer a tenant gets up to N times its rate.
 */
@Component
public class ChatRateLimits {

    private final double tenantPerSecond;
    private final double tenantBurst;
    private final double conversationPerSecond;
    private final double conversationBurst;
    private final ConcurrentHashMap<TenantId, TokenBucket> tenants = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, TokenBucket> conversations = new ConcurrentHashMap<>();

    ChatRateLimits(
            @Value("${shopdesk.chat.rate-limit.tenant-per-second:100}") double tenantPerSecond,
            @Value("${shopdesk.chat.rate-limit.tenant-burst:200}") double tenantBurst,
            @Value("${shopdesk.chat.rate-limit.conversation-per-second:1}") double conversationPerSecond,
            @Value("${shopdesk.chat.rate-limit.conversation-burst:5}") double conversationBurst) {
        this.tenantPerSecond = tenantPerSecond;
        this.tenantBurst = tenantBurst;
        this.conversationPerSecond = conversationPerSecond;
        this.conversationBurst = conversationBurst;
    }

    /** Admits a new conversation of the tenant, or refuses with 429. */
    public void admitStart(TenantId tenant) {
        refuseIfWaiting(tenantBucket(tenant).take(System.nanoTime()));
    }

    /** Admits a message to a conversation: the conversation's bucket first, then the tenant's. */
    public void admitMessage(TenantId tenant, String conversationId) {
        long now = System.nanoTime();
        var conversation = conversations.computeIfAbsent(
                conversationId, id -> new TokenBucket(conversationBurst, conversationPerSecond, now));
        refuseIfWaiting(conversation.take(now));
        refuseIfWaiting(tenantBucket(tenant).take(now));
    }

    /** Forgets buckets that have filled up again, so idle conversations cost no memory. */
    @Scheduled(fixedDelayString = "${shopdesk.chat.rate-limit.sweep:60s}")
    void forgetIdle() {
        long now = System.nanoTime();
        conversations.values().removeIf(bucket -> bucket.full(now));
        tenants.values().removeIf(bucket -> bucket.full(now));
    }

    private TokenBucket tenantBucket(TenantId tenant) {
        return tenants.computeIfAbsent(tenant, id -> new TokenBucket(tenantBurst, tenantPerSecond, System.nanoTime()));
    }

    private static void refuseIfWaiting(long waitNanos) {
        if (waitNanos > 0) {
            throw RequestRefusedException.tooManyRequests(
                    Duration.ofNanos(waitNanos).plusMillis(999).withNanos(0), "chat.error.too-many-requests");
        }
    }
}
