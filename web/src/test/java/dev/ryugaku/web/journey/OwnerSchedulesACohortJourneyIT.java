package dev.ryugaku.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Journeys in a real browser (Debian's Chromium, headless): an owner schedules a cohort and finds
 * it in the list; a participant types another participant's enrollment into the address bar and is
 * refused. Screenshots land in target/journey/.
 */
class OwnerSchedulesACohortJourneyIT extends BrowserJourney {

    @Test
    void ownerSignsInSchedulesACohortAndSeesItInTheList() {
        Page page = signedInThroughTheForm("owner");
        PlaywrightAssertions.assertThat(page.getByText("佐藤 美咲さん、ようこそ")).isVisible();

        page.navigate(url("/cohorts/new"));
        String name = "第5期 " + UUID.randomUUID().toString().substring(0, 6);
        page.locator("#cohort-name input").fill(name);
        fillDate(page, "#cohort-start", "2028/4/1");
        fillDate(page, "#cohort-end", "2028/9/30");
        page.locator("#cohort-capacity input").fill("5");
        page.locator("#cohort-host-team input").fill("SREチーム");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("SREチーム")).first().click();
        JourneyBrowser.screenshot(page, "cohort-form.png");
        page.locator("#save-cohort").click();

        PlaywrightAssertions.assertThat(page.locator("#edit-cohort")).isVisible();
        page.navigate(url("/cohorts"));
        Locator row = page.locator("#cohort-grid").getByText(name);
        PlaywrightAssertions.assertThat(row).isVisible();
        JourneyBrowser.screenshot(page, "cohort-list.png");
        assertThat(JourneyBrowser.SCREENSHOTS.resolve("cohort-list.png")).exists();
        page.close();
    }

    @Test
    void participantIsRefusedAnotherParticipantsEnrollmentByUrl(@Autowired JdbcTemplate jdbc) {
        long theirs = jdbc.queryForObject("""
                select e.id from enrollment e join person p on p.id = e.person_id where p.login_name = 'participant2'
                """, Long.class);
        Page page = signedIn("participant");
        PlaywrightAssertions.assertThat(page.getByText("田中 翔太さん、ようこそ")).isVisible();

        page.navigate(url("/enrollments/" + theirs));
        PlaywrightAssertions.assertThat(page.locator(".not-found h2")).hasText("このページは表示できません");
        assertThat(page.content()).doesNotContain("鈴木", "障害対応の一次切り分け");
        JourneyBrowser.screenshot(page, "enrollment-refused.png");
        page.close();
    }

    private static void fillDate(Page page, String field, String date) {
        Locator input = page.locator(field + " input");
        input.fill(date);
        input.press("Enter");
    }
}
