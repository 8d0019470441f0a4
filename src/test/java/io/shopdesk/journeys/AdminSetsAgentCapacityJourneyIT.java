package io.shopdesk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import io.shopdesk.channel.ChannelManagement;
import io.shopdesk.testing.ChatFixtures;
import io.shopdesk.testing.ChatHttpClient;
import io.shopdesk.testing.TestUsers;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A tenant admin opens the agents list, gives the agent a capacity out of range and is told on the field, then sets
 * five conversations and a new skill group, and finds both kept after a reload; the agent, signed in to the
 * workspace in another browser, reads "your conversations: 0 of 5" and sees on the queue's row the order the
 * customer asked about; the admin's list then shows them online.
 * In both languages, with no text missing from the bundle of either.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestUsers.class)
class AdminSetsAgentCapacityJourneyIT {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    ChannelManagement channels;

    @Autowired
    JdbcClient jdbc;

    static Locale[] languages() {
        return BrowserExtension.languages();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void admin_sets_an_agents_capacity_and_skill_group_and_the_agent_sees_it(Locale language) {
        boolean zh = "zh".equals(language.getLanguage());
        var widget = ChatFixtures.tenantWithWidget(users, channels);
        var shop = widget.tenant();
        String base = "http://localhost:" + port;
        var console = new ConsolePage(browser.newPage(language), base);
        console.signIn(shop.admin(), TestUsers.PASSWORD).expectSignedIn();
        console.open("agents");
        var page = console.page();
        var grid = page.locator("#agents");
        var agentRow = grid.locator("vaadin-grid-cell-content")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(shop.agent()));
        assertThat(agentRow).isVisible();
        assertThat(grid).containsText(zh ? "未打开工作台" : "Not in the workspace");
        assertThat(grid).containsText(zh ? "全部技能组" : "All groups");
        assertThat(grid).containsText(zh ? "0 / 3" : "0 of 3");
        expectAllTranslated(page, language);

        String edit = "#agent-edit-" + shop.agent().replaceAll("[^A-Za-z0-9]", "-");
        page.locator(edit).click();
        var maxChats = page.locator("#agent-max-chats input");
        maxChats.fill("25");
        page.locator("#agent-save").click();
        assertThat(page.locator("#agent-max-chats"))
                .containsText(zh ? "接待上限必须在 1 到 20 个会话之间。" : "Capacity must be between 1 and 20 conversations.");
        assertThat(grid).containsText(zh ? "0 / 3" : "0 of 3");

        maxChats.fill("5");
        var groups = page.locator("#agent-skill-groups input");
        groups.fill("returns");
        groups.press("Enter");
        assertThat(page.locator("#agent-skill-groups")).containsText("returns");
        page.locator("#agent-save").click();
        assertThat(page.locator("vaadin-notification-card").last())
                .containsText(zh ? "已保存：" + shop.agent() : "Saved: " + shop.agent());
        assertThat(grid).containsText(zh ? "0 / 5" : "0 of 5");
        assertThat(grid).containsText("returns");

        page.reload();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("#agents")).containsText(zh ? "0 / 5" : "0 of 5");
        assertThat(page.locator("#agents")).containsText("returns");
        page.waitForTimeout(500);
        BrowserExtension.screenshot(page, "agents-" + language.getLanguage());

        String waiting = ChatFixtures.waitingConversation(new ChatHttpClient(port), widget);
        jdbc.sql("INSERT INTO conversation_order (tenant_id, conversation_id, order_number, outcome, status,"
                        + " looked_up_at) VALUES (?, ?, 'BW-10042', 'FOUND', 'Shipped', ?)")
                .params(shop.id().value(), waiting, LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC))
                .update();
        var agentConsole = new ConsolePage(browser.newPage(language), base);
        agentConsole.signIn(shop.agent(), TestUsers.PASSWORD).expectSignedIn();
        agentConsole.open("agent-workspace");
        var workspace = agentConsole.page();
        assertThat(workspace.locator(".sd-agent-capacity")).hasText(zh ? "我的会话：0 / 5" : "Your conversations: 0 of 5");
        var queue = workspace.locator("vaadin-grid.sd-agent-queue");
        assertThat(queue).containsText("blorp again");
        assertThat(queue.locator(".sd-agent-row-order"))
                .hasText(zh ? "订单 BW-10042 · Shipped" : "Order BW-10042 · Shipped");
        expectAllTranslated(workspace, language);

        page.reload();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("#agents")).containsText(zh ? "在线" : "Online");
    }

    /** Vaadin shows a key missing from the bundle as "!lang: key"; no text of the page may be one. */
    static void expectAllTranslated(Page page, Locale language) {
        String text = page.locator("body").innerText();
        assertThat(text).doesNotContain("!" + language.getLanguage() + ":").doesNotContain("!en:");
    }
}
