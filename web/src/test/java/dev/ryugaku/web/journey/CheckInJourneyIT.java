package dev.ryugaku.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A check-in in a real browser: the mentor records the talk with 田中 and agrees an action item,
 * which 田中 then finds on their home.
 */
class CheckInJourneyIT extends BrowserJourney {

    /** A link as people paste them: one word wider than any page (a trace id has no place to break). */
    private static final String LONG_LINK = " https://tempo.example.com/trace/" + "4bf92f3577b34da6a3ce929d0e0e4736".repeat(8);

    @Autowired
    DemoTalks talks;

    @Test
    void theMentorRecordsACheckInAndTheParticipantFindsTheActionItemAtHome() {
        long checkIn = talks.soonWithTanaka();
        String action = "SLOのドラフトをチームに共有する " + UUID.randomUUID().toString().substring(0, 6);
        LocalDate due = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(5);

        Page mentor = signedIn("mentor");
        mentor.navigate(url("/checkins/" + checkIn));
        PlaywrightAssertions.assertThat(mentor.locator("#checkin-status")).hasText("予定");
        for (String rating : new String[] {"progress", "wellBeing", "confidence"}) {
            mentor.locator("#checkin-" + rating + " vaadin-radio-button")
                    .filter(new Locator.FilterOptions().setHasText("4")).first().click();
        }
        mentor.locator("#checkin-summary textarea").fill("アラートの棚卸しが進んだ。次はSLOのドラフト。" + LONG_LINK);
        mentor.locator("#checkin-privateNotes textarea").fill("少し疲れ気味。様子を見る。");
        mentor.locator("#checkin-record-save").click();
        PlaywrightAssertions.assertThat(mentor.locator("#checkin-status")).hasText("実施済み");

        mentor.locator("#action-item-text input").fill(action);
        Locator dueInput = mentor.locator("#action-item-due input");
        dueInput.fill(due.format(DateTimeFormatter.ofPattern("yyyy/MM/dd")));
        dueInput.press("Enter");
        mentor.locator("#action-item-add").click();
        PlaywrightAssertions.assertThat(mentor.locator("#agreed-items")).containsText(action);
        JourneyBrowser.screenshot(mentor, "check-in-recorded.png");

        Page participant = signedIn("participant");
        participant.navigate(url("/"));
        PlaywrightAssertions.assertThat(participant.locator("#my-action-items")).containsText(action);
        participant.navigate(url("/checkins/" + checkIn));
        PlaywrightAssertions.assertThat(participant.locator("#checkin-summary-text")).containsText("アラートの棚卸しが進んだ");
        PlaywrightAssertions.assertThat(participant.locator("body")).not().containsText("少し疲れ気味");
        assertThat(participant.evaluate("""
                () => { const summary = document.getElementById('checkin-summary-text');
                        return summary.scrollWidth <= summary.clientWidth
                            && summary.getBoundingClientRect().right <= document.documentElement.clientWidth; }"""))
                .as("a long link in the summary wraps inside its box and the page").isEqualTo(true);
        JourneyBrowser.screenshot(participant, "check-in-participant.png");
    }
}
