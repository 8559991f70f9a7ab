package dev.ryugaku.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The pre-mortem gate in a real browser: a mentor assigns a HIGH-risk task, the participant is
 * refused starting it, writes the pre-mortem, the mentor approves it, and the participant starts.
 */
class PreMortemGateJourneyIT extends BrowserJourney {

    @Test
    void aHighRiskTaskStartsOnlyAfterTheMentorApprovesItsPreMortem() {
        Page mentor = signedIn("mentor");
        mentor.navigate(url("/tasks/new"));
        String title = "本番DBのフェイルオーバー訓練 " + UUID.randomUUID().toString().substring(0, 6);
        mentor.locator("#task-title input").fill(title);
        mentor.locator("#task-category").click();
        mentor.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("信頼性")).click();
        mentor.locator("#task-risk vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("リスク高")).click();
        mentor.locator("#task-assignee input").fill("田中");
        mentor.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("田中 翔太")).first().click();
        mentor.locator("#save-task").click();
        PlaywrightAssertions.assertThat(mentor.locator("#task-thread")).isVisible();
        PlaywrightAssertions.assertThat(mentor).hasURL(Pattern.compile(".*/tasks/\\d+$"));
        Matcher id = Pattern.compile("/tasks/(\\d+)").matcher(mentor.url());
        assertThat(id.find()).as(mentor.url()).isTrue();
        String task = "/tasks/" + id.group(1);

        Page participant = signedIn("participant");
        participant.navigate(url(task));
        participant.locator("#move-in-progress").click();
        PlaywrightAssertions.assertThat(participant.locator("#task-refusal"))
                .containsText("リスク高のタスクは、プレモーテムが承認されるまで作業を始められません。");
        JourneyBrowser.screenshot(participant, "gate-refusal.png");
        participant.locator("#gate-premortem-link").click();
        participant.locator("#premortem-failureScenario textarea").fill("切り替え中に書き込みが失われる。");
        participant.locator("#premortem-rootCauses textarea").fill("レプリケーション遅延を確認していない。");
        participant.locator("#premortem-prevention textarea").fill("遅延が1秒未満のときだけ実施する。");
        participant.locator("#premortem-rollbackProcedure textarea").fill("旧プライマリへ戻し、DNSを切り替える。");
        participant.locator("#submit-premortem").click();
        PlaywrightAssertions.assertThat(participant.locator("#premortem-status")).hasText("承認待ち");

        mentor.navigate(url(task + "/premortem"));
        mentor.locator("#approve-premortem").click();
        PlaywrightAssertions.assertThat(mentor.locator("#premortem-status")).hasText("承認済み");

        participant.navigate(url(task));
        participant.locator("#move-in-progress").click();
        PlaywrightAssertions.assertThat(participant.locator("#move-in-review")).isVisible();
        PlaywrightAssertions.assertThat(participant.locator("vaadin-horizontal-layout").first()).containsText("作業中");
        JourneyBrowser.screenshot(participant, "task-started.png");
    }
}
