package dev.ryugaku.web.journey;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;

/** A mentor switches to the dark appearance under 設定; every page after that is dark, and still accessible. */
class AppearanceJourneyIT extends BrowserJourney {

    @Test
    void aMentorChoosesDarkAndTheAppStaysDarkAndReadable() {
        Page page = signedIn("mentor");
        try {
            page.navigate(url("/settings"));
            page.locator("#appearance vaadin-radio-button", new Page.LocatorOptions().setHasText("ダーク")).click();
            PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("theme", "dark");

            page.navigate(url("/"));
            PlaywrightAssertions.assertThat(page.locator("#my-mentees")).isVisible();
            PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("theme", "dark");
            JourneyBrowser.screenshot(page, "mentor-home-dark.png");
        } finally {
            page.navigate(url("/settings"));
            page.locator("#appearance vaadin-radio-button", new Page.LocatorOptions().setHasText("ライト")).click();
            PlaywrightAssertions.assertThat(page.locator("html")).not().hasAttribute("theme", "dark");
            page.close();
        }
    }
}
