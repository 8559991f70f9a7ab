package dev.ryugaku.core.worklog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.shared.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import dev.ryugaku.core.shared.Rule;

class WorkLogRulesTest {

    private static final LocalDate START = LocalDate.of(2026, 10, 1);
    private static final LocalDate END = LocalDate.of(2027, 3, 31);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static WorkLogDraft twoHoursOfReview(LocalDate date) {
        WorkLogDraft draft = new WorkLogDraft();
        draft.setDate(date);
        draft.setMinutes(120);
        draft.setCategory(WorkCategory.REVIEW);
        return draft;
    }

    private static List<WorkLogProblem> problems(List<Violation> violations) {
        return violations.stream().map(v -> (WorkLogProblem) v.reason()).toList();
    }

    @Test
    void anEntryInsideTheRotationUpToTodayIsValid() {
        assertThat(WorkLogRules.check(twoHoursOfReview(TODAY), START, END, TODAY)).isEmpty();
        assertThat(WorkLogRules.check(twoHoursOfReview(START), START, END, TODAY)).isEmpty();
    }

    @Test
    void nobodyLogsTheFuture() {
        assertThat(problems(WorkLogRules.check(twoHoursOfReview(TODAY.plusDays(1)), START, END, TODAY)))
                .containsExactly(WorkLogProblem.DATE_IN_FUTURE);
    }

    @Test
    void entriesStayInsideTheRotationWithAWeeksGrace() {
        LocalDate later = END.plusDays(30);
        assertThat(problems(WorkLogRules.check(twoHoursOfReview(START.minusDays(1)), START, END, later)))
                .containsExactly(WorkLogProblem.DATE_OUTSIDE_ROTATION);
        assertThat(WorkLogRules.check(twoHoursOfReview(END.plusDays(7)), START, END, later)).isEmpty();
        assertThat(problems(WorkLogRules.check(twoHoursOfReview(END.plusDays(8)), START, END, later)))
                .containsExactly(WorkLogProblem.DATE_OUTSIDE_ROTATION);
    }

    @Test
    void minutesAreBetweenOneAndADay() {
        WorkLogDraft draft = twoHoursOfReview(TODAY);
        for (Integer bad : new Integer[] {0, -5, 1441, null}) {
            draft.setMinutes(bad);
            assertThat(problems(WorkLogRules.check(draft, START, END, TODAY))).as("%s", bad)
                    .containsExactly(WorkLogProblem.MINUTES_OUT_OF_RANGE);
        }
        draft.setMinutes(1440);
        assertThat(WorkLogRules.check(draft, START, END, TODAY)).isEmpty();
        assertThat(WorkLogRules.fitsInADay(1440)).isTrue();
        assertThat(WorkLogRules.fitsInADay(1441)).isFalse();
    }

    @Test
    void incidentWorkNamesTheRolePlayedAndOtherWorkDoesNot() {
        WorkLogDraft draft = twoHoursOfReview(TODAY);
        draft.setCategory(WorkCategory.INCIDENT);
        assertThat(problems(WorkLogRules.check(draft, START, END, TODAY))).containsExactly(WorkLogProblem.INCIDENT_ROLE_REQUIRED);
        draft.setIncidentRole(IncidentRole.SHADOW);
        assertThat(WorkLogRules.check(draft, START, END, TODAY)).isEmpty();
        draft.setCategory(WorkCategory.LEARNING);
        assertThat(problems(WorkLogRules.check(draft, START, END, TODAY)))
                .containsExactly(WorkLogProblem.INCIDENT_ROLE_NOT_FOR_CATEGORY);
        draft.setCategory(WorkCategory.ON_CALL);
        draft.setIncidentRole(null);
        assertThat(WorkLogRules.check(draft, START, END, TODAY)).isEmpty();
    }

    @Test
    void weeksStartOnMonday() {
        assertThat(WorkLogRules.weekOf(LocalDate.of(2026, 11, 22))).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(WorkLogRules.weekOf(LocalDate.of(2026, 11, 16))).isEqualTo(LocalDate.of(2026, 11, 16));
    }

