package io.shopdesk.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.TenantId;
import io.shopdesk.tenant.TenantManagement;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class TenantPackLoaderIntegrationTest {

    private static final String TENANT_YAML = """
            slug: packed-shop
            name: Packed Shop
            plan: STARTER
            locale: en
            users:
              - email: admin@packed-shop.example
                name: Pat Admin
                roles: [TENANT_ADMIN]
                password: packed-password
              - email: agent@packed-shop.example
                roles: [AGENT]
            """;
    private static final String FAQ_YAML = """
            categories:
              - name: Orders
                entries:
                  - key: cancel-order
                    question: How do I cancel my order?
                    similar: [Cancel my order please, Can I still cancel?, Stop my order]
                    answer: Open the order and press Cancel within one hour of ordering.
            """;

    @Autowired
    TenantPackLoader loader;

    @Autowired
    TenantManagement tenants;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    static byte[] zip(Map<String, String> files) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void an_uploaded_pack_creates_the_tenant_with_users_and_faq_once() throws IOException {
        byte[] pack = zip(Map.of("packed-shop/tenant.yaml", TENANT_YAML, "packed-shop/faq.yaml", FAQ_YAML));

        assertThat(users.asPlatformAdmin(() -> loader.loadZip("packed-shop.zip", pack)))
                .isEqualTo(TenantPackLoader.Outcome.LOADED);
        assertThat(tenants.exists(new TenantId("packed-shop"))).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM membership WHERE tenant_id = 'packed-shop'")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM faq_similar_question WHERE tenant_id = 'packed-shop'")
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
        assertThat(users.as("admin@packed-shop.example", "packed-password", () -> true))
                .isTrue();

        assertThat(users.asPlatformAdmin(() -> loader.loadZip("packed-shop.zip", pack)))
                .isEqualTo(TenantPackLoader.Outcome.SKIPPED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM faq_entry WHERE tenant_id = 'packed-shop'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void a_broken_pack_is_refused_with_the_file_named_and_nothing_is_created() throws IOException {
        byte[] noTenant = zip(Map.of("faq.yaml", FAQ_YAML));
        assertThatThrownBy(() -> users.asPlatformAdmin(() -> loader.loadZip("x.zip", noTenant)))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        v -> assertThat(v.arguments()[1].toString()).contains("tenant.yaml"));

        byte[] badYaml = zip(Map.of(
                "tenant.yaml", TENANT_YAML.replace("packed-shop", "broken-shop"), "faq.yaml", "categories: [ {"));
        assertThatThrownBy(() -> users.asPlatformAdmin(() -> loader.loadZip("broken.zip", badYaml)))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        v -> assertThat(v.arguments()[0].toString()).contains("faq.yaml"));
        assertThat(tenants.exists(new TenantId("broken-shop"))).isFalse();

        byte[] duplicateKeys = zip(Map.of(
                "tenant.yaml",
                TENANT_YAML.replace("packed-shop", "dupe-shop"),
                "faq.yaml",
                FAQ_YAML + FAQ_YAML.substring(FAQ_YAML.indexOf("      - key")).replace("How do I", "How can I")));
        assertThatThrownBy(() -> users.asPlatformAdmin(() -> loader.loadZip("dupe.zip", duplicateKeys)))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(tenants.exists(new TenantId("dupe-shop"))).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM user_account WHERE email = 'admin@dupe-shop.example'")
                        .query(Long.class)
                        .single())
                .isZero();

        assertThatThrownBy(() -> users.asPlatformAdmin(() -> loader.loadZip("junk.zip", "not a zip".getBytes())))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void an_archive_that_unpacks_to_more_than_ten_megabytes_is_refused() throws IOException {
        byte[] bomb = zip(Map.of("tenant.yaml", "#" + " ".repeat(11 * 1024 * 1024)));
        assertThat(bomb.length).isLessThan(100_000);
        assertThatThrownBy(() -> users.asPlatformAdmin(() -> loader.loadZip("bomb.zip", bomb)))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        v -> assertThat(v.arguments()[1].toString()).contains("10 MB"));
    }

    @Test
    void only_platform_staff_may_load_packs() throws IOException {
        var tenant = users.newTenant();
        byte[] pack = zip(Map.of("tenant.yaml", TENANT_YAML.replace("packed-shop", "sneaky-pack")));
        assertThatThrownBy(() -> users.as(tenant.admin(), () -> loader.loadZip("p.zip", pack)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(tenants.exists(new TenantId("sneaky-pack"))).isFalse();
    }
}
