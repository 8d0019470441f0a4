package io.shopdesk.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.channel.ChannelManagement;
import io.shopdesk.conversation.ConversationStarted;
import io.shopdesk.conversation.DialogueSettingsDraft;
import io.shopdesk.conversation.DialogueSettingsManagement;
import io.shopdesk.knowledge.FaqDraft;
import io.shopdesk.knowledge.FaqStatus;
import io.shopdesk.knowledge.KnowledgeArticles;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.TenantId;
import io.shopdesk.testing.ChatFixtures;
import io.shopdesk.testing.ChatFixtures.ChatTenant;
import io.shopdesk.testing.ChatHttpClient;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Offboarding a tenant that has data in every table: the export holds it, and afterwards no table with a tenant
 * column has a row of that tenant, no row of any table (all that information_schema lists, event publications
 * included) names it, while another tenant's rows are untouched.
 */
@IntegrationTest
class TenantOffboardingTest {

    /** Tables this test fills; a table added later is still checked afterwards, through information_schema. */
    private static final Set<String> FILLED = Set.of(
            "audit_entry",
            "channel",
            "channel_key",
            "chat_message",
            "conversation",
            "data_protection_settings",
            "dialogue_settings",
            "engine_model",
            "engine_model_chunk",
            "engine_training_job",
            "faq_answer_variant",
            "faq_category",
            "faq_entry",
            "faq_entry_stats",
            "faq_similar_question",
            "knowledge_article",
            "knowledge_passage",
            "membership");

    private static final Duration READY = Duration.ofMinutes(4);
    private static final String NEVER_COMPLETED = "io.shopdesk.testing.NeverCompleted.on(ConversationStarted)";

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    ChannelManagement channels;

    @Autowired
    DialogueSettingsManagement dialogue;

    @Autowired
    DataProtectionManagement dataProtection;

    @Autowired
    KnowledgeArticles articles;

    @Autowired
    TenantOffboarding offboarding;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventPublicationRepository publications;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void an_offboarded_tenant_leaves_no_row_in_any_table_and_others_keep_theirs() throws Exception {
        var leaving = shopWithData();
        var staying = shopWithData();
        awaitRowsInEveryTable(leaving);
        awaitRowsInEveryTable(staying);
        waitingPublication(leaving.tenant().id());
        waitingPublication(staying.tenant().id());
        assertThat(publicationsOf(leaving.tenant().id())).isPositive();
        var stayingBefore = rowsPerTable(staying.tenant().id());
        long stayingPublications = publicationsOf(staying.tenant().id());

        var zip = new ByteArrayOutputStream();
        var exported = users.asPlatformAdmin(
                () -> offboarding.exportAcrossTenants(leaving.tenant().id(), zip));
        var entries = unzip(zip.toByteArray());
        assertThat(entries).containsKeys("manifest.json", "accounts.json");
        for (String table : FILLED) {
            assertThat(exported.get(table)).as(table).isPositive();
            assertThat(json.readTree(entries.get("tables/" + table + ".json")).size())
                    .as(table)
                    .isEqualTo(exported.get(table));
        }
        assertThat(entries.get("accounts.json"))
                .contains(leaving.tenant().admin())
                .doesNotContain("password");
        // the tenant asked for masked exports; its transcripts are stored as sent
        assertThat(entries.get("tables/chat_message.json")).contains("[PHONE]").doesNotContain("13812345678");

        String waiting = jdbc.sql("SELECT SERIALIZED_EVENT FROM EVENT_PUBLICATION WHERE LISTENER_ID = ?"
                        + " AND SERIALIZED_EVENT LIKE ?")
                .params(NEVER_COMPLETED, "%" + leaving.tenant().id().value() + "%")
                .query(String.class)
                .single();

        var result = users.asPlatformAdmin(() -> offboarding.offboardAcrossTenants(
                leaving.tenant().id(), leaving.tenant().id().value()));

        assertThat(result.totalRows()).isPositive();
        assertThat(rowsPerTable(leaving.tenant().id()).values()).allMatch(count -> count == 0);
        assertThat(count(
                        "SELECT COUNT(*) FROM tenant WHERE id = ?",
                        leaving.tenant().id().value()))
                .isZero();
        assertThat(count(
                        "SELECT COUNT(*) FROM user_account WHERE email = ?",
                        leaving.tenant().admin()))
                .isZero();
        assertThat(rowsPerTable(staying.tenant().id())).isEqualTo(stayingBefore);
        assertThat(publicationsOf(leaving.tenant().id())).as(waiting).isZero();
        assertThat(publicationsOf(staying.tenant().id())).isEqualTo(stayingPublications);
        assertThat(traces(leaving.tenant().id()))
                .as("rows naming the tenant, per table")
                .isEmpty();
        assertThat(traces(staying.tenant().id())).isNotEmpty();
        jdbc.sql("DELETE FROM EVENT_PUBLICATION WHERE LISTENER_ID = ?")
                .param(NEVER_COMPLETED)
                .update();
        assertThat(count(
                        "SELECT COUNT(*) FROM audit_entry WHERE tenant_id = 'platform' AND action = 'tenant.offboard'"
                                + " AND target = ?",
                        leaving.tenant().id().value()))
                .isEqualTo(1);
        assertThat(new ChatHttpClient(port).start(leaving.key(), "en").status()).isBetween(400, 499);
    }

