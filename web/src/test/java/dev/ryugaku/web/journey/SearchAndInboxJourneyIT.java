package dev.ryugaku.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The header in a real browser: the mentor searches for a mentee and opens their rotation, then
 * follows the bell to a check-in coming up, which is read from then on; on a phone the header keeps
 * its search and bell in view.
 */
class SearchAndInboxJourneyIT extends BrowserJourney {

    @Autowired
    DemoTalks talks;

    private static int count(Page page) {
        Locator count = page.locator("#inbox-count");
        return count.isVisible() ? Integer.parseInt(count.textContent().strip()) : 0;
    }

    @Test
    void theMentorFindsAMenteeAndFollowsTheBellToACheckInComingUp() {
        long checkIn = talks.soonWithTanaka();
        Page mentor = signedIn("mentor");

        mentor.locator("#header-search-field input").fill("田中");
        mentor.locator("#header-search-field input").press("Enter");
        PlaywrightAssertions.assertThat(mentor.locator("#search-person")).containsText("田中 翔太");
        PlaywrightAssertions.assertThat(mentor.locator("#search-results")).not().containsText("鈴木 美月");
        mentor.waitForURL("**/search?q=*");
        JourneyBrowser.screenshot(mentor, "search-results.png");
        mentor.locator("#search-rotation a").filter(new Locator.FilterOptions().setHasText("田中 翔太")).first().click();
        mentor.waitForURL("**/enrollments/*");

        int before = count(mentor);
        assertThat(before).isPositive();
        mentor.locator("#inbox-bell").click();
        Locator item = mentor.locator(".inbox-item[data-key^='check-in-soon:" + checkIn + "@']");
        PlaywrightAssertions.assertThat(item).containsText("まもなくチェックイン");
        JourneyBrowser.screenshot(mentor, "inbox.png");
        item.locator("vaadin-button").click();
        mentor.waitForURL("**/checkins/" + checkIn);
        PlaywrightAssertions.assertThat(mentor.locator("#checkin-status")).isVisible();
        PlaywrightAssertions.assertThat(mentor.locator("#inbox-count")).hasText(before - 1 == 0 ? "" : Integer.toString(before - 1));
    }

    @Test
    void onAPhoneTheHeaderKeepsSearchAndBellInView() {
        Page participant = signedIn("participant");
        participant.setViewportSize(390, 844);
        participant.navigate(url("/inbox"));
        PlaywrightAssertions.assertThat(participant.locator("#inbox-bell")).isVisible();
        PlaywrightAssertions.assertThat(participant.locator("#header-search-field")).isHidden();
        for (String id : new String[] {"#inbox-bell", "#header-search-button"}) {
            BoundingBox box = participant.locator(id).boundingBox();
            assertThat(box.x + box.width).as(id).isLessThanOrEqualTo(390);
        }
        assertThat((Integer) participant.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(390);
        JourneyBrowser.screenshot(participant, "inbox-phone.png");

        participant.locator("#header-search-button").click();
        participant.locator("#search-field input").fill("第2期");
        participant.locator("#search-field input").press("Enter");
        PlaywrightAssertions.assertThat(participant.locator("#search-cohort")).containsText("第2期");
        assertThat((Integer) participant.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(390);
        JourneyBrowser.screenshot(participant, "search-phone.png");
    }
}
