package io.shopdesk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.shopdesk.engine.EngineTestSupport;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two browsers at once: a customer on Brightwave's demo shop page fails twice with the bot, the default policy hands
 * the conversation to people; the demo agent, signed in to the console, sees it in the queue with the transcript and
 * the reason, accepts it, and they chat live both ways (server push in the console, the stream in the widget); the
 * agent closes it with a summary and the customer rates it in the widget; the rating is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AgentTakesOverJourneyIT {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_agent_takes_over_from_the_bot_chats_live_closes_and_the_customer_rates() {
        EngineTestSupport.await(
                Duration.ofMinutes(5),
                "a live model for brightwave",
                () -> jdbc.sql("SELECT COUNT(*) FROM engine_model WHERE tenant_id = 'brightwave' AND status = 'LIVE'")
                                .query(Long.class)
                                .single()
                        > 0);
        String token = "zq" + UUID.randomUUID().toString().substring(0, 8);
        String base = "http://localhost:" + port;

        var console = new ConsolePage(browser.newPage(Locale.ENGLISH), base);
        console.signIn("agent@brightwave.example", "shopdesk-demo").expectSignedIn();
        console.open("agent-workspace");
        var agent = console.page();
        assertThat(agent.locator("vaadin-grid.sd-agent-queue")).isVisible();

        var customer = browser.newPage(Locale.ENGLISH);
        customer.navigate(base + "/shop/brightwave/index.html");
        customer.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Chat with us").setExact(true))
                .click();
        assertThat(customer.locator(".message.greeting")).isVisible();
        var input = customer.getByLabel("Your message");
        input.fill("qwzx blorp vrrk " + token);
        input.press("Enter");
        assertThat(customer.locator(".message.bot")).hasCount(2);
        input.fill("blorp qwzx again " + token);
        input.press("Enter");
        assertThat(customer.locator(".notice.queue")).containsText("in the queue");

        var queued = agent.locator("vaadin-grid-cell-content")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("blorp qwzx again " + token));
        queued.click();
        assertThat(agent.locator(".sd-agent-about")).containsText("low_confidence");
        assertThat(agent.locator(".sd-agent-customer").first()).containsText("qwzx blorp vrrk " + token);
        assertThat(agent.locator(".sd-agent-bot .sd-agent-confidence").last())
                .containsText(java.util.regex.Pattern.compile("\\d+%"));
        BrowserExtension.screenshot(agent, "agent-workspace-queue");
        agent.locator("vaadin-button.sd-agent-accept").click();
        assertThat(customer.locator(".notice").last()).containsText("has joined the conversation");
        assertThat(customer.locator(".notice.queue")).hasCount(0);

        var reply = agent.locator("vaadin-text-field.sd-agent-reply input");
        reply.fill("Hi, this is Sam from Brightwave. How can I help?");
        reply.press("Enter");
        assertThat(customer.locator(".message.agent").last()).containsText("this is Sam from Brightwave");

        input.fill("My order " + token + " never arrived");
        input.press("Enter");
        assertThat(agent.locator(".sd-agent-customer").last()).containsText("My order " + token + " never arrived");
        BrowserExtension.screenshot(agent, "agent-workspace-chat");

        agent.locator("vaadin-text-area.sd-agent-summary textarea").fill("Order " + token + " resent by courier.");
        agent.locator("vaadin-button.sd-agent-close").click();
        assertThat(agent.locator("vaadin-notification-card").last()).containsText("The conversation is closed.");

        var stars = customer.locator(".rating .star");
        assertThat(stars).hasCount(5);
        BrowserExtension.screenshot(customer, "widget-rating");
        customer.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("4 of 5").setExact(true))
                .click();
        assertThat(customer.locator("div.rating")).containsText("Thanks for rating us!");

        var stored = jdbc.sql("""
                        SELECT c.rating, c.state, c.agent, c.summary FROM conversation c
                        WHERE c.tenant_id = 'brightwave' AND EXISTS (SELECT 1 FROM chat_message m
                            WHERE m.conversation_id = c.id AND m.text LIKE ?)""")
                .param("%" + token + "%")
                .query((rs, row) -> new Object[] {rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .single();
        assertThat(stored)
                .containsExactly(4, "CLOSED", "agent@brightwave.example", "Order " + token + " resent by courier.");
    }
}
