package dev.ryugaku.web.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ryugaku.core.enrollment.EnrollmentDraft;
import dev.ryugaku.core.enrollment.EnrollmentService;
import dev.ryugaku.core.enrollment.EnrollmentSummary;
import dev.ryugaku.core.security.NotPermittedException;
import dev.ryugaku.core.shared.RecordNotFoundException;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Every enrollment operation × role × relation to the record (own, mentee, someone else's, not
 * enrolled), decided by the service. Reads of a record one may not see answer "not found";
 * writes by anyone but a program owner are refused.
 */
@RyugakuTest
class EnrollmentPermissionMatrixTest {

    /** Who asks, about whose enrollment in 第2期, and whether they may read it. */
    static Stream<Arguments> readMatrix() {
        return Stream.of(
                Arguments.of(DemoPeople.OWNER, DemoPeople.PARTICIPANT, "owner reads anyone's", true),
                Arguments.of(DemoPeople.OWNER_AND_MENTOR, DemoPeople.PARTICIPANT, "owner-and-mentor reads a non-mentee's", true),
                Arguments.of(DemoPeople.MENTOR, DemoPeople.PARTICIPANT, "mentor reads a mentee's", true),
                Arguments.of(DemoPeople.MENTOR, "nakamura", "second mentor reads a mentee's", true),
                Arguments.of(DemoPeople.MENTOR, DemoPeople.PARTICIPANT2, "mentor reads someone else's", false),
                Arguments.of(DemoPeople.OTHER_MENTOR, DemoPeople.PARTICIPANT, "other mentor reads someone else's", false),
                Arguments.of(DemoPeople.PARTICIPANT, DemoPeople.PARTICIPANT, "participant reads their own", true),
                Arguments.of(DemoPeople.PARTICIPANT, DemoPeople.PARTICIPANT2, "participant reads someone else's", false),
                Arguments.of(DemoPeople.PARTICIPANT2, DemoPeople.PARTICIPANT, "participant2 reads someone else's", false),
                Arguments.of(DemoPeople.GRADUATE, DemoPeople.PARTICIPANT, "participant not in the cohort reads", false),
                Arguments.of("matsumoto", DemoPeople.PARTICIPANT, "planned participant of another cohort reads", false));
    }

    /** The operations only program owners may perform, tried on participant's enrollment. */
    static Stream<Arguments> ownerOnlyOperations() {
        List<String> nonOwners = List.of(DemoPeople.MENTOR, DemoPeople.OTHER_MENTOR, DemoPeople.PARTICIPANT,
                DemoPeople.PARTICIPANT2, DemoPeople.GRADUATE);
        return nonOwners.stream().flatMap(user -> Stream.of(
                Arguments.of(user, "enroll", (Consumer<Ctx>) c -> c.enrollments.enroll(new EnrollmentDraft())),
                Arguments.of(user, "update", (Consumer<Ctx>) c -> c.enrollments.update(c.target, 0, new EnrollmentDraft())),
                Arguments.of(user, "openForEdit", (Consumer<Ctx>) c -> c.enrollments.openForEdit(c.target)),
                Arguments.of(user, "activate", (Consumer<Ctx>) c -> c.enrollments.activate(c.target, 0)),
                Arguments.of(user, "graduate", (Consumer<Ctx>) c -> c.enrollments.graduate(c.target, 0)),
                Arguments.of(user, "withdraw", (Consumer<Ctx>) c -> c.enrollments.withdraw(c.target, 0, "理由")),
                Arguments.of(user, "mentorOptions", (Consumer<Ctx>) c -> c.enrollments.mentorOptions()),
                Arguments.of(user, "participantOptions", (Consumer<Ctx>) c -> c.enrollments.participantOptions()),
                Arguments.of(user, "mentorsOf", (Consumer<Ctx>) c -> c.enrollments.mentorsOf(List.of(1L)))));
    }

