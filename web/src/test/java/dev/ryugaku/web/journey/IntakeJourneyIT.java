package dev.ryugaku.web.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.ryugaku.web.intake.IntakeFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Intake in a real browser: a person without a role applies from their home, their team's manager
 * approves, the owner selects them with a mentor, and the applicant finds the rotation on their home.
 */
class IntakeJourneyIT extends BrowserJourney {

    @Autowired
    IntakeFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void applyManagerApprovesOwnerSelectsWithAMentorAndTheApplicantFindsTheirRotation() {
        var world = fixtures.world(3, true);
        // the fresh applicant and manager sign in with the demo password
        jdbc.update("""
                update person set password_hash = (select h from (select password_hash h from person where login_name = 'kato') k)
                where login_name in (?, ?)
                """, world.applicant(), world.manager());
        String cohortName = jdbc.queryForObject("select name from cohort where id = ?", String.class, world.cohortId());

        Page applicant = signedInThroughTheForm(world.applicant());
        applicant.locator(".intake-home-apply").click();
        Locator round = applicant.locator(".intake-round[data-round='" + world.roundId() + "']");
        round.locator("vaadin-text-area textarea").first().fill("SLOとアラート設計を学びたい。");
        JourneyBrowser.screenshot(applicant, "intake-apply.png");
        round.locator("vaadin-button.intake-apply").click();
        PlaywrightAssertions.assertThat(applicant.locator(".intake-application").getByText("マネージャーの承認待ち"))
                .isVisible();
        applicant.close();

        Page manager = signedInThroughTheForm(world.manager());
        manager.locator(".intake-home-team").click();
        Locator card = manager.locator(".intake-application").filter(new Locator.FilterOptions().setHasText(cohortName));
        JourneyBrowser.screenshot(manager, "intake-manager.png");
        card.locator("vaadin-button.intake-approve").click();
        PlaywrightAssertions.assertThat(card.getByText("マネージャー承認済み")).isVisible();
        manager.close();

        Page owner = signedIn("owner");
        owner.navigate(url("/cohorts/" + world.cohortId() + "/intake"));
        owner.locator("#intake-applications vaadin-button.intake-select").first().click();
        owner.locator("#intake-mentor input").fill("高橋");
        owner.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("高橋 健太")).first().click();
        JourneyBrowser.screenshot(owner, "intake-select.png");
        owner.locator("#intake-decide-save").click();
        PlaywrightAssertions.assertThat(owner.locator("#intake-capacity")).hasText("定員の使用: 1 / 3名");
        owner.close();

        Page enrolled = signedInThroughTheForm(world.applicant());
        PlaywrightAssertions.assertThat(enrolled.locator("#my-rotation").getByText(cohortName)).isVisible();
        JourneyBrowser.screenshot(enrolled, "intake-enrolled-home.png");
        enrolled.close();
    }
}
