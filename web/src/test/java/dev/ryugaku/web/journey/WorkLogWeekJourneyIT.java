package dev.ryugaku.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A participant logs a day of on-call in the week grid and watches the week's toil figure rise; the
 * rotation chart (Chart.js from its webjar) draws in the browser.
 */
class WorkLogWeekJourneyIT extends BrowserJourney {

    @Test
    void participantLogsOnCallInTheWeekGridAndSeesTheToilFigureChange() {
        LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(1);
        Page page = signedIn("participant");
        page.navigate(url("/worklog?week=" + yesterday));
        Locator toil = page.locator("#week-toil");
        PlaywrightAssertions.assertThat(toil).containsText("トイル");
        String before = toil.textContent();

        Locator onCall = page.locator("#cell-" + yesterday.getDayOfWeek().name().toLowerCase() + "-on_call input");
        String seen = onCall.inputValue();
        int minutes = (seen.isBlank() ? 0 : Integer.parseInt(seen.replaceAll("\\D", ""))) + 360;
        onCall.fill(Integer.toString(minutes));
        onCall.press("Tab");
        page.locator("#save-week").click();

        PlaywrightAssertions.assertThat(toil).not().hasText(before);
        PlaywrightAssertions.assertThat(toil).containsText(Pattern.compile("トイル \\d+"));
        assertThat(percent(toil.textContent())).isGreaterThan(percent(before));
        JourneyBrowser.screenshot(page, "worklog-week.png");
        Locator chart = page.locator("#worklog-chart canvas");
        chart.scrollIntoViewIfNeeded();
        PlaywrightAssertions.assertThat(chart).isVisible();
        assertThat(chart.boundingBox().height).isGreaterThan(100);
        JourneyBrowser.screenshot(page, "worklog-chart.png");

        page.reload();
        PlaywrightAssertions.assertThat(onCall).hasValue(Integer.toString(minutes));
        page.context().close();
    }

    private static int percent(String toilText) {
        return Integer.parseInt(toilText.replaceAll("[^0-9]", ""));
    }
}
