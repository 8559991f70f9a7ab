package dev.ryugaku.core.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.shared.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import dev.ryugaku.core.shared.Rule;

class EnrollmentRulesTest {

    private static final LocalDate COHORT_START = LocalDate.of(2026, 10, 1);
    private static final LocalDate COHORT_END = LocalDate.of(2027, 3, 31);

    private static EnrollmentDraft tanakaWithTakahashi() {
        EnrollmentDraft draft = new EnrollmentDraft();
        draft.setPersonId(1L);
        draft.setCohortId(2L);
        draft.setPrimaryMentorId(3L);
        return draft;
    }

    private static List<String> problems(List<Violation> violations) {
        return violations.stream().map(v -> v.field() + ":" + ((EnrollmentProblem) v.reason()).name()).toList();
    }

    @Test
    void aPersonACohortAndAPrimaryMentorAreEnough() {
        assertThat(EnrollmentRules.checkChoices(tanakaWithTakahashi())).isEmpty();
        assertThat(EnrollmentRules.checkDates(tanakaWithTakahashi(), COHORT_START, COHORT_END)).isEmpty();
    }

    @Test
    void everyEnrollmentNeedsAPrimaryMentor() {
        EnrollmentDraft draft = tanakaWithTakahashi();
        draft.setPrimaryMentorId(null);
        assertThat(problems(EnrollmentRules.checkChoices(draft))).containsExactly("primaryMentorId:PRIMARY_MENTOR_REQUIRED");
    }

    @Test
    void theParticipantCannotMentorThemselves() {
        EnrollmentDraft draft = tanakaWithTakahashi();
        draft.setPrimaryMentorId(1L);
        draft.setSecondaryMentorId(1L);
        assertThat(problems(EnrollmentRules.checkChoices(draft)))
                .containsExactly("primaryMentorId:MENTOR_IS_PARTICIPANT", "secondaryMentorId:MENTOR_IS_PARTICIPANT");
    }

    @Test
    void theSecondMentorIsSomeoneElse() {
        EnrollmentDraft draft = tanakaWithTakahashi();
        draft.setSecondaryMentorId(3L);
        assertThat(problems(EnrollmentRules.checkChoices(draft))).containsExactly("secondaryMentorId:MENTORS_THE_SAME");
    }

    @Test
    void learningGoalsAreAFewLinesNotABook() {
        EnrollmentDraft draft = tanakaWithTakahashi();
        draft.setLearningGoals("目".repeat(EnrollmentRules.LEARNING_GOALS_MAX_LENGTH + 1));
        assertThat(problems(EnrollmentRules.checkChoices(draft))).containsExactly("learningGoals:LEARNING_GOALS_TOO_LONG");
    }

    @Test
    void anOverriddenStartIsNotBeforeTheCohortNorAfterItsEnd() {
        EnrollmentDraft draft = tanakaWithTakahashi();
        draft.setStartDate(COHORT_START.minusDays(1));
        assertThat(problems(EnrollmentRules.checkDates(draft, COHORT_START, COHORT_END)))
                .containsExactly("startDate:START_BEFORE_COHORT");
        draft.setStartDate(COHORT_END.plusDays(1));
        assertThat(problems(EnrollmentRules.checkDates(draft, COHORT_START, COHORT_END)))
                .contains("startDate:START_AFTER_COHORT_END");
    }

    @Test
    void anExtensionRunsAtMostThreeMonthsPastTheCohortsEnd() {
        EnrollmentDraft draft = tanakaWithTakahashi();
        draft.setEndDate(COHORT_END.plusMonths(3));
        assertThat(EnrollmentRules.checkDates(draft, COHORT_START, COHORT_END)).isEmpty();
        draft.setEndDate(COHORT_END.plusMonths(3).plusDays(1));
        List<Violation> violations = EnrollmentRules.checkDates(draft, COHORT_START, COHORT_END);
        assertThat(problems(violations)).containsExactly("endDate:END_TOO_LATE");
        assertThat(violations.getFirst().arguments()).containsExactly(LocalDate.of(2027, 6, 30));
    }

    @Test
    void theEndComesAfterTheStart() {
        EnrollmentDraft draft = tanakaWithTakahashi();
        draft.setStartDate(LocalDate.of(2026, 12, 1));
        draft.setEndDate(LocalDate.of(2026, 12, 1));
        assertThat(problems(EnrollmentRules.checkDates(draft, COHORT_START, COHORT_END)))
                .containsExactly("endDate:END_NOT_AFTER_START");
    }

    @Test
    void aWithdrawalNeedsAReason() {
        assertThat(problems(EnrollmentRules.checkWithdrawalReason("  "))).containsExactly("reason:WITHDRAWAL_REASON_REQUIRED");
        assertThat(EnrollmentRules.checkWithdrawalReason("家庭の事情")).isEmpty();
    }

    @Test
    void consecutiveCohortsDoNotOverlapButSharedDaysDo() {
        LocalDate nextStart = COHORT_END.plusDays(1);
        assertThat(EnrollmentRules.overlap(COHORT_START, COHORT_END, nextStart, nextStart.plusMonths(6))).isFalse();
        assertThat(EnrollmentRules.overlap(COHORT_START, COHORT_END, COHORT_END, COHORT_END.plusMonths(6))).isTrue();
        assertThat(EnrollmentRules.overlap(COHORT_START, COHORT_END, COHORT_START.minusMonths(6), COHORT_START)).isTrue();
    }