    @Test
    void toilIsTheShareOfToilMinutesAndOverHalfIsFlagged() {
        LocalDate week = LocalDate.of(2026, 11, 16);
        List<WeekTotals> weeks = ToilComputation.weeks(List.of(
                new WeekCategoryMinutes(week, WorkCategory.REQUEST, true, 300),
                new WeekCategoryMinutes(week, WorkCategory.IMPROVEMENT, false, 200),
                new WeekCategoryMinutes(week, WorkCategory.IMPROVEMENT, true, 100),
                new WeekCategoryMinutes(week.minusWeeks(1), WorkCategory.LEARNING, false, 60)));
        assertThat(weeks).extracting(WeekTotals::weekStart).containsExactly(week.minusWeeks(1), week);
        WeekTotals current = weeks.get(1);
        assertThat(current.totalMinutes()).isEqualTo(600);
        assertThat(current.minutesByCategory()).isEqualTo(Map.of(WorkCategory.REQUEST, 300, WorkCategory.IMPROVEMENT, 300));
        assertThat(current.toilPercent()).isEqualTo(67);
        assertThat(current.isOverToilCap()).isTrue();
        assertThat(weeks.get(0).isOverToilCap()).isFalse();
    }

    @Test
    void exactlyHalfIsNotOverTheCap() {
        WeekTotals half = new WeekTotals(LocalDate.of(2026, 11, 16),
                Map.of(WorkCategory.REQUEST, 60, WorkCategory.LEARNING, 60), 60);
        assertThat(half.toilPercent()).isEqualTo(50);
        assertThat(half.isOverToilCap()).isFalse();
        assertThat(new WeekTotals(LocalDate.of(2026, 11, 16), Map.of(), 0).toilPercent()).isZero();
    }

    @Test
    void theLadderShowsEveryRungAndTheHighestReached() {
        IncidentLadder ladder = IncidentLadder.of(List.of(
                new IncidentLadder.Rung(IncidentRole.OBSERVER, 3, LocalDate.of(2026, 10, 5)),
                new IncidentLadder.Rung(IncidentRole.SHADOW, 1, LocalDate.of(2026, 11, 2))));
        assertThat(ladder.rungs()).extracting(IncidentLadder.Rung::role).containsExactly(IncidentRole.values());
        assertThat(ladder.highest()).isEqualTo(IncidentRole.SHADOW);
        assertThat(ladder.rungs().get(2).isReached()).isFalse();
        assertThat(IncidentLadder.of(List.of()).highest()).isNull();
    }

    // Each rule on its own, by name

    @Test
    void theDateFallsInTheRotationUpToToday() {
        Rule<WorkLogDraft> rule = WorkLogRules.dateFallsInTheRotation(START, END, TODAY);
        assertThat(rule.check(twoHoursOfReview(TODAY))).isEmpty();
        assertThat(problems(rule.check(twoHoursOfReview(null)))).containsExactly(WorkLogProblem.DATE_REQUIRED);
        assertThat(problems(rule.check(twoHoursOfReview(START.minusDays(1))))).containsExactly(WorkLogProblem.DATE_OUTSIDE_ROTATION);
    }

    @Test
    void minutesFitADay() {
        WorkLogDraft draft = twoHoursOfReview(TODAY);
        draft.setMinutes(WorkLogRules.MINUTES_PER_DAY);
        assertThat(WorkLogRules.MINUTES_FIT_A_DAY.check(draft)).isEmpty();
        draft.setMinutes(null);
        assertThat(problems(WorkLogRules.MINUTES_FIT_A_DAY.check(draft))).containsExactly(WorkLogProblem.MINUTES_OUT_OF_RANGE);
    }

    @Test
    void aCategoryIsChosenAndTheIncidentRoleMatchesIt() {
        WorkLogDraft draft = twoHoursOfReview(TODAY);
        draft.setCategory(null);
        draft.setIncidentRole(IncidentRole.RESPONDER);
        assertThat(problems(WorkLogRules.CATEGORY_IS_CHOSEN.check(draft))).containsExactly(WorkLogProblem.CATEGORY_REQUIRED);
        assertThat(WorkLogRules.INCIDENT_ROLE_MATCHES_CATEGORY.check(draft)).as("no category, nothing to match").isEmpty();
        draft.setCategory(WorkCategory.ON_CALL);
        assertThat(WorkLogRules.INCIDENT_ROLE_MATCHES_CATEGORY.check(draft)).as("on-call may name a role").isEmpty();
        draft.setIncidentRole(null);
        assertThat(WorkLogRules.INCIDENT_ROLE_MATCHES_CATEGORY.check(draft)).as("on-call need not").isEmpty();
    }

    @Test
    void theNoteFitsItsColumn() {
        WorkLogDraft draft = twoHoursOfReview(TODAY);
        draft.setNote("メ".repeat(WorkLogRules.NOTE_MAX_LENGTH));
        assertThat(WorkLogRules.NOTE_FITS.check(draft)).isEmpty();
        draft.setNote("メ".repeat(WorkLogRules.NOTE_MAX_LENGTH + 1));
        assertThat(problems(WorkLogRules.NOTE_FITS.check(draft))).containsExactly(WorkLogProblem.NOTE_TOO_LONG);
    }
}
