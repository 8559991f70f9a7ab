package dev.ryugaku.web.journey;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;

/** The dashboard in a real browser: the charts draw (Chart.js from its webjar) and a table downloads as CSV. */
class OwnerDashboardJourneyIT extends BrowserJourney {

    @Test
    void theOwnerSeesTheChartsAndDownloadsATable() {
        Page owner = signedIn("owner");
        owner.navigate(url("/dashboard"));
        PlaywrightAssertions.assertThat(owner.locator("#cohort-figures")).isVisible();
        PlaywrightAssertions.assertThat(owner.locator("#wellbeing-chart canvas")).isVisible();
        PlaywrightAssertions.assertThat(owner.locator("#toil-chart canvas")).isVisible();
        JourneyBrowser.screenshot(owner, "dashboard.png");

        var download = owner.waitForDownload(() -> owner.locator("#comparison-csv").click());
        PlaywrightAssertions.assertThat(owner.locator("#comparison")).containsText("第1期");
        // named by what it holds, the cohorts it is about and the day, as the link announces it
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename())
                .isEqualTo(owner.locator("#comparison-csv").getAttribute("download"))
                .matches(".+_.+_\\d{4}-\\d{2}-\\d{2}\\.csv");
    }
}
