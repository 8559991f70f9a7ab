package dev.ryugaku.web.skill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ryugaku.core.security.NotPermittedException;
import dev.ryugaku.core.shared.RecordNotFoundException;
import dev.ryugaku.core.skill.AssessmentPhase;
import dev.ryugaku.core.skill.AssessmentSide;
import dev.ryugaku.core.skill.AssessmentStatus;
import dev.ryugaku.core.skill.PhaseSheet;
import dev.ryugaku.core.skill.SkillAssessmentService;
import dev.ryugaku.core.skill.SkillGrowthService;
import dev.ryugaku.core.skill.SkillProgress;
import dev.ryugaku.core.skill.SkillSheet;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.enrollment.EnrollmentFixtures;
import dev.ryugaku.web.enrollment.FreshRotations;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who reads which skill assessment, decided on each record by the service. The demo's 中村 (第2期,
 * mentors 渡辺 and 高橋) has START submitted by both sides, and MID submitted by his mentor while his
 * own is still a draft: each side reads its own, the other only once both have submitted; owners
 * read everything; nobody else reads anything.
 */
@RyugakuTest
class SkillPermissionMatrixTest {

    private static final String NAKAMURA = "nakamura";
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Autowired
    SkillAssessmentService assessments;

    @Autowired
    SkillGrowthService growth;

    @Autowired
    EnrollmentFixtures fixtures;

    @Autowired
    FreshRotations rotations;

    @Autowired
    SkillFixtures ratings;

    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** What a reader gets of 中村's MID: both sides, only the participant's own, only the mentors', or nothing at all. */
    enum Reads { BOTH, SELF_ONLY, MENTOR_ONLY, NOTHING }

    static Stream<Arguments> matrix() {
        return Stream.of(
                Arguments.of(DemoPeople.OWNER, Reads.BOTH),
                Arguments.of(DemoPeople.OWNER_AND_MENTOR, Reads.BOTH),
                Arguments.of(DemoPeople.OTHER_MENTOR, Reads.MENTOR_ONLY),
                Arguments.of(DemoPeople.MENTOR, Reads.MENTOR_ONLY),
                Arguments.of(NAKAMURA, Reads.SELF_ONLY),
                Arguments.of(DemoPeople.PARTICIPANT, Reads.NOTHING),
                Arguments.of(DemoPeople.PARTICIPANT2, Reads.NOTHING),
                Arguments.of(DemoPeople.GRADUATE, Reads.NOTHING));
    }

