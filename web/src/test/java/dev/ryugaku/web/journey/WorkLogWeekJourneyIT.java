package dev.ryugaku.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.BoundingBox;
import java.time.DayOfWeek;
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
        page.close();
    }

    @Test
    void onAPhoneTheWeekGridKeepsTodayAndTheWeekTotalInViewAndArrowKeysMoveBetweenCells() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        String day = today.getDayOfWeek().name().toLowerCase();
        Page page = signedInOnPhone("participant");
        page.navigate(url("/worklog"));
        Locator todayHeader = page.locator("#week-grid .week-today");
        PlaywrightAssertions.assertThat(todayHeader).isVisible();
        JourneyBrowser.screenshot(page, "worklog-week-phone.png");

        BoundingBox label = page.locator("#week-grid .week-grid-label").first().boundingBox();
        double labelsEnd = label.x + label.width + 2; // and the grid's gap, which the label column covers
        BoundingBox todayBox = todayHeader.boundingBox();
        BoundingBox weekTotal = page.locator("#total-review").boundingBox();
        assertThat(todayBox.x).as("today is not hidden under the category column").isGreaterThanOrEqualTo(labelsEnd);
        assertThat(todayBox.x + todayBox.width).as("today is on the screen").isLessThanOrEqualTo(weekTotal.x);
        assertThat(weekTotal.x + weekTotal.width).as("the week total is on the screen").isLessThanOrEqualTo(390);

        page.locator("#cell-" + day + "-request input").focus();
        page.keyboard().press("ArrowDown");
        assertThat(focusedCell(page)).isEqualTo("cell-" + day + "-review");
        page.keyboard().press("ArrowUp");
        assertThat(focusedCell(page)).isEqualTo("cell-" + day + "-request");
        if (today.getDayOfWeek() != DayOfWeek.MONDAY) {
            page.keyboard().press("ArrowLeft");
            assertThat(focusedCell(page)).isEqualTo("cell-" + today.minusDays(1).getDayOfWeek().name().toLowerCase() + "-request");
        }
        page.close();
    }

    @Test
    void participantAddsAnEntryWithTheKeyboardAndEscapeAsksBeforeDroppingATypedOne() {
        Page page = signedIn("participant");
        page.navigate(url("/worklog"));
        page.locator("#add-entry").click();
        Locator minutes = page.locator("#entry-minutes input");
        minutes.fill("25");
        page.locator("#entry-note textarea").fill("手順書の見直し");
        page.locator("#entry-note textarea").press("Enter");
        // Enter in the note started a new line: the dialog is still open
        PlaywrightAssertions.assertThat(minutes).isVisible();
        minutes.press("Enter");
        PlaywrightAssertions.assertThat(page.locator("vaadin-notification-card").last()).containsText("保存");
        PlaywrightAssertions.assertThat(page.locator("#week-entries")).containsText("手順書の見直し");

        page.locator("#add-entry").click();
        minutes.fill("40");
        minutes.press("Escape");
        PlaywrightAssertions.assertThat(page.getByText("入力した内容を破棄しますか？")).isVisible();
        PlaywrightAssertions.assertThat(minutes).hasValue("40");
        page.close();
    }

    private static String focusedCell(Page page) {
        return (String) page.evaluate("document.activeElement.closest('[data-row]').id");
    }

    private static int percent(String toilText) {
        return Integer.parseInt(toilText.replaceAll("[^0-9]", ""));
    }
}
