package io.shopdesk.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.channel.ChannelDraft;
import io.shopdesk.channel.ChannelManagement;
import io.shopdesk.channel.ChannelType;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.NotFoundException;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import io.shopdesk.testing.TestUsers.TestTenant;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Tenant admins see their given-up deliveries and send one again; nobody sees or re-queues another tenant's. */
@IntegrationTest
class FailedDeliveriesIntegrationTest {

    @Autowired
    TestUsers users;

    @Autowired
    ChannelManagement channels;

    @Autowired
    OutboundDeliveries deliveries;

    @Autowired
    JdbcClient jdbc;

    private long webhook(TestTenant tenant, String name) {
        return users.as(
                        tenant.admin(),
                        () -> channels.createChannel(new ChannelDraft(
                                ChannelType.WEBHOOK, name, List.of(), null, "https://shop.example/h", Map.of())))
                .channel()
                .id();
    }

    /** A delivery the outbox gave up after 8 attempts, as it leaves the row. */
    private long failedRow(TestTenant tenant, long channel) {
        String key = "sd_fail" + System.nanoTime() + "_3";
        var now = LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        jdbc.sql("INSERT INTO connector_delivery (tenant_id, channel_id, channel_type, idempotency_key,"
                        + " conversation_id, external_user, message_seq, author, text, sent_at, status, attempts,"
                        + " next_attempt_at, last_status, last_error, created_at, finished_at, version)"
                        + " VALUES (?, ?, 'WEBHOOK', ?, 'conv42', 'u1', 3, 'AGENT', 'Your refund is done.', ?,"
                        + " 'FAILED', 8, ?, 503, 'gave up after 8 attempts; last: HTTP 503', ?, ?, 0)")
                .params(tenant.id().value(), channel, key, now, now, now, now)
                .update();
        return jdbc.sql("SELECT id FROM connector_delivery WHERE idempotency_key = ?")
                .param(key)
                .query(Long.class)
                .single();
    }

    private String status(long id) {
        return jdbc.sql("SELECT CONCAT(status, '/', attempts) FROM connector_delivery WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    @Test
    void an_admin_sends_a_failed_delivery_again_with_a_fresh_attempt_count_and_it_is_audited() {
        var tenant = users.newTenant();
        long channel = webhook(tenant, "Shop app");
        long id = failedRow(tenant, channel);

        assertThat(users.as(tenant.admin(), deliveries::failed)).singleElement().satisfies(failed -> {
            assertThat(failed.id()).isEqualTo(id);
            assertThat(failed.channelName()).isEqualTo("Shop app");
            assertThat(failed.conversationId()).isEqualTo("conv42");
            assertThat(failed.attempts()).isEqualTo(8);
            assertThat(failed.lastError()).isEqualTo("gave up after 8 attempts; last: HTTP 503");
            assertThat(failed.failedAt()).isNotNull();
        });

        users.run(tenant.admin(), () -> deliveries.sendAgain(id));

        assertThat(status(id)).isEqualTo("PENDING/0");
        assertThat(users.as(tenant.admin(), deliveries::failed)).isEmpty();
        assertThat(jdbc.sql("SELECT after_summary FROM audit_entry WHERE tenant_id = ?"
                                + " AND action = 'channel.delivery-requeued'")
                        .param(tenant.id().value())
                        .query(String.class)
                        .list())
                .containsExactly("status=PENDING; attempts=0");
        assertThatThrownBy(() -> users.run(tenant.admin(), () -> deliveries.sendAgain(id)))
                .as("a pending delivery is not re-queued twice")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void another_tenant_neither_sees_nor_re_queues_a_failed_delivery_and_agents_may_not() {
        var tenant = users.newTenant();
        long id = failedRow(tenant, webhook(tenant, "Shop app"));
        var other = users.newTenant();

        assertThat(users.as(other.admin(), deliveries::failed)).isEmpty();
        assertThatThrownBy(() -> users.run(other.admin(), () -> deliveries.sendAgain(id)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.run(tenant.agent(), () -> deliveries.sendAgain(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(status(id)).isEqualTo("FAILED/8");
    }

    @Test
    void a_delivery_of_a_revoked_channel_is_not_sent_again() {
        var tenant = users.newTenant();
        long channel = webhook(tenant, "Old app");
        long id = failedRow(tenant, channel);
        users.run(tenant.admin(), () -> channels.revokeChannel(channel));

        assertThatThrownBy(() -> users.run(tenant.admin(), () -> deliveries.sendAgain(id)))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        refused ->
                                assertThat(refused.messageKey()).isEqualTo("channel.deliveries.error.channel-revoked"));
        assertThat(status(id)).isEqualTo("FAILED/8");
    }
}
