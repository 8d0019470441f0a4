package io.shopdesk.journeys;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Drives Debian's Chromium with Playwright: one browser per test class, fresh contexts per test. Never lets
 * Playwright download a browser. Actions and assertions wait up to 20 s. Screenshots go to {@code docs/screenshots/} (the README's tour uses them); a
 * failing test also leaves a screenshot of every open page in {@code target/journey-failures/}.
 */
public class BrowserExtension implements BeforeAllCallback, AfterAllCallback, AfterEachCallback {

    static final Path SCREENSHOTS = Paths.get("docs", "screenshots");
    private static final Path FAILURES = Paths.get("target", "journey-failures");

    private Playwright playwright;
    private Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        // The first page of a cold JVM on a busy 2-core CI machine can take longer than Playwright's 5 s default.
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        var environment = new HashMap<String, String>();
        environment.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(environment));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get(System.getProperty("shopdesk.chromium", "/usr/bin/chromium")))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-dev-shm-usage",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    /** A new, isolated browser session (own cookies) whose pages ask for the given language. */
    public Page newPage(Locale locale) {
        var browserContext = browser.newContext(new Browser.NewContextOptions()
                .setLocale(locale.toLanguageTag())
                .setViewportSize(1360, 860));
        browserContext.setDefaultTimeout(20_000);
        contexts.add(browserContext);
        return browserContext.newPage();
    }

    /** Saves a screenshot of the page as {@code docs/screenshots/<name>.png}. */
    public static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (context.getExecutionException().isPresent()) {
            Files.createDirectories(FAILURES);
            int index = 0;
            for (BrowserContext browserContext : contexts) {
                for (Page page : browserContext.pages()) {
                    page.screenshot(new Page.ScreenshotOptions()
                            .setFullPage(true)
                            .setPath(FAILURES.resolve(
                                    context.getRequiredTestMethod().getName() + "-"
                                            + context.getDisplayName().replaceAll("[^A-Za-z0-9]+", "_") + "-"
                                            + (index++) + ".png")));
                }
            }
        }
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    static Locale[] languages() {
        return new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE};
    }
}
