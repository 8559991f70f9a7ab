package dev.ryugaku.web.journey;

import com.microsoft.playwright.Page;
import dev.ryugaku.web.RyugakuApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A journey: the whole app on a random port with demo data, and one Chromium per test class. */
@SpringBootTest(classes = RyugakuApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class BrowserJourney {

    private static JourneyBrowser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = JourneyBrowser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** A fresh Japanese-speaking browser session, not signed in. */
    Page newPage() {
        return browser.newPage();
    }

    Page signedIn(String login) {
        return browser.signedIn(port, login);
    }

    String url(String path) {
        return JourneyBrowser.url(port, path);
    }
}
