package io.shopdesk.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.channel.ChannelDirectory;
import io.shopdesk.channel.ChannelType;
import io.shopdesk.conversation.DialogueSettingsManagement;
import io.shopdesk.engine.ConfidenceThresholds;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.TenantId;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A pack's {@code bot:} and {@code channels:} blocks: loaded with the tenant, all or nothing. */
@IntegrationTest
class TenantPackChannelsIntegrationTest {

    @Autowired
    TenantPackLoader loader;

    @Autowired
    ChannelDirectory directory;

    @Autowired
    DialogueSettingsManagement dialogue;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    private static String tenantYaml(String slug, String channels) {
        return """
                slug: %s
                name: Pack Shop
                plan: STARTER
                locale: en
                users:
                  - email: admin@%s.example
                    roles: [TENANT_ADMIN]
                    password: pack-password-1
                bot:
                  greeting: Welcome to Pack Shop!
                  fallback: No idea, sorry.
                  answerThreshold: 0.8
                  suggestThreshold: 0.3
                %s""".formatted(slug, slug, channels);
    }

    private static String slug() {
        return "pack-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }

    private static String lookupId() {
        return "p" + ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L);
    }

    @Test
    void a_pack_creates_its_channels_with_their_fixed_keys_and_its_bot_settings() throws Exception {
        String slug = slug();
        String key = "sdpk_" + lookupId() + "_" + "K".repeat(43);
        String yaml = tenantYaml(slug, """
                channels:
                  - name: Web shop
                    type: WEB_WIDGET
                    allowedOrigins: [https://pack.example]
                    key: %s
                  - name: Server
                    type: API
                """.formatted(key));

        var outcome = users.asPlatformAdmin(() -> loadZip(slug, yaml));

        assertThat(outcome).isEqualTo(TenantPackLoader.Outcome.LOADED);
        assertThat(directory.authenticate(key)).hasValueSatisfying(identity -> {
            assertThat(identity.tenant()).isEqualTo(new TenantId(slug));
            assertThat(identity.type()).isEqualTo(ChannelType.WEB_WIDGET);
            assertThat(identity.allowedOrigins()).containsExactly("https://pack.example");
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM channel WHERE tenant_id = ? AND type = 'API'")
                        .param(slug)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        var settings = users.as("admin@" + slug + ".example", "pack-password-1", dialogue::currentSettings);
        assertThat(settings.greeting()).isEqualTo("Welcome to Pack Shop!");
        assertThat(settings.fallback()).isEqualTo("No idea, sorry.");
        assertThat(settings.thresholds()).isEqualTo(new ConfidenceThresholds(0.8, 0.3));
    }

    @Test
    void a_pack_whose_channel_is_invalid_creates_nothing() {
        String slug = slug();
        String yaml = tenantYaml(slug, """
                channels:
                  - name: Web shop
                    type: WEB_WIDGET
                    allowedOrigins: [not-an-origin]
                """);

        assertThatThrownBy(() -> users.asPlatformAdmin(() -> loadZip(slug, yaml)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("channel.error.origin-invalid");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tenant WHERE id = ?")
                        .param(slug)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM channel WHERE tenant_id = ?")
                        .param(slug)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void an_unknown_channel_type_names_the_file() {
        String slug = slug();
        String yaml = tenantYaml(slug, """
                channels:
                  - name: Fax
                    type: FAX
                """);
        assertThatThrownBy(() -> users.asPlatformAdmin(() -> loadZip(slug, yaml)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("tenant.yaml")
                .hasMessageContaining("FAX");
    }

    @Test
    void an_existing_tenant_gets_the_fixed_key_channels_its_pack_names_and_nothing_else() throws Exception {
        String slug = slug();
        users.asPlatformAdmin(() -> loadZip(slug, tenantYaml(slug, "")));
        String key = "sdpk_" + lookupId() + "_" + "L".repeat(43);
        String later = tenantYaml(slug, """
                channels:
                  - name: Web shop
                    type: WEB_WIDGET
                    key: %s
                """.formatted(key)).replace("Welcome to Pack Shop!", "Changed greeting");

        var outcome = users.asPlatformAdmin(() -> loadZip(slug, later));

        assertThat(outcome).isEqualTo(TenantPackLoader.Outcome.SKIPPED);
        assertThat(directory.authenticate(key)).isPresent();
        assertThat(users.as("admin@" + slug + ".example", "pack-password-1", dialogue::currentSettings)
                        .greeting())
                .isEqualTo("Welcome to Pack Shop!");
        assertThat(users.asPlatformAdmin(() -> loadZip(slug, later))).isEqualTo(TenantPackLoader.Outcome.SKIPPED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM channel WHERE tenant_id = ?")
                        .param(slug)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private TenantPackLoader.Outcome loadZip(String slug, String yaml) {
        try {
            return loader.loadZip(
                    slug + ".zip", TenantPackLoaderIntegrationTest.zip(Map.of(slug + "/tenant.yaml", yaml)));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