    record Ctx(EnrollmentService enrollments, long target) {
    }

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    EnrollmentFixtures fixtures;

    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @ParameterizedTest(name = "{2}: {3}")
    @MethodSource("readMatrix")
    void readingAnEnrollmentIsDecidedOnTheRecord(String user, String owner, String relation, boolean allowed) {
        long target = fixtures.idOf(owner, "第2期");
        signIn.as(user);
        if (allowed) {
            assertThat(enrollments.get(target).id()).isEqualTo(target);
        } else {
            assertThatThrownBy(() -> enrollments.get(target)).isInstanceOf(RecordNotFoundException.class);
        }
    }

    @ParameterizedTest(name = "{0} may not {1}")
    @MethodSource("ownerOnlyOperations")
    void onlyProgramOwnersChangeEnrollments(String user, String operation, Consumer<Ctx> call) {
        long target = fixtures.idOf(DemoPeople.PARTICIPANT, "第2期");
        signIn.as(user);
        assertThatThrownBy(() -> call.accept(new Ctx(enrollments, target))).isInstanceOf(NotPermittedException.class);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aRefusedReadIsLoggedWithWhoWhatAndWhichRecord(CapturedOutput output) {
        long target = fixtures.idOf(DemoPeople.PARTICIPANT2, "第2期");
        long participant = fixtures.personId(DemoPeople.PARTICIPANT);
        signIn.as(DemoPeople.PARTICIPANT);
        assertThatThrownBy(() -> enrollments.get(target)).isInstanceOf(RecordNotFoundException.class);
        assertThat(output.getOut()).contains("Access denied: person=" + participant + " action=read record=Enrollment#" + target);
    }

    @Test
    void aMissingEnrollmentLooksTheSameAsAForbiddenOne() {
        signIn.as(DemoPeople.PARTICIPANT);
        assertThatThrownBy(() -> enrollments.get(999_999)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void theCohortListShowsEachRoleOnlyWhatItMaySee() {
        long second = fixtures.cohortId("第2期");
        signIn.as(DemoPeople.OWNER);
        assertThat(names(enrollments.listForCohort(second))).containsExactlyInAnyOrder("田中 翔太", "山本 陽菜", "中村 大輝", "鈴木 美月");
        signIn.as(DemoPeople.MENTOR);
        assertThat(names(enrollments.listForCohort(second))).containsExactlyInAnyOrder("田中 翔太", "中村 大輝");
        signIn.as(DemoPeople.PARTICIPANT);
        assertThat(names(enrollments.listForCohort(second))).containsExactly("田中 翔太");
        signIn.as(DemoPeople.PARTICIPANT2);
        assertThat(names(enrollments.listForCohort(second))).containsExactly("鈴木 美月");
        signIn.as(DemoPeople.GRADUATE);
        assertThat(enrollments.listForCohort(second)).isEmpty();
    }

    @Test
    void homesShowOnlyOnesOwnRotationAndOnesOwnMentees() {
        signIn.as(DemoPeople.PARTICIPANT);
        assertThat(enrollments.myRotation()).hasValueSatisfying(r -> assertThat(r.personName()).isEqualTo("田中 翔太"));
        assertThatThrownBy(() -> enrollments.myMentees()).isInstanceOf(NotPermittedException.class);
        signIn.as(DemoPeople.MENTOR);
        assertThat(names(enrollments.myMentees())).containsExactlyInAnyOrder("田中 翔太", "中村 大輝");
        signIn.as(DemoPeople.OTHER_MENTOR);
        assertThat(names(enrollments.myMentees())).containsExactly("中村 大輝");
    }

    @Test
    void onlyOwnersSeeARecordsHistory(@Autowired dev.ryugaku.core.audit.AuditLog auditLog) {
        long target = fixtures.idOf(DemoPeople.PARTICIPANT, "第2期");
        signIn.as(DemoPeople.OWNER);
        assertThatCode(() -> auditLog.history(EnrollmentService.RECORD_TYPE, target)).doesNotThrowAnyException();
        signIn.as(DemoPeople.MENTOR);
        assertThatThrownBy(() -> auditLog.history(EnrollmentService.RECORD_TYPE, target))
                .isInstanceOf(NotPermittedException.class);
    }

    private static List<String> names(List<EnrollmentSummary> rows) {
        return rows.stream().map(EnrollmentSummary::personName).toList();
    }
}
