package dev.ryugaku.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.enrollment.EnrollmentFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Skill growth in a real browser: the graduate's radar of self and mentor levels per phase, and the
 * owner's bars of the first cohort's averages — both drawn by Chart.js from its webjar.
 */
class SkillGrowthJourneyIT extends BrowserJourney {

    @Autowired
    EnrollmentFixtures fixtures;

    @Test
    void theGraduateSeesTheirRadarAndTheOwnerTheCohortsAverages() {
        Page graduate = signedIn(DemoPeople.GRADUATE);
        graduate.navigate(url("/skills"));
        PlaywrightAssertions.assertThat(graduate.locator("#phase-END")).containsText("提出済み");
        drawn(graduate, "#skill-radar canvas");
        JourneyBrowser.screenshot(graduate, "skills-radar.png");

        Page owner = signedIn(DemoPeople.OWNER);
        owner.navigate(url("/cohorts/" + fixtures.cohortId("第1期") + "/skills"));
        PlaywrightAssertions.assertThat(owner.locator("#cohort-skills-overall")).containsText("平均の伸び");
        drawn(owner, "#cohort-skills-chart canvas");
        JourneyBrowser.screenshot(owner, "skills-cohort.png");
    }

    private static void drawn(Page page, String selector) {
        Locator chart = page.locator(selector);
        chart.scrollIntoViewIfNeeded();
        PlaywrightAssertions.assertThat(chart).isVisible();
        assertThat(chart.boundingBox().height).isGreaterThan(100);
    }
}
