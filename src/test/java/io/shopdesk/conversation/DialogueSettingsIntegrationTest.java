package io.shopdesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.channel.ChannelManagement;
import io.shopdesk.engine.ConfidenceThresholds;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.TenantId;
import io.shopdesk.testing.ChatFixtures;
import io.shopdesk.testing.ChatHttpClient;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class DialogueSettingsIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    ChannelManagement channels;

    @Autowired
    DialogueSettingsManagement dialogue;

    @Test
    void a_tenant_without_settings_uses_the_defaults_and_the_demo_pack_its_own_texts() {
        var tenant = users.newTenant();
        var settings = users.as(tenant.admin(), dialogue::currentSettings);
        assertThat(settings.thresholds()).isEqualTo(ConfidenceThresholds.DEFAULTS);
        assertThat(settings.greeting()).isNull();
        assertThat(settings.locale()).isEqualTo("en");

        var yunshang = users.as("admin@yunshang.example", TestUsers.DEMO_PASSWORD, dialogue::currentSettings);
        assertThat(yunshang.tenant()).isEqualTo(new TenantId("yunshang"));
        assertThat(yunshang.locale()).isEqualTo("zh-CN");
        assertThat(yunshang.greeting()).startsWith("您好，欢迎光临云裳服饰");
        assertThat(yunshang.fallback()).contains("转人工");
    }

    @Test
    void an_admins_change_reaches_the_next_conversation_at_once() {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        var chat = new ChatHttpClient(port);
        assertThat(chat.start(shop.key(), "en")
                        .body()
                        .path("messages")
                        .get(0)
                        .path("text")
                        .asString())
                .isEqualTo("Hello! How can I help you today?");

        users.run(
                shop.tenant().admin(),
                () -> dialogue.update(new DialogueSettingsDraft(0.8, 0.5, "  Welcome to Shop!  ", null)));

        assertThat(chat.start(shop.key(), "en")
                        .body()
                        .path("messages")
                        .get(0)
                        .path("text")
                        .asString())
                .isEqualTo("Welcome to Shop!");
        assertThat(chat.start(shop.key(), "zh-CN")
                        .body()
                        .path("messages")
                        .get(0)
                        .path("text")
                        .asString())
                .as("the tenant's text is English, so a Chinese conversation gets the standard Chinese greeting")
                .isEqualTo("您好！请问有什么可以帮您？");
        assertThat(users.as(shop.tenant().admin(), dialogue::currentSettings).thresholds())
                .isEqualTo(new ConfidenceThresholds(0.8, 0.5));
    }

    @Test
    void thresholds_and_texts_are_checked_and_only_admins_change_them() {
        var tenant = users.newTenant();
        assertThatThrownBy(() -> users.run(
                        tenant.admin(), () -> dialogue.update(new DialogueSettingsDraft(0.3, 0.6, null, null))))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("chat.error.thresholds"));
        assertThatThrownBy(() -> users.run(
                        tenant.admin(), () -> dialogue.update(new DialogueSettingsDraft(0.7, null, null, null))))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> users.run(
                        tenant.admin(),
                        () -> dialogue.update(new DialogueSettingsDraft(null, null, "x".repeat(1001), null))))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> users.run(tenant.trainer(), () -> dialogue.update(DialogueSettingsDraft.defaults())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