    @Test
    void offboarding_needs_the_typed_slug_platform_staff_and_a_real_tenant() {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        var tenant = shop.tenant().id();
        assertThatThrownBy(() -> users.asPlatformAdmin(() -> offboarding.offboardAcrossTenants(tenant, "wrong")))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("offboarding.error.slug-mismatch"));
        assertThatThrownBy(() -> users.as(
                        shop.tenant().admin(), () -> offboarding.offboardAcrossTenants(tenant, tenant.value())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.asPlatformAdmin(
                        () -> offboarding.offboardAcrossTenants(TenantId.PLATFORM, TenantId.PLATFORM.value())))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("offboarding.error.platform"));
        assertThat(count("SELECT COUNT(*) FROM tenant WHERE id = ?", tenant.value()))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM channel WHERE tenant_id = ?", tenant.value()))
                .isEqualTo(1);
    }

    /**
     * Every base table is tenant data with a {@code tenant_id} column, the child of such a table through a foreign key
     * (deleted with its parent), or one of the few global tables below, each with its own cleanup. A table added
     * later that is none of these fails here until offboarding knows how to delete its rows.
     */
    @Test
    void every_table_is_tenant_scoped_a_child_of_a_tenant_table_or_a_known_global_table() {
        // table -> how offboarding deals with it
        var global = Map.of(
                "tenant", "the tenant's own row, deleted last",
                "user_account", "accounts of no other tenant are deleted",
                "persistent_logins", "remember-me tokens of those accounts are deleted",
                "event_publication", "publications whose serialized event carries the tenant are deleted",
                "plan", "the plan catalogue: no tenant data",
                "job_claim", "one row per daily job: no tenant data",
                "flyway_schema_history", "schema versions: no tenant data");
        var tables = jdbc.sql("SELECT LOWER(TABLE_NAME) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                        + " AND TABLE_TYPE = 'BASE TABLE' ORDER BY 1")
                .query(String.class)
                .list();
        var scoped = new TreeSet<>(jdbc.sql("SELECT LOWER(TABLE_NAME) FROM information_schema.COLUMNS"
                        + " WHERE TABLE_SCHEMA = DATABASE() AND LOWER(COLUMN_NAME) = 'tenant_id'")
                .query(String.class)
                .list());
        var children = jdbc
                .sql("SELECT LOWER(TABLE_NAME), LOWER(REFERENCED_TABLE_NAME)"
                        + " FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = DATABASE()"
                        + " AND REFERENCED_TABLE_NAME IS NOT NULL")
                .query((row, n) -> List.of(row.getString(1), row.getString(2)))
                .list()
                .stream()
                .filter(key -> scoped.contains(key.get(1)))
                .map(List::getFirst)
                .collect(java.util.stream.Collectors.toSet());

        var unknown = tables.stream()
                .filter(table -> !scoped.contains(table) && !children.contains(table) && !global.containsKey(table))
                .toList();

        assertThat(tables).hasSizeGreaterThan(20).containsAll(global.keySet());
        assertThat(unknown)
                .as("tables offboarding does not know how to clean up")
                .isEmpty();
    }

    /** A publication that still waits for its listener (as after a crash), stored by the real registry. */
    private void waitingPublication(TenantId tenant) {
        var event = new ConversationStarted(tenant, "waiting", 1L, "WEB_WIDGET", "en", Instant.now());
        transactions.executeWithoutResult(status ->
                publications.create(TargetEventPublication.of(event, PublicationTargetIdentifier.of(NEVER_COMPLETED))));
    }

    private long publicationsOf(TenantId tenant) {
        return count(
                "SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE SERIALIZED_EVENT LIKE ?", "%\"" + tenant.value() + "\"%");
    }

    /**
     * The rows in any table (all base tables that information_schema lists) with a text column naming the tenant
     * (its slug, also inside e-mail addresses and serialized events), per table. The platform's own audit record of
     * the offboarding names the tenant by design and is left out.
     */
    private Map<String, Long> traces(TenantId tenant) {
        var columns = jdbc.sql("SELECT c.TABLE_NAME, c.COLUMN_NAME FROM information_schema.COLUMNS c"
                        + " JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA"
                        + " AND t.TABLE_NAME = c.TABLE_NAME WHERE c.TABLE_SCHEMA = DATABASE()"
                        + " AND t.TABLE_TYPE = 'BASE TABLE' AND c.DATA_TYPE IN"
                        + " ('char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext', 'json', 'enum', 'set')"
                        + " ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION")
                .query((row, n) -> List.of(row.getString(1), row.getString(2)))
                .list();
        var byTable = new LinkedHashMap<String, List<String>>();
        columns.forEach(column -> byTable.computeIfAbsent(column.get(0), table -> new java.util.ArrayList<>())
                .add(column.get(1)));
        var traces = new LinkedHashMap<String, Long>();
        byTable.forEach((table, names) -> {
            String where = String.join(
                    " OR ", names.stream().map(name -> "`" + name + "` LIKE ?").toList());
            if (table.equalsIgnoreCase("audit_entry")) {
                where = "(" + where + ") AND tenant_id <> 'platform'";
            }
            Object[] params =
                    names.stream().map(name -> "%" + tenant.value() + "%").toArray();
            long rows = count("SELECT COUNT(*) FROM `" + table + "` WHERE " + where, params);
            if (rows > 0) {
                traces.put(table, rows);
            }
        });
        return traces;
    }

    /** A tenant with FAQ (with a channel variant), an article, settings, a channel and a conversation. */
    private ChatTenant shopWithData() {
        var faq = List.of(
                new FaqDraft(
                        "returns",
                        "Orders",
                        "How do I return an item?",
                        List.of("Can I send something back?", "What is your return policy?", "I want a refund"),
                        "Open My Orders and press Return within 30 days; the label is free.",
                        List.of("returns"),
                        FaqStatus.PUBLISHED,
                        null,
                        null,
                        Map.of("WEB_WIDGET", "Press Return in My Orders.")),
                new FaqDraft(
                        "shipping-time",
                        "Orders",
                        "How long does delivery take?",
                        List.of("When will my parcel arrive?", "How many days is shipping?", "Delivery time?"),
                        "Parcels arrive in 2 to 4 working days.",
                        List.of(),
                        FaqStatus.PUBLISHED));
        var shop = ChatFixtures.tenantWithWidget(users, channels, "STARTER", faq, List.of());
        String admin = shop.tenant().admin();
        users.as(admin, () -> dialogue.update(new DialogueSettingsDraft(null, null, "Hello from the shop", null)));
        users.as(admin, () -> dataProtection.update(new DataProtectionSettings(false, true, 365)));
        users.as(
                shop.tenant().trainer(), () -> articles.paste("Returns", "# Returns\nSend items back within 30 days."));
        return shop;
    }

    /** Chats until the tenant's model answers and every filled table has a row of the tenant. */
    private void awaitRowsInEveryTable(ChatTenant shop) throws InterruptedException {
        var chat = new ChatHttpClient(port);
        long deadline = System.nanoTime() + READY.toNanos();
        int attempt = 0;
        Set<String> empty = Set.of();
        while (System.nanoTime() < deadline) {
            String conversation = chat.start(shop.key(), "en").body().path("id").asString();
            chat.send(shop.key(), conversation, "m" + attempt++, "Can I send something back? Call 13812345678");
            var rows = rowsPerTable(shop.tenant().id());
            empty = new TreeSet<>(FILLED.stream()
                    .filter(table -> rows.getOrDefault(table, 0L) == 0)
                    .toList());
            if (empty.isEmpty()) {
                return;
            }
            Thread.sleep(2000);
        }
        throw new AssertionError("No rows of " + shop.tenant().id() + " in " + empty);
    }

    /** Rows of the tenant in every table that has a tenant column, as information_schema lists them now. */
    private Map<String, Long> rowsPerTable(TenantId tenant) {
        var tables = jdbc.sql("SELECT TABLE_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                        + " AND COLUMN_NAME = 'tenant_id' ORDER BY TABLE_NAME")
                .query(String.class)
                .list();
        assertThat(tables).containsAll(FILLED);
        var rows = new LinkedHashMap<String, Long>();
        for (String table : tables) {
            rows.put(table, count("SELECT COUNT(*) FROM `" + table + "` WHERE tenant_id = ?", tenant.value()));
        }
        return rows;
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        var entries = new LinkedHashMap<String, String>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
