package dev.ryugaku.web.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ryugaku.core.audit.AuditEntry;
import dev.ryugaku.core.audit.AuditLog;
import dev.ryugaku.core.cohort.CohortService;
import dev.ryugaku.core.enrollment.EnrollmentDraft;
import dev.ryugaku.core.enrollment.EnrollmentProblem;
import dev.ryugaku.core.enrollment.EnrollmentService;
import dev.ryugaku.core.enrollment.EnrollmentStatus;
import dev.ryugaku.core.people.PersonDraft;
import dev.ryugaku.core.people.PersonService;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.shared.ConcurrentEditException;
import dev.ryugaku.core.shared.InvalidInputException;
import dev.ryugaku.core.shared.MessageKeyed;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.cohort.CohortTestData;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The enrollment rules that need the database, each refused with its own reason. */
@RyugakuTest
class EnrollmentRulesInServiceTest {

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    CohortService cohorts;

    @Autowired
    PersonService people;

    @Autowired
    AuditLog auditLog;

    @Autowired
    EnrollmentFixtures fixtures;

    @Autowired
    SignIn signIn;

    long cohort;
    long mentor;

    @BeforeEach
    void anOwnerWithAFreshCohortOfTwoPlaces() {
        signIn.as(DemoPeople.OWNER);
        var draft = CohortTestData.validDraft(cohorts);
        draft.setCapacity(2);
        cohort = cohorts.create(draft);
        mentor = fixtures.personId(DemoPeople.MENTOR);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private long newParticipant() {
        PersonDraft person = new PersonDraft();
        person.setDisplayName("参加者 " + UUID.randomUUID().toString().substring(0, 6));
        person.setEmail(UUID.randomUUID() + "@example.com");
        person.setRoles(Set.of(Role.PARTICIPANT));
        return people.create(person).personId();
    }

    private EnrollmentDraft enrolling(long person) {
        EnrollmentDraft draft = new EnrollmentDraft();
        draft.setPersonId(person);
        draft.setCohortId(cohort);
        draft.setPrimaryMentorId(mentor);
        draft.setLearningGoals("監視の改善");
        return draft;
    }

    private static void refusedFor(ThrowingCallable call, MessageKeyed reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, invalid ->
                assertThat(invalid.violations()).extracting(v -> v.reason()).contains(reason));
    }

    @Test
    void aFullCohortTakesNobodyElse() {
        enrollments.enroll(enrolling(newParticipant()));
        enrollments.enroll(enrolling(newParticipant()));
        refusedFor(() -> enrollments.enroll(enrolling(newParticipant())), EnrollmentProblem.COHORT_FULL);
    }

    @Test
    void oneRotationAtATime() {
        long participant = fixtures.personId(DemoPeople.PARTICIPANT);
        var overlapping = CohortTestData.validDraft(cohorts);
        overlapping.setStartDate(LocalDate.of(2027, 3, 1));
        overlapping.setEndDate(LocalDate.of(2027, 8, 31));
        overlapping.setKickoffDate(null);
        long other = cohorts.create(overlapping);
        EnrollmentDraft draft = enrolling(participant);
        draft.setCohortId(other);
        refusedFor(() -> enrollments.enroll(draft), EnrollmentProblem.OVERLAPPING_ENROLLMENT);
    }

    @Test
    void aMentorMustBeAMentorAndNotTheParticipant() {
        long participant = newParticipant();
        EnrollmentDraft draft = enrolling(participant);
        draft.setPrimaryMentorId(fixtures.personId(DemoPeople.PARTICIPANT2));
        refusedFor(() -> enrollments.enroll(draft), EnrollmentProblem.MENTOR_NOT_A_MENTOR);
        draft.setPrimaryMentorId(participant);
        refusedFor(() -> enrollments.enroll(draft), EnrollmentProblem.MENTOR_IS_PARTICIPANT);
    }

    @Test
    void onlyParticipantsCanBeEnrolled() {
        refusedFor(() -> enrollments.enroll(enrolling(fixtures.personId(DemoPeople.OTHER_MENTOR))),
                EnrollmentProblem.PERSON_NOT_PARTICIPANT);
    }

    @Test
    void aCompletedOrCancelledCohortTakesNobody() {
        EnrollmentDraft draft = enrolling(newParticipant());
        draft.setCohortId(fixtures.cohortId("第1期"));
        refusedFor(() -> enrollments.enroll(draft), EnrollmentProblem.COHORT_CLOSED);
        cohorts.cancel(cohort, cohorts.get(cohort).version());
        refusedFor(() -> enrollments.enroll(enrolling(newParticipant())), EnrollmentProblem.COHORT_CLOSED);
    }

