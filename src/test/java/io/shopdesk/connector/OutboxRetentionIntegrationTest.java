package io.shopdesk.connector;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.channel.ChannelDraft;
import io.shopdesk.channel.ChannelManagement;
import io.shopdesk.channel.ChannelType;
import io.shopdesk.connector.outbox.OutboxPurge;
import io.shopdesk.operations.DataProtectionManagement;
import io.shopdesk.operations.DataProtectionSettings;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import io.shopdesk.testing.TestUsers.TestTenant;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox keeps its copies of messages no longer than the tenant's data protection allows: 30 days after they
 * finished at most, and for a tenant with a shorter retention no longer than that retention after they were sent.
 */
@IntegrationTest
class OutboxRetentionIntegrationTest {

    @Autowired
    TestUsers users;

    @Autowired
    ChannelManagement channels;

    @Autowired
    DataProtectionManagement dataProtection;

    @Autowired
    OutboxPurge purge;

    @Autowired
    JdbcClient jdbc;

    private long webhook(TestTenant tenant) {
        return users.as(
                        tenant.admin(),
                        () -> channels.createChannel(new ChannelDraft(
                                ChannelType.WEBHOOK, "Shop app", List.of(), null, "https://shop.example/h", Map.of())))
                .channel()
                .id();
    }

    /** A row as the outbox writes it, for a message sent {@code sentDaysAgo} and finished a day later. */
    private String row(TestTenant tenant, long channel, int sentDaysAgo, String status, Instant now, Instant claim) {
        String key = "sd_ret" + System.nanoTime() + "_1";
        Instant sent = now.minus(sentDaysAgo, ChronoUnit.DAYS);
        Instant finished = "PENDING".equals(status) ? null : sent.plus(Duration.ofDays(1));
        jdbc.sql("INSERT INTO connector_delivery (tenant_id, channel_id, channel_type, idempotency_key,"
                        + " conversation_id, external_user, message_seq, author, text, sent_at, status, attempts,"
                        + " next_attempt_at, claimed_by, claimed_until, created_at, finished_at, version)"
                        + " VALUES (?, ?, 'WEBHOOK', ?, 'c1', 'u1', 1, 'AGENT', 'my phone is 13800138000', ?, ?, 1,"
                        + " ?, ?, ?, ?, ?, 0)")
                .params(
                        tenant.id().value(),
                        channel,
                        key,
                        utc(sent),
                        status,
                        utc(sent),
                        claim == null ? null : "outbox-other",
                        claim == null ? null : utc(claim),
                        utc(sent),
                        finished == null ? null : utc(finished))
                .update();
        return key;
    }

    private boolean exists(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM connector_delivery WHERE idempotency_key = ?")
                        .param(key)
                        .query(Long.class)
                        .single()
                == 1;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    @Test
    void a_tenant_retention_shorter_than_30_days_deletes_the_outbox_copies_of_its_messages_sooner() {
        Instant now = Instant.now();
        var shortRetention = users.newTenant();
        users.run(shortRetention.admin(), () -> dataProtection.update(new DataProtectionSettings(false, false, 7)));
        var keepsForEver = users.newTenant();
        long shortChannel = webhook(shortRetention);
        long foreverChannel = webhook(keepsForEver);

        String tenDaysOld = row(shortRetention, shortChannel, 10, "DELIVERED", now, null);
        String pendingTenDaysOld = row(shortRetention, shortChannel, 10, "PENDING", now, null);
        String beingSent = row(shortRetention, shortChannel, 10, "PENDING", now, now.plusSeconds(60));
        String threeDaysOld = row(shortRetention, shortChannel, 3, "DELIVERED", now, null);
        String otherTenTaysOld = row(keepsForEver, foreverChannel, 10, "FAILED", now, null);
        String otherPastThirtyDays = row(keepsForEver, foreverChannel, 32, "DELIVERED", now, null);

        purge.purge(now);

        assertThat(exists(tenDaysOld)).as("past the tenant's 7 days").isFalse();
        assertThat(exists(pendingTenDaysOld))
                .as("past the tenant's 7 days, even unsent")
                .isFalse();
        assertThat(exists(beingSent))
                .as("held by a replica: left to the next run")
                .isTrue();
        assertThat(exists(threeDaysOld)).as("within the tenant's 7 days").isTrue();
        assertThat(exists(otherTenTaysOld))
                .as("another tenant without retention keeps 30 days")
                .isTrue();
        assertThat(exists(otherPastThirtyDays)).as("30 days after it finished").isFalse();
    }
}
