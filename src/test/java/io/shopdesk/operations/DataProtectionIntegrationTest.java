package io.shopdesk.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.channel.ChannelManagement;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.testing.ChatFixtures;
import io.shopdesk.testing.ChatHttpClient;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Masking of stored transcripts per tenant setting, through the chat API, and who may change the setting. */
@IntegrationTest
class DataProtectionIntegrationTest {

    private static final String MESSAGE =
            "My phone is 13812345678 and my mail is li.lei@example.com, order 20261202001";

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    ChannelManagement channels;

    @Autowired
    DataProtectionManagement dataProtection;

    @Autowired
    JdbcClient jdbc;

    @Test
    void with_masking_on_a_customer_message_is_stored_masked_and_still_answered() {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        users.as(shop.tenant().admin(), () -> dataProtection.update(new DataProtectionSettings(true, false, null)));

        var chat = new ChatHttpClient(port);
        String conversation = chat.start(shop.key(), "en").body().path("id").asString();
        var reply = chat.send(shop.key(), conversation, "m1", MESSAGE);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.body().path("messages").get(1).path("author").asString())
                .isEqualTo("BOT");
        String masked = "My phone is [PHONE] and my mail is [EMAIL], order 20261202001";
        assertThat(storedTexts(conversation, "CUSTOMER")).containsExactly(masked);
        assertThat(storedQuestions(conversation)).containsExactly(masked);
        assertThat(reply.body().path("messages").get(0).path("text").asString()).isEqualTo(masked);
    }

    @Test
    void with_masking_off_a_customer_message_is_stored_as_sent() {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        users.as(shop.tenant().admin(), () -> dataProtection.update(new DataProtectionSettings(true, false, null)));
        users.as(shop.tenant().admin(), () -> dataProtection.update(new DataProtectionSettings(false, false, 30)));

        var chat = new ChatHttpClient(port);
        String conversation = chat.start(shop.key(), "en").body().path("id").asString();
        assertThat(chat.send(shop.key(), conversation, "m1", MESSAGE).status()).isEqualTo(201);

        assertThat(storedTexts(conversation, "CUSTOMER")).containsExactly(MESSAGE);
        assertThat(users.as(shop.tenant().admin(), dataProtection::currentSettings))
                .isEqualTo(new DataProtectionSettings(false, false, 30));
    }

    @Test
    void masking_of_one_tenant_leaves_another_tenants_transcripts_as_sent() {
        var masking = ChatFixtures.tenantWithWidget(users, channels);
        var other = ChatFixtures.tenantWithWidget(users, channels);
        users.as(masking.tenant().admin(), () -> dataProtection.update(new DataProtectionSettings(true, true, null)));

        var chat = new ChatHttpClient(port);
        String conversation = chat.start(other.key(), "en").body().path("id").asString();
        chat.send(other.key(), conversation, "m1", MESSAGE);

        assertThat(storedTexts(conversation, "CUSTOMER")).containsExactly(MESSAGE);
        assertThat(users.as(other.tenant().admin(), dataProtection::currentSettings))
                .isEqualTo(DataProtectionSettings.DEFAULTS);
    }

    @Test
    void retention_outside_its_range_is_refused_and_only_admins_change_settings() {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        assertThatThrownBy(() -> users.as(
                        shop.tenant().admin(),
                        () -> dataProtection.update(new DataProtectionSettings(false, false, 0))))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("privacy.error.retention-days"));
        assertThatThrownBy(() -> users.as(
                        shop.tenant().trainer(),
                        () -> dataProtection.update(new DataProtectionSettings(true, false, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(users.as(shop.tenant().admin(), dataProtection::currentSettings))
                .isEqualTo(DataProtectionSettings.DEFAULTS);
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM audit_entry WHERE tenant_id = ? AND action = 'data-protection.update'")
                        .param(shop.tenant().id().value())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void a_change_of_settings_is_audited_under_the_tenant() {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        users.as(shop.tenant().admin(), () -> dataProtection.update(new DataProtectionSettings(true, false, 90)));
        assertThat(jdbc.sql(
                                "SELECT after_summary FROM audit_entry WHERE tenant_id = ? AND action = 'data-protection.update'")
                        .param(shop.tenant().id().value())
                        .query(String.class)
                        .list())
                .containsExactly("maskTranscripts=true, maskExports=false, retentionDays=90");
    }

    private List<String> storedTexts(String conversation, String author) {
        return jdbc.sql("SELECT m.text FROM chat_message m JOIN conversation c ON c.id = m.conversation_id"
                        + " WHERE c.public_id = ? AND m.author = ? ORDER BY m.seq")
                .params(conversation, author)
                .query(String.class)
                .list();
    }

    private List<String> storedQuestions(String conversation) {
        return jdbc.sql("SELECT m.question FROM chat_message m JOIN conversation c ON c.id = m.conversation_id"
                        + " WHERE c.public_id = ? AND m.question IS NOT NULL ORDER BY m.seq")
                .param(conversation)
                .query(String.class)
                .list();
    }
}
