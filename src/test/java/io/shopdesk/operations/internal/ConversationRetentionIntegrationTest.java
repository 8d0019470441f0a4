package io.shopdesk.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.channel.ChannelManagement;
import io.shopdesk.operations.DataProtectionManagement;
import io.shopdesk.operations.DataProtectionSettings;
import io.shopdesk.testing.ChatFixtures;
import io.shopdesk.testing.ChatFixtures.ChatTenant;
import io.shopdesk.testing.ChatHttpClient;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The retention job deletes old conversations of tenants that chose a retention, and runs once a day. */
@IntegrationTest
class ConversationRetentionIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    ChannelManagement channels;

    @Autowired
    DataProtectionManagement dataProtection;

    @Autowired
    ConversationRetention retention;

    @Autowired
    JobClaims claims;

    @Autowired
    JdbcClient jdbc;

    @Test
    void conversations_older_than_the_retention_go_with_their_messages_and_the_rest_stays() {
        var keeping = ChatFixtures.tenantWithWidget(users, channels);
        var limited = ChatFixtures.tenantWithWidget(users, channels);
        users.as(limited.tenant().admin(), () -> dataProtection.update(new DataProtectionSettings(false, false, 30)));
        String old = conversationWithMessage(limited, 40);
        String recent = conversationWithMessage(limited, 29);
        String oldButKept = conversationWithMessage(keeping, 400);

        var deleted = retention.deleteExpiredAcrossTenants(Instant.now());

        assertThat(deleted).containsEntry(limited.tenant().id(), 1);
        assertThat(deleted).doesNotContainKey(keeping.tenant().id());
        assertThat(conversationExists(old)).isFalse();
        assertThat(messagesOf(limited, old)).isZero();
        assertThat(conversationExists(recent)).isTrue();
        assertThat(messagesOf(limited, recent)).isEqualTo(3);
        assertThat(conversationExists(oldButKept)).isTrue();
        assertThat(jdbc.sql("SELECT after_summary FROM audit_entry WHERE tenant_id = ? AND action = 'retention.delete'")
                        .param(limited.tenant().id().value())
                        .query(String.class)
                        .single())
                .startsWith("deleted=1, ")
                .endsWith("retentionDays=30");
        assertThat(retention.deleteExpiredAcrossTenants(Instant.now()))
                .containsEntry(limited.tenant().id(), 0);
    }

    @Test
    void a_daily_job_is_claimed_by_one_run_per_day() {
        String job = "test-" + UUID.randomUUID();
        var today = LocalDate.of(2026, 12, 2);
        assertThat(claims.claim(job, today)).isTrue();
        assertThat(claims.claim(job, today)).isFalse();
        assertThat(claims.claim(job, today.minusDays(1))).isFalse();
        assertThat(claims.claim(job, today.plusDays(1))).isTrue();
    }

    /** A conversation with a greeting, a question and a reply, its last message the given days ago. */
    private String conversationWithMessage(ChatTenant shop, int daysAgo) {
        var chat = new ChatHttpClient(port);
        String conversation = chat.start(shop.key(), "en").body().path("id").asString();
        assertThat(chat.send(shop.key(), conversation, "m1", "Hello?").status()).isEqualTo(201);
        var then = Timestamp.from(Instant.now().minus(daysAgo, ChronoUnit.DAYS));
        jdbc.sql("UPDATE conversation SET started_at = ?, last_message_at = ? WHERE public_id = ?")
                .params(then, then, conversation)
                .update();
        return conversation;
    }

    private boolean conversationExists(String publicId) {
        return jdbc.sql("SELECT COUNT(*) FROM conversation WHERE public_id = ?")
                        .param(publicId)
                        .query(Long.class)
                        .single()
                == 1;
    }

    private long messagesOf(ChatTenant shop, String publicId) {
        return jdbc.sql("SELECT COUNT(*) FROM chat_message m JOIN conversation c ON c.id = m.conversation_id"
                        + " WHERE c.public_id = ? AND m.tenant_id = ?")
                .params(publicId, shop.tenant().id().value())
                .query(Long.class)
                .single();
    }
}
