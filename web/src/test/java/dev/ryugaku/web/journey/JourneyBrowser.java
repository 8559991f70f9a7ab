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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
    /** The first tab of each signed-in browser session kept for the JVM, by server port, login and screen size. */
    private final Map<String, Page> signedInTabs = new HashMap<>();
    /** By screen size, the tab that keeps the browser session fresh sessions are made in (see {@link #freshSession}). */
    private final Map<String, Page> freshSessionKeepers = new HashMap<>();

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
                        "--disable-component-update", "--disable-sync", "--no-first-run",
                        // tabs of one session share a renderer, so a new tab reuses the compiled Vaadin bundle
                        // (about 1 s instead of 3–4 s to open a page; decision 0039)
                        "--process-per-site")));
        return new JourneyBrowser(playwright, browser);
    }

    /** A new Japanese-speaking browser session on a screen of this size, with nothing in it. */
    private Page newPage(int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("ja-JP").setViewportSize(width, height).setHasTouch(width < 600));
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        return page;
    }

    /**
     * A fresh Japanese-speaking browser session on a screen of this size, not yet signed in and on no
     * page yet. As a new visitor's: no cookie and nobody signed in. It is a new tab of one browser
     * session per screen size whose cookies are cleared first: a tab kept open there, which has loaded
     * the sign-in page and then stops talking to the server, keeps the renderer that has compiled
     * Vaadin's development bundle (with {@code --process-per-site}), so the page opens in about a
     * second instead of 3–5 s of loading the bundle cold. While another fresh session of that size is
     * still open, this one is a new browser session of its own.
     */
    Page freshSession(int port, int width, int height) {
        String key = width + "x" + height;
        Page keeper = freshSessionKeepers.get(key);
        if (keeper == null) {
            keeper = newPage(width, height);
            keeper.navigate(url(port, "/login"));
            PlaywrightAssertions.assertThat(keeper.locator("vaadin-login-form")).isVisible();
            // from now on the kept tab sends nothing (no heartbeat), so it can set no cookie in a fresh session
            keeper.route("**/*", route -> route.abort());
            freshSessionKeepers.put(key, keeper);
            keeper.context().onClose(closed -> freshSessionKeepers.remove(key));
        }
        Page page;
        if (keeper.context().pages().size() > 1) {
            page = newPage(width, height);
        } else {
            keeper.context().clearCookies();
            page = keeper.context().newPage();
            page.setDefaultTimeout(30_000);
        }
        return page;
    }

    /**
     * A new tab of a session signed in as this account, on its home page. The account signs in through
     * the form once per test JVM, server and screen size, in a tab that stays open on its home: tabs of
     * one session share the browser's cache and, with that tab open, the renderer that has compiled
     * Vaadin's bundle, so a later test's tab opens in about a second instead of signing in again.
     */
    Page signedIn(int port, String login, int width, int height) {
        String key = port + " " + login + " " + width + "x" + height;
        Page signedIn = signedInTabs.get(key);
        if (signedIn == null) {
            signedIn = signInThroughTheForm(newPage(width, height), port, login);
            signedInTabs.put(key, signedIn);
            signedIn.context().onClose(closed -> signedInTabs.remove(key));
        }
        Page page = signedIn.context().newPage();
        page.setDefaultTimeout(30_000);
        page.navigate(url(port, "/"));
        PlaywrightAssertions.assertThat(page.locator("vaadin-app-layout")).isVisible();
        return page;
    }

    /** Signs in through the sign-in form, checking the form's page and the home it leads to with axe-core. */
    Page signInThroughTheForm(Page page, int port, String login) {
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

    /**
     * Closes every browser session opened so far but the signed-in ones and those of fresh sessions kept
     * for later tests, and every tab of those but the kept one.
     */
    void closeSessions() {
        for (BrowserContext context : browser.contexts()) {
            Page kept = Stream.concat(signedInTabs.values().stream(), freshSessionKeepers.values().stream())
                    .filter(tab -> tab.context() == context).findFirst().orElse(null);
            if (kept == null) {
                context.close();
            } else {
                context.pages().stream().filter(page -> page != kept).forEach(Page::close);
            }
        }
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
