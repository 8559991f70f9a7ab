package dev.ryugaku.core.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.shared.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CohortRulesTest {

    static CohortDraft secondCohort() {
        CohortDraft draft = new CohortDraft();
        draft.setName("第2期");
        draft.setStartDate(LocalDate.of(2026, 10, 1));
        draft.setEndDate(LocalDate.of(2027, 3, 31));
        draft.setCapacity(4);
        draft.setHostTeamId(1L);
        draft.setCadence(CheckInCadence.WEEKLY);
        draft.setKickoffDate(LocalDate.of(2026, 10, 1));
        draft.setMidTermReviewDate(LocalDate.of(2026, 12, 20));
        draft.setFinalReviewDate(LocalDate.of(2027, 3, 25));
        return draft;
    }

    private static List<String> problems(CohortDraft draft) {
        return CohortRules.check(draft).stream().map(v -> v.field() + ":" + ((CohortProblem) v.reason()).name()).toList();
    }

    @Test
    void aCompleteCohortBreaksNoRule() {
        assertThat(CohortRules.check(secondCohort())).isEmpty();
    }

    @Test
    void aCohortNeedsAName() {
        CohortDraft draft = secondCohort();
        draft.setName("   ");
        assertThat(problems(draft)).containsExactly("name:NAME_REQUIRED");
    }

    @Test
    void aNameLongerThanAHundredCharactersIsRefused() {
        CohortDraft draft = secondCohort();
        draft.setName("期".repeat(101));
        assertThat(problems(draft)).containsExactly("name:NAME_TOO_LONG");
        draft.setName("期".repeat(100));
        assertThat(problems(draft)).isEmpty();
    }

    @Test
    void theEndMustComeAfterTheStart() {
        CohortDraft draft = secondCohort();
        draft.setEndDate(draft.getStartDate());
        assertThat(problems(draft)).containsExactly("endDate:END_NOT_AFTER_START");
        draft.setEndDate(draft.getStartDate().minusDays(1));
        assertThat(problems(draft)).containsExactly("endDate:END_NOT_AFTER_START");
    }

    @Test
    void bothDatesAreRequired() {
        CohortDraft draft = secondCohort();
        draft.setStartDate(null);
        draft.setEndDate(null);
        assertThat(problems(draft)).containsExactly("startDate:START_REQUIRED", "endDate:END_REQUIRED");
    }

    @Test
    void capacityIsAtLeastOne() {
        CohortDraft draft = secondCohort();
        draft.setCapacity(0);
        assertThat(problems(draft)).containsExactly("capacity:CAPACITY_TOO_SMALL");
        draft.setCapacity(null);
        assertThat(problems(draft)).containsExactly("capacity:CAPACITY_REQUIRED");
        draft.setCapacity(CohortRules.MAX_CAPACITY + 1);
        assertThat(problems(draft)).containsExactly("capacity:CAPACITY_TOO_LARGE");
        draft.setCapacity(1);
        assertThat(problems(draft)).isEmpty();
    }

    @Test
    void hostTeamAndCadenceAreRequired() {
        CohortDraft draft = secondCohort();
        draft.setHostTeamId(null);
        draft.setCadence(null);
        assertThat(problems(draft)).containsExactly("hostTeamId:HOST_TEAM_REQUIRED", "cadence:CADENCE_REQUIRED");
    }

    @Test
    void everyMilestoneLiesWithinThePeriod() {
        CohortDraft draft = secondCohort();
        draft.setKickoffDate(LocalDate.of(2026, 9, 30));
        draft.setFinalReviewDate(LocalDate.of(2027, 4, 1));
        List<Violation> violations = CohortRules.check(draft);
        assertThat(problems(draft)).containsExactly("kickoffDate:MILESTONE_OUTSIDE_PERIOD", "finalReviewDate:MILESTONE_OUTSIDE_PERIOD");
        assertThat(violations.getFirst().arguments()).containsExactly(draft.getStartDate(), draft.getEndDate());
    }

    @Test
    void milestonesOnTheFirstAndLastDayAreInside() {
        CohortDraft draft = secondCohort();
        draft.setKickoffDate(draft.getStartDate());
        draft.setFinalReviewDate(draft.getEndDate());
        assertThat(problems(draft)).isEmpty();
    }

    @Test
    void milestonesComeInOrder() {
        CohortDraft draft = secondCohort();
        draft.setMidTermReviewDate(LocalDate.of(2027, 3, 28));
        assertThat(problems(draft)).containsExactly("finalReviewDate:MILESTONES_OUT_OF_ORDER");
        draft.setMidTermReviewDate(LocalDate.of(2026, 12, 20));
        draft.setKickoffDate(LocalDate.of(2026, 12, 21));
        assertThat(problems(draft)).containsExactly("midTermReviewDate:MILESTONES_OUT_OF_ORDER");
    }

    @Test
    void milestonesAreOptional() {
        CohortDraft draft = secondCohort();
        draft.setKickoffDate(null);
        draft.setMidTermReviewDate(null);
        draft.setFinalReviewDate(null);
        assertThat(problems(draft)).isEmpty();
    }

    @Test
    void descriptionFitsItsColumn() {
        CohortDraft draft = secondCohort();
        draft.setDescription("あ".repeat(CohortRules.DESCRIPTION_MAX_LENGTH + 1));
        assertThat(problems(draft)).containsExactly("description:DESCRIPTION_TOO_LONG");
    }

    // Each rule on its own, by name

    @Test
    void eachNamedRuleKeepsToItsOwnFields() {
        CohortDraft draft = new CohortDraft();
        draft.setCadence(null);
        assertThat(CohortRules.NAME_IS_GIVEN.check(draft)).extracting(Violation::field).containsExactly("name");
        assertThat(CohortRules.PERIOD_ENDS_AFTER_IT_STARTS.check(draft)).extracting(Violation::field)
                .containsExactly("startDate", "endDate");
        assertThat(CohortRules.CAPACITY_IS_POSITIVE.check(draft)).extracting(Violation::field).containsExactly("capacity");
        assertThat(CohortRules.HOST_TEAM_IS_CHOSEN.check(draft)).extracting(Violation::field).containsExactly("hostTeamId");
        assertThat(CohortRules.CADENCE_IS_CHOSEN.check(draft)).extracting(Violation::field).containsExactly("cadence");
        assertThat(CohortRules.MILESTONES_LIE_WITHIN_PERIOD.check(draft)).as("no period, nothing to lie within").isEmpty();
        assertThat(CohortRules.MILESTONES_COME_IN_ORDER.check(draft)).isEmpty();
        assertThat(CohortRules.DESCRIPTION_FITS.check(draft)).isEmpty();
    }
}
