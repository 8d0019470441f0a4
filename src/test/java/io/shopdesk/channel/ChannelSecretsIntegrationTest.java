package io.shopdesk.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ChannelSecretsIntegrationTest {

    static final String BOT_TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

    @Autowired
    TestUsers users;

    @Autowired
    ChannelManagement channels;

    @Autowired
    ConnectorDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Test
    void messenger_secrets_are_stored_encrypted_and_listed_only_masked() {
        var tenant = users.newTenant();
        var created = users.as(
                tenant.admin(),
                () -> channels.createChannel(new ChannelDraft(
                        ChannelType.TELEGRAM,
                        "Telegram",
                        List.of(),
                        null,
                        null,
                        Map.of(SecretName.TELEGRAM_BOT_TOKEN, BOT_TOKEN))));

        String webhookSecret = created.generatedSecrets().get(SecretName.TELEGRAM_WEBHOOK_SECRET);
        assertThat(webhookSecret).matches("[A-Za-z0-9_-]{43}");
        assertThat(created.key()).isNull();
        var stored = jdbc.sql("SELECT ciphertext FROM channel_secret WHERE channel_id = ?")
                .param(created.channel().id())
                .query(String.class)
                .list();
        assertThat(stored)
                .hasSize(2)
                .allSatisfy(ciphertext -> assertThat(ciphertext)
                        .startsWith("k1:")
                        .doesNotContain(BOT_TOKEN)
                        .doesNotContain(webhookSecret));
        var listed = users.as(tenant.admin(), channels::channels);
        assertThat(listed).singleElement().satisfies(channel -> {
            assertThat(channel.secretHints())
                    .containsEntry(SecretName.TELEGRAM_BOT_TOKEN, "••••Dsaw")
                    .containsKey(SecretName.TELEGRAM_WEBHOOK_SECRET);
            assertThat(channel.toString()).doesNotContain(BOT_TOKEN).doesNotContain(webhookSecret);
        });
        var found = directory.find(ChannelType.TELEGRAM, created.channel().endpointId());
        assertThat(found).hasValueSatisfying(channel -> {
            assertThat(channel.secret(SecretName.TELEGRAM_BOT_TOKEN)).hasValue(BOT_TOKEN);
            assertThat(channel.identity().tenant()).isEqualTo(tenant.id());
            assertThat(channel.toString()).doesNotContain(BOT_TOKEN);
        });
        assertThat(directory.find(ChannelType.WECHAT, created.channel().endpointId()))
                .isEmpty();

        users.run(tenant.admin(), () -> channels.revokeChannel(created.channel().id()));
        assertThat(directory.find(ChannelType.TELEGRAM, created.channel().endpointId()))
                .isEmpty();
    }

    @Test
    void messenger_settings_are_checked_field_by_field_and_nothing_is_stored_on_error() {
        var tenant = users.newTenant();
        assertThatThrownBy(() -> users.as(
                        tenant.admin(),
                        () -> channels.createChannel(new ChannelDraft(
                                ChannelType.TELEGRAM,
                                "Telegram",
                                List.of(),
                                null,
                                null,
                                Map.of(SecretName.TELEGRAM_BOT_TOKEN, "not a token")))))
                .isInstanceOfSatisfying(BusinessRuleException.class, error -> {
                    assertThat(error.field()).isEqualTo("telegramBotToken");
                    assertThat(error.messageKey()).isEqualTo("channel.error.secret-format");
                });
        assertThatThrownBy(() -> users.as(
                        tenant.admin(),
                        () -> channels.createChannel(
                                new ChannelDraft(ChannelType.WECHAT, "WeChat", List.of(), null, null, Map.of()))))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        error -> assertThat(error.field()).isEqualTo("wechatToken"));
        assertThatThrownBy(() -> users.as(
                        tenant.admin(),
                        () -> channels.createChannel(new ChannelDraft(
                                ChannelType.WEBHOOK, "Hook", List.of(), null, "http://shop.example/hook", Map.of()))))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        error -> assertThat(error.field()).isEqualTo("outboundUrl"));
        assertThat(users.as(tenant.admin(), channels::channels)).isEmpty();
    }

    @Test
    void messenger_channels_count_towards_the_plans_channel_quota() {
        var tenant = users.newTenant("FREE", List.of());
        users.as(
                tenant.admin(),
                () -> channels.createChannel(new ChannelDraft(
                        ChannelType.WEBHOOK, "Hook", List.of(), null, "https://shop.example/hook", Map.of())));

        assertThatThrownBy(() -> users.as(
                        tenant.admin(),
                        () -> channels.createChannel(new ChannelDraft(
                                ChannelType.WECHAT,
                                "WeChat",
                                List.of(),
                                null,
                                null,
                                Map.of(
                                        SecretName.WECHAT_TOKEN,
                                        "wechattoken1",
                                        SecretName.WECHAT_APP_ID,
                                        "wx5823bf96d3bd56c7",
                                        SecretName.WECHAT_APP_SECRET,
                                        "3f1c9a7e5b2d4f6a8c0e1b3d5f7a9c2e")))))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("error.quota.channels");
    }
}