    @Test
    void anEnrollmentMovesFromPlannedToGraduatedAndEveryStepIsAudited() {
        long id = enrollments.enroll(enrolling(newParticipant()));
        assertThat(enrollments.get(id).status()).isEqualTo(EnrollmentStatus.PLANNED);

        var edit = enrollments.openForEdit(id);
        edit.draft().setEndDate(LocalDate.of(2028, 5, 31));
        enrollments.update(id, edit.version(), edit.draft());
        assertThat(enrollments.get(id).datesOverridden()).isTrue();

        enrollments.activate(id, enrollments.get(id).version());
        refusedFor(() -> enrollments.activate(id, enrollments.get(id).version()), EnrollmentProblem.STATUS_CHANGE_NOT_ALLOWED);
        enrollments.graduate(id, enrollments.get(id).version());
        assertThat(enrollments.get(id).status()).isEqualTo(EnrollmentStatus.GRADUATED);

        List<AuditEntry> history = auditLog.history(EnrollmentService.RECORD_TYPE, id);
        assertThat(history).extracting(AuditEntry::action).containsExactly("ENROLLMENT_STATUS_CHANGED",
                "ENROLLMENT_STATUS_CHANGED", "ENROLLMENT_UPDATED", "ENROLLMENT_CREATED");
        assertThat(history.get(2).changes()).singleElement().satisfies(change -> {
            assertThat(change.field()).isEqualTo("endDate");
            assertThat(change.after()).isEqualTo("2028-05-31");
        });
        assertThat(history.getFirst().actorName()).isEqualTo("佐藤 美咲");
    }

    @Test
    void anExtensionBeyondThreeMonthsIsRefused() {
        EnrollmentDraft draft = enrolling(newParticipant());
        draft.setEndDate(LocalDate.of(2028, 7, 1));
        refusedFor(() -> enrollments.enroll(draft), EnrollmentProblem.END_TOO_LATE);
    }

    @Test
    void aWithdrawalNeedsAReasonAndKeepsIt() {
        long id = enrollments.enroll(enrolling(newParticipant()));
        refusedFor(() -> enrollments.withdraw(id, enrollments.get(id).version(), " "),
                EnrollmentProblem.WITHDRAWAL_REASON_REQUIRED);
        enrollments.withdraw(id, enrollments.get(id).version(), "本業のプロジェクトが佳境のため");
        assertThat(enrollments.get(id).withdrawalReason()).isEqualTo("本業のプロジェクトが佳境のため");
        assertThat(cohorts.get(cohort).enrolled()).isZero();
    }

    @Test
    void aCohortCannotMoveAwayFromItsEnrollments() {
        EnrollmentDraft extended = enrolling(newParticipant());
        extended.setEndDate(LocalDate.of(2028, 6, 30));
        enrollments.enroll(extended);
        var edit = cohorts.openForEdit(cohort);
        edit.draft().setEndDate(LocalDate.of(2028, 2, 29));
        edit.draft().setKickoffDate(null);
        refusedFor(() -> cohorts.update(cohort, edit.version(), edit.draft()),
                dev.ryugaku.core.cohort.CohortProblem.ENROLLMENT_OUTSIDE_PERIOD);
    }

    @Test
    void aCohortCannotMoveOverAnotherRotationOfItsParticipants() {
        long person = newParticipant();
        enrollments.enroll(enrolling(person));
        long later = cohorts.create(shortCohortIn2028());
        EnrollmentDraft draft = enrolling(person);
        draft.setCohortId(later);
        enrollments.enroll(draft);
        var moved = cohorts.openForEdit(later);
        moved.draft().setStartDate(LocalDate.of(2028, 3, 1));
        moved.draft().setEndDate(LocalDate.of(2028, 8, 31));
        refusedFor(() -> cohorts.update(later, moved.version(), moved.draft()),
                dev.ryugaku.core.cohort.CohortProblem.ENROLLMENT_WOULD_OVERLAP);
    }

    private dev.ryugaku.core.cohort.CohortDraft shortCohortIn2028() {
        var draft = CohortTestData.validDraft(cohorts);
        draft.setStartDate(LocalDate.of(2028, 10, 1));
        draft.setEndDate(LocalDate.of(2028, 12, 31));
        draft.setKickoffDate(null);
        return draft;
    }

    @Test
    void aStaleEditIsRefused() {
        long id = enrollments.enroll(enrolling(newParticipant()));
        var first = enrollments.openForEdit(id);
        var second = enrollments.openForEdit(id);
        first.draft().setLearningGoals("SLOを決める");
        enrollments.update(id, first.version(), first.draft());
        second.draft().setLearningGoals("ダッシュボードを作る");
        assertThatThrownBy(() -> enrollments.update(id, second.version(), second.draft()))
                .isInstanceOf(ConcurrentEditException.class);
    }
}
