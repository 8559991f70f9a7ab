package dev.ryugaku.core.intake;

import static dev.ryugaku.core.intake.ApplicationState.APPROVED;
import static dev.ryugaku.core.intake.ApplicationState.DECLINED;
import static dev.ryugaku.core.intake.ApplicationState.MANAGER_DECLINED;
import static dev.ryugaku.core.intake.ApplicationState.NOMINATED;
import static dev.ryugaku.core.intake.ApplicationState.SELECTED;
import static dev.ryugaku.core.intake.ApplicationState.SUBMITTED;
import static dev.ryugaku.core.intake.ApplicationState.WAITLISTED;
import static dev.ryugaku.core.intake.ApplicationState.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.shared.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IntakePoliciesTest {

    private static final LocalDate OPENS = LocalDate.of(2026, 5, 1);
    private static final LocalDate CLOSES = LocalDate.of(2026, 5, 31);

    @Test
    void aRoundTakesApplicationsFromItsOpeningDayThroughItsClosingDayUnlessClosedEarly() {
        assertThat(IntakePolicies.roundOpen(OPENS, CLOSES, false, OPENS.minusDays(1))).isFalse();
        assertThat(IntakePolicies.roundOpen(OPENS, CLOSES, false, OPENS)).isTrue();
        assertThat(IntakePolicies.roundOpen(OPENS, CLOSES, false, CLOSES)).isTrue();
        assertThat(IntakePolicies.roundOpen(OPENS, CLOSES, false, CLOSES.plusDays(1))).isFalse();
        assertThat(IntakePolicies.roundOpen(OPENS, CLOSES, true, OPENS)).isFalse();
    }

    @Test
    void aRoundNeedsItsDatesInOrderAndClosesBeforeTheCohortStarts() {
        LocalDate start = LocalDate.of(2026, 7, 1);
        assertThat(IntakePolicies.checkRound(RoundDraft.asking(OPENS, CLOSES), start)).isEmpty();
        assertThat(problems(IntakePolicies.checkRound(RoundDraft.asking(null, CLOSES), start)))
                .containsExactly(IntakeProblem.DATES_REQUIRED);
        assertThat(problems(IntakePolicies.checkRound(RoundDraft.asking(CLOSES, OPENS), start)))
                .containsExactly(IntakeProblem.CLOSES_BEFORE_OPENS);
        assertThat(problems(IntakePolicies.checkRound(RoundDraft.asking(OPENS, start), start)))
                .containsExactly(IntakeProblem.CLOSES_AFTER_COHORT_START);
    }

    @Test
    void motivationIsRequiredOnlyWhenAskedAndEveryAnswerHasALimit() {
        RoundDraft asking = RoundDraft.asking(OPENS, CLOSES);
        RoundDraft notAsking = new RoundDraft(OPENS, CLOSES, false, true, true, true, false);
        ApplicationDraft blank = new ApplicationDraft(" ", Set.of(), null, null);
        assertThat(problems(IntakePolicies.checkAnswers(blank, asking))).containsExactly(IntakeProblem.MOTIVATION_REQUIRED);
        assertThat(IntakePolicies.checkAnswers(blank, notAsking)).isEmpty();
        ApplicationDraft tooLong = new ApplicationDraft("x".repeat(IntakePolicies.MOTIVATION_MAX + 1), Set.of(),
                "y".repeat(IntakePolicies.TOPICS_MAX + 1), "z".repeat(IntakePolicies.PERIOD_MAX + 1));
        assertThat(IntakePolicies.checkAnswers(tooLong, asking)).extracting(Violation::field)
                .containsExactly("motivation", "topics", "preferredPeriod");
    }

    @Test
    void aManagersDeclineNeedsAReason() {
        assertThat(problems(IntakePolicies.checkReason(" "))).containsExactly(IntakeProblem.REASON_REQUIRED);
        assertThat(problems(IntakePolicies.checkReason("x".repeat(IntakePolicies.REASON_MAX + 1))))
                .containsExactly(IntakeProblem.TEXT_TOO_LONG);
        assertThat(IntakePolicies.checkReason("今期は障害対応が多いため")).isEmpty();
    }

    @Test
    void aSubmittedApplicationWaitsForTheManagerOnlyWhenTheRoundAsksAndTheTeamHasOne() {
        assertThat(IntakePolicies.afterSubmit(true, true, false)).isEqualTo(SUBMITTED);
        assertThat(IntakePolicies.awaitsManager(SUBMITTED, true, true)).isTrue();
        assertThat(IntakePolicies.awaitsManager(SUBMITTED, false, true)).isFalse();
        assertThat(IntakePolicies.awaitsManager(SUBMITTED, true, false)).isFalse();
        assertThat(IntakePolicies.awaitsManager(APPROVED, true, true)).isFalse();
    }

    @Test
    void aNominationConfirmedIsApprovedAlreadyByTheManagerWhoNominated() {
        assertThat(IntakePolicies.afterSubmit(true, true, true)).isEqualTo(APPROVED);
        assertThat(IntakePolicies.afterSubmit(false, true, true)).isEqualTo(SUBMITTED);
    }

    @Test
    void ownersDecideOnlyWhatTheManagerHasLetThroughAndNotOnceEnrolled() {
        assertThat(IntakePolicies.ownerMayMove(APPROVED, SELECTED, false, false)).isTrue();
        assertThat(IntakePolicies.ownerMayMove(SUBMITTED, WAITLISTED, false, false)).isTrue();
        assertThat(IntakePolicies.ownerMayMove(WAITLISTED, SELECTED, false, false)).isTrue();
        assertThat(IntakePolicies.ownerMayMove(SELECTED, DECLINED, false, false)).isTrue();
        assertThat(IntakePolicies.ownerMayMove(SUBMITTED, SELECTED, true, false)).isFalse();
        assertThat(IntakePolicies.ownerMayMove(SELECTED, DECLINED, false, true)).isFalse();
        assertThat(IntakePolicies.ownerMayMove(MANAGER_DECLINED, SELECTED, false, false)).isFalse();
        assertThat(IntakePolicies.ownerMayMove(NOMINATED, SELECTED, false, false)).isFalse();
        assertThat(IntakePolicies.ownerMayMove(WITHDRAWN, SELECTED, false, false)).isFalse();
        assertThat(IntakePolicies.ownerMayMove(SELECTED, SELECTED, false, false)).isFalse();
        assertThat(IntakePolicies.ownerMayMove(APPROVED, WITHDRAWN, false, false)).isFalse();
    }

    @Test
    void anApplicantWithdrawsWhileInPlayAndNotYetEnrolled() {
        assertThat(IntakePolicies.applicantMayWithdraw(NOMINATED, false)).isTrue();
        assertThat(IntakePolicies.applicantMayWithdraw(SELECTED, false)).isTrue();
        assertThat(IntakePolicies.applicantMayWithdraw(SELECTED, true)).isFalse();
        assertThat(IntakePolicies.applicantMayWithdraw(DECLINED, false)).isFalse();
        assertThat(IntakePolicies.applicantMayWithdraw(WITHDRAWN, false)).isFalse();
    }

    @Test
    void declinedApplicationsAreKeptWhileTheRoundRunsAndDeletableAfter() {
        assertThat(IntakePolicies.declinedDeletable(true, true)).isFalse();
        assertThat(IntakePolicies.declinedDeletable(false, false)).as("before it opened").isFalse();
        assertThat(IntakePolicies.declinedDeletable(false, true)).isTrue();
    }

    @Test
    void selectingStopsAtCapacity() {
        assertThat(IntakePolicies.placeFree(3, 4)).isTrue();
        assertThat(IntakePolicies.placeFree(4, 4)).isFalse();
    }

    @Test
    void aFreedPlaceGoesToTheLowestWaitlistPositionThenTheEarliestApplication() {
        IntakeRound round = new IntakeRound(null, RoundDraft.asking(OPENS, CLOSES));
        IntakeApplication second = waitlisted(round, "二番", 2, Instant.parse("2026-05-01T00:00:00Z"));
        IntakeApplication firstLate = waitlisted(round, "一番", 1, Instant.parse("2026-05-03T00:00:00Z"));
        IntakeApplication firstEarly = waitlisted(round, "一番早い", 1, Instant.parse("2026-05-02T00:00:00Z"));
        assertThat(IntakePolicies.firstWaitlisted(List.of(second, firstLate, firstEarly))).containsSame(firstEarly);
        assertThat(IntakePolicies.firstWaitlisted(List.of())).isEmpty();
    }

    private static IntakeApplication waitlisted(IntakeRound round, String name, int position, Instant at) {
        Person person = new Person(name, name + "@example.com", name, Locale.JAPANESE, Person.DEFAULT_ZONE, Set.of(), null);
        IntakeApplication application = new IntakeApplication(round, person, null, at);
        application.ownerDecides(WAITLISTED, null, position, at);
        return application;
    }

    private static List<Object> problems(List<Violation> violations) {
        return violations.stream().map(v -> (Object) v.reason()).toList();
    }
}
