package dev.ryugaku.web.journey;

import com.microsoft.playwright.Page;
import dev.ryugaku.web.RyugakuTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A journey: the whole app on a random port with demo data, and Chromium. The browser is started once
 * per test JVM, and each account signs in once per JVM and screen size: a test gets a new tab of that
 * session. Each test class starts with no open tabs and leaves none behind.
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

    /** A fresh Japanese-speaking browser session, not signed in (see {@link JourneyBrowser#freshSession}); close it with {@link Page#close()}. */
    Page newPage() {
        return browser.freshSession(port, 1280, 900);
    }

    /** A new tab, on its home page, of a session signed in as this account (see {@link JourneyBrowser#signedIn}). */
    Page signedIn(String login) {
        return browser.signedIn(port, login, 1280, 900);
    }

    /** The same on a 390×844 phone screen. */
    Page signedInOnPhone(String login) {
        return browser.signedIn(port, login, 390, 844);
    }

    /** A fresh browser session that signs in through the sign-in form, on its home page. */
    Page signedInThroughTheForm(String login) {
        return browser.signInThroughTheForm(newPage(), port, login);
    }

    String url(String path) {
        return JourneyBrowser.url(port, path);
    }
}