    @Test
    void statusesMoveForwardOnly() {
        assertThat(EnrollmentStatus.PLANNED.canMoveTo(EnrollmentStatus.ACTIVE)).isTrue();
        assertThat(EnrollmentStatus.ACTIVE.canMoveTo(EnrollmentStatus.GRADUATED)).isTrue();
        assertThat(EnrollmentStatus.PLANNED.canMoveTo(EnrollmentStatus.GRADUATED)).isFalse();
        assertThat(EnrollmentStatus.GRADUATED.canMoveTo(EnrollmentStatus.WITHDRAWN)).isFalse();
        assertThat(EnrollmentStatus.ACTIVE.canMoveTo(EnrollmentStatus.PLANNED)).isFalse();
        assertThat(EnrollmentStatus.PLANNED.canMoveTo(EnrollmentStatus.WITHDRAWN)).isTrue();
    }

    // Each rule on its own, by name

    @Test
    void aPersonAndACohortAreChosen() {
        EnrollmentDraft draft = new EnrollmentDraft();
        assertThat(problems(EnrollmentRules.PERSON_IS_CHOSEN.check(draft))).containsExactly("personId:PERSON_REQUIRED");
        assertThat(problems(EnrollmentRules.COHORT_IS_CHOSEN.check(draft))).containsExactly("cohortId:COHORT_REQUIRED");
        assertThat(EnrollmentRules.PERSON_IS_CHOSEN.check(tanakaWithTakahashi())).isEmpty();
        assertThat(EnrollmentRules.COHORT_IS_CHOSEN.check(tanakaWithTakahashi())).isEmpty();
    }

    @Test
    void thePrimaryMentorIsSomeoneElse() {
        EnrollmentDraft draft = tanakaWithTakahashi();
        assertThat(EnrollmentRules.PRIMARY_MENTOR_IS_SOMEONE_ELSE.check(draft)).isEmpty();
        draft.setPrimaryMentorId(draft.getPersonId());
        assertThat(problems(EnrollmentRules.PRIMARY_MENTOR_IS_SOMEONE_ELSE.check(draft)))
                .containsExactly("primaryMentorId:MENTOR_IS_PARTICIPANT");
        draft.setPrimaryMentorId(null);
        assertThat(problems(EnrollmentRules.PRIMARY_MENTOR_IS_SOMEONE_ELSE.check(draft)))
                .containsExactly("primaryMentorId:PRIMARY_MENTOR_REQUIRED");
    }

    @Test
    void theSecondaryMentorIsOptionalAndAThirdPerson() {
        EnrollmentDraft draft = tanakaWithTakahashi();
        assertThat(EnrollmentRules.SECONDARY_MENTOR_IS_A_THIRD_PERSON.check(draft)).isEmpty();
        draft.setSecondaryMentorId(4L);
        assertThat(EnrollmentRules.SECONDARY_MENTOR_IS_A_THIRD_PERSON.check(draft)).isEmpty();
        draft.setSecondaryMentorId(draft.getPrimaryMentorId());
        assertThat(problems(EnrollmentRules.SECONDARY_MENTOR_IS_A_THIRD_PERSON.check(draft)))
                .containsExactly("secondaryMentorId:MENTORS_THE_SAME");
        draft.setSecondaryMentorId(draft.getPersonId());
        assertThat(problems(EnrollmentRules.SECONDARY_MENTOR_IS_A_THIRD_PERSON.check(draft)))
                .containsExactly("secondaryMentorId:MENTOR_IS_PARTICIPANT");
    }

    @Test
    void learningGoalsFitTheirColumn() {
        EnrollmentDraft draft = tanakaWithTakahashi();
        draft.setLearningGoals("目".repeat(EnrollmentRules.LEARNING_GOALS_MAX_LENGTH));
        assertThat(EnrollmentRules.LEARNING_GOALS_FIT.check(draft)).isEmpty();
        draft.setLearningGoals("目".repeat(EnrollmentRules.LEARNING_GOALS_MAX_LENGTH + 1));
        assertThat(problems(EnrollmentRules.LEARNING_GOALS_FIT.check(draft))).containsExactly("learningGoals:LEARNING_GOALS_TOO_LONG");
    }

    @Test
    void aStartOverrideFallsInTheCohortAndNoneIsNeeded() {
        Rule<EnrollmentDraft> rule = EnrollmentRules.startFallsInTheCohort(COHORT_START, COHORT_END);
        EnrollmentDraft draft = tanakaWithTakahashi();
        assertThat(rule.check(draft)).isEmpty();
        draft.setStartDate(COHORT_END);
        assertThat(rule.check(draft)).as("the last day").isEmpty();
        draft.setStartDate(COHORT_END.plusDays(1));
        assertThat(problems(rule.check(draft))).containsExactly("startDate:START_AFTER_COHORT_END");
    }

    @Test
    void theEndFollowsTheStartAndAnExtensionEndsOnTheThreeMonthLimitAtTheLatest() {
        Rule<EnrollmentDraft> rule = EnrollmentRules.endFollowsStartWithinExtension(COHORT_START, COHORT_END);
        EnrollmentDraft draft = tanakaWithTakahashi();
        draft.setEndDate(COHORT_END.plusMonths(EnrollmentRules.MAX_EXTENSION_MONTHS));
        assertThat(rule.check(draft)).isEmpty();
        draft.setEndDate(COHORT_END.plusMonths(EnrollmentRules.MAX_EXTENSION_MONTHS).plusDays(1));
        assertThat(problems(rule.check(draft))).containsExactly("endDate:END_TOO_LATE");
        draft.setEndDate(COHORT_START);
        assertThat(problems(rule.check(draft))).as("the cohort's start, no override").containsExactly("endDate:END_NOT_AFTER_START");
    }
}
