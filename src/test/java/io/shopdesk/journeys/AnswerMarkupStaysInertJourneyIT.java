package io.shopdesk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import io.shopdesk.channel.ChannelDraft;
import io.shopdesk.channel.ChannelManagement;
import io.shopdesk.channel.ChannelType;
import io.shopdesk.engine.EngineTestSupport;
import io.shopdesk.knowledge.FaqDraft;
import io.shopdesk.knowledge.FaqManagement;
import io.shopdesk.security.TenantContext;
import io.shopdesk.testing.TestUsers;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An answer that carries a script tag and an event handler (as if written into the database behind the services'
 * back, which refuse it) stays inert everywhere it is shown: in the shop's widget, in the console's answer editor
 * (which names the problem and refuses to save it) and in the try-it panel. No script runs, no such element appears.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestUsers.class)
class AnswerMarkupStaysInertJourneyIT {

    static final String POISONED = "<p>Two years on every device.</p><script>window.__pwned = 1</script>"
            + "<img src=\"x\" onerror=\"window.__pwned = 2\">";

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    ChannelManagement channels;

    @Autowired
    FaqManagement faq;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_script_in_a_stored_answer_runs_neither_in_the_widget_nor_in_the_console() {
        var shop = users.newTenant(
                "STARTER",
                List.of(
                        new FaqDraft(
                                "warranty",
                                "General",
                                "What is the warranty?",
                                List.of("How long is the guarantee?"),
                                "Two years on every device.",
                                List.of(),
                                null),
                        new FaqDraft(
                                "shipping",
                                "General",
                                "How long does shipping take?",
                                List.of("When will my order arrive?"),
                                "Three days.",
                                List.of(),
                                null)));
        String key = TenantContext.callAs(
                shop.id(),
                () -> channels.createChannelAsSystem(
                                new ChannelDraft(ChannelType.WEB_WIDGET, "Inert shop", List.of(), null), null)
                        .key());
        long warranty = EngineTestSupport.entryIdsByKey(faq, shop.id()).get("warranty");
        jdbc.sql("UPDATE faq_entry SET answer = ? WHERE tenant_id = ? AND id = ?")
                .params(POISONED, shop.id().value(), warranty)
                .update();
        EngineTestSupport.await(
                Duration.ofMinutes(10),
                "a live model",
                () -> jdbc.sql("SELECT COUNT(*) FROM engine_model WHERE tenant_id = ? AND status = 'LIVE'")
                                .param(shop.id().value())
                                .query(Long.class)
                                .single()
                        > 0);

        // The widget.
        var widget = browser.newPage(Locale.ENGLISH);
        var dialogs = new AtomicBoolean();
        widget.onDialog(dialog -> {
            dialogs.set(true);
            dialog.dismiss();
        });
        String shopUrl = "http://localhost:" + port + "/inert-shop.html";
        widget.route(
                shopUrl,
                route -> route.fulfill(new Route.FulfillOptions()
                        .setContentType("text/html; charset=utf-8")
                        .setBody(
                                "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Inert shop</title>"
                                        + "</head><body><script src=\"/widget/shopdesk-widget.js\" data-channel-key=\""
                                        + key
                                        + "\" data-locale=\"en\" defer></script></body></html>")));
        widget.navigate(shopUrl);
        widget.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Chat with us").setExact(true))
                .click();
        widget.getByLabel("Your message").fill("What is the warranty?");
        widget.getByLabel("Your message").press("Enter");
        var answer = widget.locator(".message.bot.answer").last();
        assertThat(answer).containsText("Two years on every device.");
        assertThat(answer.locator("script")).hasCount(0);
        assertThat(answer.locator("img[onerror]")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(widget.evaluate("() => window.__pwned === undefined"))
                .isEqualTo(true);
        org.assertj.core.api.Assertions.assertThat(dialogs.get()).isFalse();

        // The console's editor shows the problem instead of rendering it, and refuses to save it.
        var console = new ConsolePage(browser.newPage(Locale.ENGLISH), "http://localhost:" + port);
        console.signIn(shop.trainer(), TestUsers.PASSWORD).expectSignedIn();
        console.open("faq");
        var page = console.page();
        page.locator("#faq-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("What is the warranty?"))
                .first()
                .click();
        assertThat(page.locator("#faq-answer textarea")).hasValue(POISONED);
        var preview = page.locator("#faq-answer-preview");
        assertThat(preview).hasClass(java.util.regex.Pattern.compile("sd-preview-error"));
        assertThat(preview.locator("script")).hasCount(0);
        assertThat(preview.locator("img")).hasCount(0);
        page.locator("#faq-save").click();
        assertThat(page.locator("#faq-save")).isVisible();
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.__pwned === undefined"))
                .isEqualTo(true);
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT answer FROM faq_entry WHERE id = ?")
                        .param(warranty)
                        .query(String.class)
                        .single())
                .isEqualTo(POISONED);
        page.keyboard().press("Escape");

        // The try-it panel shows the answer as text.
        console.open("try-it");
        page.locator("#try-question input").fill("What is the warranty?");
        page.locator("#try-ask").click();
        var live = page.locator("#try-live");
        assertThat(live.locator(".sd-try-answer")).containsText("Two years on every device.");
        assertThat(live.locator("script")).hasCount(0);
        assertThat(live.locator("img")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.__pwned === undefined"))
                .isEqualTo(true);
    }
}