    @ParameterizedTest(name = "{0} reading 中村''s assessments reads {1} of MID")
    @MethodSource("matrix")
    void eachSideReadsTheOtherOnlyOnceBothHaveSubmitted(String user, Reads reads) {
        long rotation = fixtures.idOf(NAKAMURA, "第2期");
        signIn.as(user);
        if (reads == Reads.NOTHING) {
            assertThatThrownBy(() -> assessments.sheet(rotation)).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> growth.participantGrowth(rotation)).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> assessments.saveDraft(rotation, AssessmentPhase.MID, null, ratings.firstAt(2, null)))
                    .isInstanceOf(RecordNotFoundException.class);
            return;
        }
        SkillSheet sheet = assessments.sheet(rotation);
        PhaseSheet start = sheet.phase(AssessmentPhase.START);
        assertThat(start.self()).as("START self, submitted by both").isNotNull();
        assertThat(start.mentor()).as("START mentor, submitted by both").isNotNull();

        PhaseSheet mid = sheet.phase(AssessmentPhase.MID);
        assertThat(mid.selfStatus()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(mid.mentorStatus()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(mid.self() != null).as("reads the participant's MID draft").isEqualTo(reads != Reads.MENTOR_ONLY);
        assertThat(mid.mentor() != null).as("reads the mentors' MID").isEqualTo(reads != Reads.SELF_ONLY);

        // the growth view shows submitted ratings only, and the mentors' MID only to those who read it
        boolean midMentorShown = growth.participantGrowth(rotation).skills().stream()
                .anyMatch(s -> s.level(AssessmentSide.MENTOR, AssessmentPhase.MID) != null);
        assertThat(midMentorShown).isEqualTo(reads != Reads.SELF_ONLY);
        assertThat(growth.participantGrowth(rotation).skills().stream()
                .map(s -> s.level(AssessmentSide.SELF, AssessmentPhase.MID)).filter(Objects::nonNull)).isEmpty();
    }

    @Test
    void theSidesSeeEachOtherOnlyAfterBothSubmitAndASubmissionIsFinal() {
        FreshRotations.Fresh fresh = freshRotationInItsFirstWeek();
        long rotation = fresh.enrollmentId();

        signIn.as(fresh.login());
        assessments.submit(rotation, AssessmentPhase.START, null, ratings.allAt(1));
        assertThat(assessments.sheet(rotation).phase(AssessmentPhase.START).mayWrite()).isFalse();
        assertThatThrownBy(() -> assessments.saveDraft(rotation, AssessmentPhase.START, 1L, ratings.allAt(2)))
                .isInstanceOf(dev.ryugaku.core.shared.InvalidInputException.class);

        signIn.as(DemoPeople.MENTOR);
        PhaseSheet before = assessments.sheet(rotation).phase(AssessmentPhase.START);
        assertThat(before.selfStatus()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(before.self()).as("the participant's ratings before the mentor submits").isNull();
        assertThat(before.mayWrite()).isTrue();
        assessments.saveDraft(rotation, AssessmentPhase.START, null, ratings.allAt(2));

        signIn.as(fresh.login());
        assertThat(assessments.sheet(rotation).phase(AssessmentPhase.START).mentor()).as("the mentor's draft").isNull();
        assertThat(growth.participantGrowth(rotation).skills()).allSatisfy(s ->
                assertThat(s.mentor()).isEmpty());

        signIn.as(DemoPeople.MENTOR);
        long draftVersion = assessments.sheet(rotation).phase(AssessmentPhase.START).mentor().version();
        assessments.submit(rotation, AssessmentPhase.START, draftVersion, ratings.allAt(2));
        assertThat(assessments.sheet(rotation).phase(AssessmentPhase.START).self()).isNotNull();

        signIn.as(fresh.login());
        PhaseSheet after = assessments.sheet(rotation).phase(AssessmentPhase.START);
        assertThat(after.mentor().ratings().values()).allSatisfy(r -> assertThat(r.level()).isEqualTo(2));
        assertThat(growth.participantGrowth(rotation).skills()).extracting(SkillProgress::mentor)
                .allSatisfy(levels -> assertThat(levels).containsEntry(AssessmentPhase.START, 2));
    }

    @Test
    void ownersReadButOnlyTheParticipantAndTheMentorsWrite() {
        FreshRotations.Fresh fresh = freshRotationInItsFirstWeek();
        long rotation = fresh.enrollmentId();
        signIn.as(fresh.login());
        assessments.saveDraft(rotation, AssessmentPhase.START, null, ratings.firstAt(3, "Linuxは業務で使っている"));

        signIn.as(DemoPeople.OWNER);
        SkillSheet sheet = assessments.sheet(rotation);
        assertThat(sheet.writes()).isNull();
        assertThat(sheet.phase(AssessmentPhase.START).self().ratings().values())
                .extracting(r -> r.comment()).containsExactly("Linuxは業務で使っている");
        assertThatThrownBy(() -> assessments.saveDraft(rotation, AssessmentPhase.START, null, ratings.firstAt(1, null)))
                .isInstanceOf(NotPermittedException.class);

        signIn.as(DemoPeople.OTHER_MENTOR);
        assertThatThrownBy(() -> assessments.saveDraft(rotation, AssessmentPhase.START, null, ratings.firstAt(1, null)))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void cohortGrowthIsForOwnersOnly() {
        long cohort = fixtures.cohortId("第1期");
        signIn.as(DemoPeople.MENTOR);
        assertThatThrownBy(() -> growth.cohortAverageGrowth(cohort)).isInstanceOf(NotPermittedException.class);
        signIn.as(DemoPeople.GRADUATE);
        assertThatThrownBy(() -> growth.cohortAverageGrowth(java.util.List.of(cohort))).isInstanceOf(NotPermittedException.class);
        signIn.as(DemoPeople.OWNER_AND_MENTOR);
        assertThat(growth.cohortAverageGrowth(cohort).hasData()).isTrue();
    }

    private FreshRotations.Fresh freshRotationInItsFirstWeek() {
        LocalDate today = LocalDate.now(TOKYO);
        return rotations.active(today.minusDays(5), today.plusDays(150));
    }
}
