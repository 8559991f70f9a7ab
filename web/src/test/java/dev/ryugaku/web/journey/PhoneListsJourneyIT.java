package dev.ryugaku.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;

/** On a 390 px phone, lists show each row as a card that fits the screen instead of cutting columns off. */
class PhoneListsJourneyIT extends BrowserJourney {

    private static final int PHONE_WIDTH = 390;

    @Test
    void aMentorOnAPhoneReadsTheirMenteesAsCards() {
        Page page = signedInOnPhone("mentor");
        Locator card = page.locator("#mentee-grid .grid-card").first();
        PlaywrightAssertions.assertThat(card).isVisible();
        PlaywrightAssertions.assertThat(card).containsText("第2期");
        fitsTheScreen(card);
        JourneyBrowser.screenshot(page, "mentor-home-phone.png");
        page.close();
    }

    @Test
    void anOwnerOnAPhoneReadsACohortsParticipantsAsCards() {
        Page page = signedInOnPhone("owner");
        page.locator("#program a", new Page.LocatorOptions().setHasText("第2期")).first().click();
        Locator card = page.locator(".phone-cards .grid-card").first();
        PlaywrightAssertions.assertThat(card).isVisible();
        PlaywrightAssertions.assertThat(card).containsText("留学中");
        fitsTheScreen(card);
        JourneyBrowser.screenshot(page, "cohort-phone.png");
        page.close();
    }

    private static void fitsTheScreen(Locator card) {
        BoundingBox box = card.boundingBox();
        assertThat(box.x).isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).isLessThanOrEqualTo(PHONE_WIDTH);
    }
}
