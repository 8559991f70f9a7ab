package dev.ryugaku.web.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import dev.ryugaku.web.SsoTest;
import dev.ryugaku.web.TestIdentityProvider;
import org.junit.jupiter.api.Test;

/**
 * Single sign-on in a real browser against a real provider (local passwords switched off): the
 * button leads to the provider, the person signs in there and lands on their home; signing out
 * ends the provider's session too.
 */
@SsoTest
class SingleSignOnJourneyIT extends BrowserJourney {

    @Test
    void ownerSignsInAtTheProviderLandsOnTheProgramHomeAndSignsOutOfBoth() {
        Page page = newPage();
        page.navigate(url("/login"));
        assertThat(page.locator("#sso-sign-in")).containsText("Mock IdPでサインイン");
        assertThat(page.locator("vaadin-login-form")).hasCount(0);

        signInAtTheProvider(page, "owner@ryugaku.example");

        assertThat(page.locator("vaadin-app-layout")).isVisible();
        assertThat(page.locator("#program")).isVisible();
        JourneyBrowser.screenshot(page, "sso-owner-home.png");

        page.waitForRequest(request -> request.url().contains("/endsession"), () -> {
            page.locator(".user-menu vaadin-menu-bar-button").first().click();
            page.getByText("ログアウト").click();
        });
        assertThat(page.locator("#sso-sign-in")).isVisible();
        page.close();
    }

    @Test
    void personOfAnotherDomainIsToldWhyInTheirLanguage() {
        Page page = newPage();
        page.navigate(url("/login"));

        signInAtTheProvider(page, "visitor@elsewhere.example");

        assertThat(page.locator("#refusal-reason")).containsText("このメールアドレスのドメインでは");
        JourneyBrowser.screenshot(page, "sso-refused.png");
        page.close();
    }

    private static void signInAtTheProvider(Page page, String email) {
        page.locator("#sso-sign-in").click();
        page.locator("input[name=username]").fill(email);
        page.locator("textarea[name=claims]").fill(TestIdentityProvider.verified(email));
        page.locator("input[type=submit]").click();
    }
}
