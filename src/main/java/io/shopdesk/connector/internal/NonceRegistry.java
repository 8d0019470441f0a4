package io.shopdesk.connector.internal;

import io.shopdesk.channel.ConnectorChannel;
import java.time.Clock;
import java.time.Duration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Remembers which message a signed request's nonce carried. A nonce may come again only with the same message (the
 * platform retrying a delivery); with another message it is a replay of a captured signature and is refused.
 * Entries outlive the freshness window, after which the timestamp check refuses old nonces anyway.
 */
@Component
public class NonceRegistry {

    private static final Duration KEEP = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    NonceRegistry(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True when the nonce is new, or was seen with this same message id; false for a replay. */
    public boolean admit(ConnectorChannel channel, String nonce, String messageId) {
        String tenant = channel.identity().tenant().value();
        long channelId = channel.identity().channelId();
        try {
            jdbc.sql("INSERT INTO channel_nonce (tenant_id, channel_id, nonce, message_id, seen_at)"
                            + " VALUES (?, ?, ?, ?, ?)")
                    .params(tenant, channelId, nonce, messageId, clock.instant())
                    .update();
            return true;
        } catch (DuplicateKeyException seen) {
            return jdbc.sql("SELECT message_id FROM channel_nonce WHERE tenant_id = ? AND channel_id = ? AND nonce = ?")
                    .params(tenant, channelId, nonce)
                    .query(String.class)
                    .optional()
                    .map(messageId::equals)
                    .orElse(false);
        }
    }

    @Scheduled(fixedDelayString = "${shopdesk.channel.nonce-sweep:5m}")
    void forgetOld() {
        jdbc.sql("DELETE FROM channel_nonce WHERE seen_at < ?")
                .param(clock.instant().minus(KEEP))
                .update();
    }
}
