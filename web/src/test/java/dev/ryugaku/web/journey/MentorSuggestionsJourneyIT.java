package dev.ryugaku.web.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.enrollment.EnrollmentFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Mentor matching in a real browser: the demo mentor finds their 得意分野 under 設定; an owner enrolling
 * someone in 第3期 opens おすすめのメンター, asks for observability and picks the mentor it suggests.
 */
class MentorSuggestionsJourneyIT extends BrowserJourney {

    @Autowired
    EnrollmentFixtures fixtures;

    @Test
    void anOwnerPicksASuggestedMentorForTheSkillsWanted() {
        Page mentor = signedIn(DemoPeople.MENTOR);
        mentor.navigate(url("/settings"));
        PlaywrightAssertions.assertThat(mentor.locator("#mentor-areas")).containsText("オブザーバビリティ・監視");
        JourneyBrowser.screenshot(mentor, "settings-mentor-areas.png");

        Page owner = signedIn(DemoPeople.OWNER);
        owner.navigate(url("/cohorts/" + fixtures.cohortId("第3期") + "/enroll"));
        owner.locator("#suggest-mentors").click();
        PlaywrightAssertions.assertThat(owner.locator("#mentor-suggestions-grid")).containsText("高橋 健太");
        owner.locator("#mentor-suggestions-skills input").fill("オブザーバビリティ");
        owner.locator("vaadin-multi-select-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("オブザーバビリティ・監視")).first().click();
        owner.keyboard().press("Escape");
        PlaywrightAssertions.assertThat(owner.locator("#mentor-suggestions-grid")).containsText("オブザーバビリティ・監視");
        JourneyBrowser.screenshot(owner, "mentor-suggestions.png");

        owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("高橋 健太を選ぶ")).click();

        PlaywrightAssertions.assertThat(owner.locator("#mentor-suggestions")).isHidden();
        PlaywrightAssertions.assertThat(owner.locator("#enrollment-primary-mentor input")).hasValue(
                java.util.regex.Pattern.compile("高橋 健太"));
    }
}
