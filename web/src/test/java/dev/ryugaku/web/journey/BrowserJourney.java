package dev.ryugaku.web.journey;

import com.microsoft.playwright.Page;
import dev.ryugaku.web.RyugakuTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A journey: the whole app on a random port with demo data, and Chromium. The browser is started once
 * per test JVM; each test class starts with no browser sessions and leaves none behind.
 */
@RyugakuTest
abstract class BrowserJourney {

    private static JourneyBrowser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = JourneyBrowser.shared();
    }

    @AfterAll
    static void closeSessions() {
        if (browser != null) {
            browser.closeSessions();
        }
    }

    /** A fresh Japanese-speaking browser session, not signed in. */
    Page newPage() {
        return browser.newPage();
    }

    Page signedIn(String login) {
        return browser.signedIn(port, login);
    }

    /** Signed in on a 390×844 phone screen. */
    Page signedInOnPhone(String login) {
        return browser.signedIn(browser.newPage(390, 844), port, login);
    }

    String url(String path) {
        return JourneyBrowser.url(port, path);
    }
}
