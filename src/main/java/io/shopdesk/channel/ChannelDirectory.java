package io.shopdesk.channel;

import io.shopdesk.channel.internal.ChannelKeyLookup;
import io.shopdesk.channel.internal.ChannelKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns a presented channel key into the channel and tenant it speaks for. Called on every chat request, so
 * answers are cached by the key's hash; revoking, rotating or changing settings on this node takes effect at once,
 * on another node within the cache time ({@code shopdesk.channel.key-cache}, 30 s by default). Needs no tenant context.
 */
@Service
public class ChannelDirectory {

    private static final int MAX_CACHED = 50_000;

    private final ChannelKeyLookup lookup;
    private final Clock clock;
    private final Duration timeToLive;
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    ChannelDirectory(
            ChannelKeyLookup lookup, Clock clock, @Value("${shopdesk.channel.key-cache:30s}") Duration timeToLive) {
        this.lookup = lookup;
        this.clock = clock;
        this.timeToLive = timeToLive;
    }

    /** The channel of a working key; empty for a malformed, unknown or revoked key, or one of a revoked channel. */
    public Optional<ChannelIdentity> authenticate(String key) {
        var parsed = ChannelKeys.parse(key);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        var cached = cache.get(parsed.get().hash());
        if (cached != null && cached.expires().isAfter(now)) {
            return Optional.of(cached.identity());
        }
        var found = lookup.find(parsed.get()).filter(ChannelKeyLookup.Found::active);
        found.ifPresent(value -> {
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            cache.put(parsed.get().hash(), new Cached(value.identity(), now.plus(timeToLive)));
        });
        return found.map(ChannelKeyLookup.Found::identity);
    }

    /** Whether the key is one of ours that worked once and was revoked (for a clearer refusal than "unknown"). */
    public boolean wasRevoked(String key) {
        return ChannelKeys.parse(key)
                .flatMap(lookup::find)
                .map(found -> !found.active())
                .orElse(false);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ChannelRevoked event) {
        forget(event.channelId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ChannelKeyRotated event) {
        forget(event.channelId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ChannelSettingsChanged event) {
        forget(event.channelId());
    }

    /** Runs after the revoking transaction committed, so a concurrent lookup cannot cache the old state again. */
    private void forget(long channelId) {
        cache.values().removeIf(cached -> cached.identity().channelId() == channelId);
    }

    private record Cached(ChannelIdentity identity, Instant expires) {}
}
