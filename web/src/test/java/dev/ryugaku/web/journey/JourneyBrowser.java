package dev.ryugaku.web.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium, headless, driven by Playwright for the journeys. CI installs Chromium; elsewhere
 * a journey runs when Chromium is there. Screenshots land in target/journey/; the pages photographed,
 * the sign-in page and each home are checked with axe-core ({@link Accessibility}).
 */
final class JourneyBrowser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "journey");
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    private static JourneyBrowser shared;

    private final Playwright playwright;
    private final Browser browser;

    private JourneyBrowser(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** The test JVM's browser, started on first use and closed when the JVM ends. */
    static synchronized JourneyBrowser shared() throws IOException {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "close-chromium"));
        }
        return shared;
    }

    private static JourneyBrowser start() throws IOException {
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium not installed at " + CHROMIUM);
        }
        Files.createDirectories(SCREENSHOTS);
        // two cores shared by several builds: the first page after sign-in can take longer than 5 s
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
        return new JourneyBrowser(playwright, browser);
    }

    /** A fresh Japanese-speaking browser session on a desktop screen, not yet signed in. */
    Page newPage() {
        return newPage(1280, 900);
    }

    /** A fresh Japanese-speaking browser session on a screen of this size, not yet signed in. */
    Page newPage(int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("ja-JP").setViewportSize(width, height).setHasTouch(width < 600));
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        return page;
    }

    /** A fresh session signed in as a demo account, on its home page. */
    Page signedIn(int port, String login) {
        return signedIn(newPage(), port, login);
    }

    Page signedIn(Page page, int port, String login) {
        page.navigate(url(port, "/login"));
        page.locator("vaadin-login-form input[name=username]").fill(login);
        page.locator("vaadin-login-form input[name=password]").fill("ryugaku-demo");
        Accessibility.check(page);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        PlaywrightAssertions.assertThat(page.locator("vaadin-app-layout")).isVisible();
        Accessibility.check(page);
        return page;
    }

    static String url(int port, String path) {
        return "http://localhost:" + port + path;
    }

    /** Every page a journey photographs is also checked for accessibility. */
    static void screenshot(Page page, String name) {
        Accessibility.check(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
    }

    /** Closes every browser session (and its pages) opened so far. */
    void closeSessions() {
        browser.contexts().forEach(BrowserContext::close);
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
