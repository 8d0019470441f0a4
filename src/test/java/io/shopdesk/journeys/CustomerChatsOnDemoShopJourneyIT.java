package io.shopdesk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.shopdesk.engine.EngineTestSupport;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A customer on a demo shop page opens the chat widget, is greeted, asks a question, gets the shop's right answer,
 * says it helped and asks for a person; in Chinese on 云裳服饰's page and in English on Brightwave's. Also: the
 * widget works from the keyboard, and HTML a customer types stays inert text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CustomerChatsOnDemoShopJourneyIT {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** What a shop's customer reads and types, in the shop's language. */
    record Shop(
            String tenant,
            Locale language,
            String launcher,
            String greeting,
            String question,
            String expectedAnswer,
            String inputLabel,
            String helpful,
            String thanks,
            String person,
            String handoffNotice) {

        String suffix() {
            return language.getLanguage();
        }

        @Override
        public String toString() {
            return tenant;
        }
    }

    static Stream<Shop> shops() {
        return Stream.of(
                new Shop(
                        "yunshang",
                        Locale.SIMPLIFIED_CHINESE,
                        "在线客服",
                        "您好，欢迎光临云裳服饰",
                        "尺码表在哪里看",
                        "每个商品详情页都有「尺码表」",
                        "您的消息",
                        "有帮助",
                        "感谢您的反馈",
                        "转人工客服",
                        "人工客服"),
                new Shop(
                        "brightwave",
                        Locale.ENGLISH,
                        "Chat with us",
                        "Hi! I'm the Brightwave assistant.",
                        "How much does shipping cost?",
                        "Standard shipping is free on orders of $35 or more",
                        "Your message",
                        "Helpful",
                        "Thanks for your feedback!",
                        "Talk to a person",
                        "asked a person to join"));
    }

    /** The demo tenants' first models train in the background after start; the bot answers once one is live. */
    private void awaitLiveModel(String tenant) {
        EngineTestSupport.await(
                Duration.ofMinutes(5),
                "a live model for " + tenant,
                () -> jdbc.sql("SELECT COUNT(*) FROM engine_model WHERE tenant_id = ? AND status = 'LIVE'")
                                .param(tenant)
                                .query(Long.class)
                                .single()
                        > 0);
    }

    private Page shopPage(Shop shop) {
        var page = browser.newPage(shop.language());
        page.navigate("http://localhost:" + port + "/shop/" + shop.tenant() + "/index.html");
        return page;
    }

    @ParameterizedTest
    @MethodSource("shops")
    void a_customer_is_greeted_gets_the_right_answer_votes_and_asks_for_a_person(Shop shop) {
        awaitLiveModel(shop.tenant());
        var page = shopPage(shop);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(shop.launcher()).setExact(true))
                .click();
        var greeting = page.locator(".message.greeting");
        assertThat(greeting).containsText(shop.greeting());
        BrowserExtension.screenshot(page, "widget-greeting-" + shop.suffix());

        page.getByLabel(shop.inputLabel()).fill(shop.question());
        page.getByLabel(shop.inputLabel()).press("Enter");
        var answer = page.locator(".message.bot.answer").last();
        assertThat(answer).containsText(shop.expectedAnswer());
        assertThat(page.locator(".message.customer").last()).containsText(shop.question());
        BrowserExtension.screenshot(page, "widget-answer-" + shop.suffix());

        var helpful = answer.getByRole(
                AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName(shop.helpful()).setExact(true));
        helpful.click();
        assertThat(helpful).hasAttribute("aria-pressed", "true");
        assertThat(answer).containsText(shop.thanks());
        assertThat(jdbc.sql("SELECT vote FROM chat_message WHERE tenant_id = ? AND kind = 'ANSWER'"
                                + " ORDER BY id DESC LIMIT 1")
                        .param(shop.tenant())
                        .query(String.class)
                        .single())
                .isEqualTo("HELPFUL");

        var person = page.locator("header .person");
        assertThat(person).hasText(shop.person());
        person.click();
        assertThat(page.locator(".notice:not(.queue)").last()).containsText(shop.handoffNotice());
        assertThat(page.locator(".notice.queue")).isVisible();
        assertThat(person).isDisabled();
        BrowserExtension.screenshot(page, "widget-handoff-" + shop.suffix());
    }

    @Test
    void the_widget_works_from_the_keyboard_and_shows_typed_html_as_text() {
        var shop =
                shops().filter(s -> s.tenant().equals("brightwave")).findFirst().orElseThrow();
        var page = shopPage(shop);
        var dialogs = new AtomicBoolean();
        page.onDialog(dialog -> {
            dialogs.set(true);
            dialog.dismiss();
        });
        var launcher = page.getByRole(
                AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName(shop.launcher()).setExact(true));
        launcher.focus();
        page.keyboard().press("Enter");
        assertThat(launcher).hasAttribute("aria-expanded", "true");
        var input = page.getByLabel(shop.inputLabel());
        assertThat(input).isFocused();
        assertThat(page.locator(".message.greeting")).isVisible();

        String typed = "<img src=x onerror=alert(1)><b>bold</b> 😀";
        input.fill(typed);
        input.press("Enter");
        var mine = page.locator(".message.customer").last();
        assertThat(mine).containsText(typed);
        assertThat(page.locator("#shopdesk-widget img")).hasCount(0);
        assertThat(page.locator(".message.customer b")).hasCount(0);
        assertThat(page.locator(".message.bot").last()).not().containsText(shop.greeting());
        assertThat(dialogs.get()).isFalse();

        page.keyboard().press("Escape");
        assertThat(page.locator("#panel")).isHidden();
        assertThat(launcher).isFocused();
        assertThat(launcher).hasAttribute("aria-expanded", "false");
    }
}
