package io.shopdesk.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.NotFoundException;
import io.shopdesk.shared.TenantId;
import io.shopdesk.testing.ChatHttpClient;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ChannelManagementIntegrationTest {

    @Autowired
    TestUsers users;

    @Autowired
    ChannelManagement channels;

    @Autowired
    ChannelDirectory directory;

    @Autowired
    JdbcClient jdbc;

    private static ChannelDraft widget(String name) {
        return new ChannelDraft(ChannelType.WEB_WIDGET, name, List.of("https://shop.example"), null);
    }

    @Test
    void a_new_key_is_shown_once_and_only_its_hash_is_stored() throws Exception {
        var tenant = users.newTenant();
        var created = users.as(tenant.admin(), () -> channels.createChannel(widget("Web shop")));

        assertThat(created.key()).matches("sdpk_[a-z0-9]{12}_[A-Za-z0-9_-]{43}");
        String sha256 = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(created.key().getBytes(StandardCharsets.UTF_8)));
        var stored = jdbc.sql("SELECT key_hash, key_hint FROM channel_key WHERE channel_id = ?")
                .param(created.channel().id())
                .query((rs, row) -> List.of(rs.getString(1), rs.getString(2)))
                .single();
        assertThat(stored.get(0)).isEqualTo(sha256);
        assertThat(stored.get(1)).isEqualTo(created.key().substring(0, 18) + "…");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM channel_key WHERE key_hash = ? OR key_hint = ?")
                        .params(created.key(), created.key())
                        .query(Long.class)
                        .single())
                .isZero();
        var listed = users.as(tenant.admin(), channels::channels);
        assertThat(listed).singleElement().satisfies(channel -> {
            assertThat(channel.keyHint()).doesNotContain(created.key().substring(18));
            assertThat(channel.allowedOrigins()).containsExactly("https://shop.example");
        });
        assertThat(created.toString()).doesNotContain(created.key());
    }

    @Test
    void a_key_speaks_for_its_channel_and_tenant_until_the_channel_is_revoked() {
        var tenant = users.newTenant();
        var created = users.as(tenant.admin(), () -> channels.createChannel(widget("Web shop")));

        assertThat(directory.authenticate(created.key())).hasValueSatisfying(identity -> {
            assertThat(identity.tenant()).isEqualTo(tenant.id());
            assertThat(identity.channelId()).isEqualTo(created.channel().id());
            assertThat(identity.type()).isEqualTo(ChannelType.WEB_WIDGET);
            assertThat(identity.allowsOrigin("https://shop.example")).isTrue();
            assertThat(identity.allowsOrigin("https://evil.example")).isFalse();
        });

        users.run(tenant.admin(), () -> channels.revokeChannel(created.channel().id()));

        assertThat(directory.authenticate(created.key())).isEmpty();
        assertThat(directory.wasRevoked(created.key())).isTrue();
        assertThat(users.as(tenant.admin(), channels::channels))
                .singleElement()
                .extracting(ChannelSummary::status)
                .isEqualTo(ChannelStatus.REVOKED);
    }

    @Test
    void rotating_a_key_retires_the_old_one_at_once() {
        var tenant = users.newTenant();
        var created = users.as(tenant.admin(), () -> channels.createChannel(widget("Web shop")));
        assertThat(directory.authenticate(created.key())).isPresent();

        String rotated = users.as(
                tenant.admin(), () -> channels.rotateKey(created.channel().id()));

        assertThat(rotated).isNotEqualTo(created.key());
        assertThat(directory.authenticate(created.key())).isEmpty();
        assertThat(directory.wasRevoked(created.key())).isTrue();
        assertThat(directory.authenticate(rotated)).isPresent();
    }

    @Test
    void unknown_malformed_and_tampered_keys_speak_for_nobody() {
        var tenant = users.newTenant();
        var created = users.as(tenant.admin(), () -> channels.createChannel(widget("Web shop")));
        String tampered = created.key().substring(0, created.key().length() - 1)
                + (created.key().endsWith("A") ? "B" : "A");

        assertThat(directory.authenticate(tampered)).isEmpty();
        assertThat(directory.wasRevoked(tampered)).isFalse();
        assertThat(directory.authenticate("sdpk_" + "x".repeat(12) + "_" + "y".repeat(43)))
                .isEmpty();
        assertThat(directory.authenticate("not a key")).isEmpty();
        assertThat(directory.authenticate(null)).isEmpty();
        assertThat(directory.authenticate(created.key().replace("sdpk_", "sdsk_")))
                .isEmpty();
    }

    @Test
    void the_plans_channel_quota_is_enforced_and_revoked_channels_free_a_place() {
        var tenant = users.newTenant("FREE", List.of());
        var first = users.as(tenant.admin(), () -> channels.createChannel(widget("Web shop")));

        assertThatThrownBy(() -> users.as(tenant.admin(), () -> channels.createChannel(widget("Second shop"))))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("error.quota.channels");

        users.run(tenant.admin(), () -> channels.revokeChannel(first.channel().id()));
        assertThat(users.as(tenant.admin(), () -> channels.createChannel(widget("Second shop"))))
                .isNotNull();
    }

    @Test
    void channel_settings_are_checked_field_by_field() {
        var tenant = users.newTenant();
        assertThatThrownBy(() -> users.as(
                        tenant.admin(),
                        () -> channels.createChannel(new ChannelDraft(
                                ChannelType.WEB_WIDGET, "Shop", List.of("https://shop.example/path"), null))))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("allowedOrigins"));
        assertThatThrownBy(() -> users.as(
                        tenant.admin(),
                        () -> channels.createChannel(new ChannelDraft(ChannelType.API, " ", List.of(), null))))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("name"));
        var normalised = users.as(
                tenant.admin(),
                () -> channels.createChannel(
                        new ChannelDraft(ChannelType.API, "Server", List.of("HTTPS://Shop.Example:443"), null)));
        assertThat(normalised.channel().allowedOrigins()).containsExactly("https://shop.example");
        assertThat(normalised.key()).startsWith("sdsk_");
        assertThatThrownBy(() -> users.as(tenant.admin(), () -> channels.createChannel(widget("Server"))))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("channel.error.name-duplicate");
    }

    @Test
    void only_a_tenant_admin_manages_channels_and_only_their_own() {
        var a = users.newTenant();
        var b = users.newTenant();
        var ofB = users.as(b.admin(), () -> channels.createChannel(widget("Web shop")));

        assertThatThrownBy(() -> users.as(a.trainer(), () -> channels.createChannel(widget("Mine"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run(
                        a.admin(), () -> channels.revokeChannel(ofB.channel().id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.as(
                        a.admin(), () -> channels.rotateKey(ofB.channel().id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(users.as(a.admin(), channels::channels)).isEmpty();
        assertThat(directory.authenticate(ofB.key())).isPresent();
    }

    @Test
    void the_demo_tenants_have_widget_channels_with_their_documented_keys() {
        assertThat(directory.authenticate(ChatHttpClient.YUNSHANG_DEMO_KEY))
                .hasValueSatisfying(identity -> assertThat(identity.tenant()).isEqualTo(new TenantId("yunshang")));
        assertThat(directory.authenticate(ChatHttpClient.BRIGHTWAVE_DEMO_KEY))
                .hasValueSatisfying(identity -> assertThat(identity.tenant()).isEqualTo(new TenantId("brightwave")));
        assertThat(channels.keyExists(ChatHttpClient.YUNSHANG_DEMO_KEY)).isTrue();
    }
}
