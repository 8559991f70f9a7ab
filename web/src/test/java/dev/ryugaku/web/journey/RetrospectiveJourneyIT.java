package dev.ryugaku.web.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.enrollment.EnrollmentFixtures;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The end of a rotation in a real browser: 田中 writes and submits the retrospective from their
 * home, and the program owner finds it on the feedback page. 田中's rotation ends on 2027-03-31, so
 * the two-week window is opened by ending it in a week (the rule stays as it is); the end date is
 * put back afterwards.
 */
class RetrospectiveJourneyIT extends BrowserJourney {

    @Autowired
    EnrollmentFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private long rotation;

    @BeforeEach
    void endTanakasRotationInAWeek() {
        rotation = fixtures.idOf(DemoPeople.PARTICIPANT, "第2期");
        jdbc.update("update enrollment set end_date = ? where id = ?", LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(7),
                rotation);
    }

    @AfterEach
    void restoreTheCohortsEnd() {
        jdbc.update("update enrollment set end_date = null where id = ?", rotation);
    }

    @Test
    void theParticipantSubmitsTheRetrospectiveAndTheOwnerFindsItInTheFeedback() {
        String keep = "毎週の1on1で早めに相談できた " + UUID.randomUUID().toString().substring(0, 6);

        Page participant = signedIn(DemoPeople.PARTICIPANT);
        Locator prompt = participant.locator("#retrospectives-to-write");
        PlaywrightAssertions.assertThat(prompt).containsText("ふりかえりを書きましょう");
        prompt.locator("#retrospectives-to-write-" + rotation).click();
        PlaywrightAssertions.assertThat(participant.locator("#retrospective-status")).hasText("未提出");
        participant.locator("#retrospective-learned textarea").fill("SLOとエラーバジェットで会話できるようになった。");
        participant.locator("#retrospective-hardest textarea").fill("夜間のオンコールのシャドー。");
        participant.locator("#retrospective-keep textarea").fill(keep);
        participant.locator("#retrospective-tryNext textarea").fill("決済チームでアラートの棚卸しを始める。");
        participant.locator("#retrospective-programFeedback textarea").fill("最初の週にシステム構成の資料がほしい。");
        participant.locator("#retrospective-recommendScore vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText("9")).first().click();
        participant.locator("#retrospective-submit").click();
        PlaywrightAssertions.assertThat(participant.locator("#retrospective-status")).containsText("提出済み");
        JourneyBrowser.screenshot(participant, "retrospective-submitted.png");
        participant.close();

        Page owner = signedIn(DemoPeople.OWNER);
        owner.navigate(url("/feedback?cohort=" + fixtures.cohortId("第2期")));
        PlaywrightAssertions.assertThat(owner.locator("#feedback-responses")).containsText("ふりかえり: 1 / 4");
        PlaywrightAssertions.assertThat(owner.locator("#feedback-recommend-withheld")).containsText("3件未満");
        // beside "1 of 4 answered" the text would name its writer: withheld like the figures
        PlaywrightAssertions.assertThat(owner.locator("#feedback-texts-withheld")).containsText("3件未満");
        PlaywrightAssertions.assertThat(owner.locator("body")).not().containsText(keep);
        PlaywrightAssertions.assertThat(owner.locator("body")).not().containsText("田中");
        JourneyBrowser.screenshot(owner, "feedback-owner.png");
        // the owner reads it, with the name, on the rotation's own retrospective page
        owner.navigate(url("/enrollments/" + rotation + "/retrospective"));
        PlaywrightAssertions.assertThat(owner.locator("#retrospective-keep textarea")).hasValue(keep);
        PlaywrightAssertions.assertThat(owner.locator("#retrospective-programFeedback textarea"))
                .hasValue("最初の週にシステム構成の資料がほしい。");
        owner.navigate(url("/feedback?cohort=" + fixtures.cohortId("第2期")));

        owner.locator("#feedback-comparison").getByText("第1期").click();
        PlaywrightAssertions.assertThat(owner.locator("#feedback-nps")).hasText("NPS +67");
        JourneyBrowser.screenshot(owner, "feedback-first-cohort.png");
        owner.close();
    }
}
