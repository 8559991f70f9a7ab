package dev.ryugaku.persistence.retrospective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ryugaku.core.cohort.Cohort;
import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.enrollment.EnrollmentStatus;
import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.people.Team;
import dev.ryugaku.core.people.TeamKind;
import dev.ryugaku.core.retrospective.BroughtBackKind;
import dev.ryugaku.core.retrospective.CohortResponses;
import dev.ryugaku.core.retrospective.FeedbackQueries;
import dev.ryugaku.core.retrospective.FollowUpItemRow;
import dev.ryugaku.core.retrospective.FollowUpText;
import dev.ryugaku.core.retrospective.OnCallReadiness;
import dev.ryugaku.core.retrospective.ReadinessCount;
import dev.ryugaku.core.retrospective.RetrospectiveAnswer;
import dev.ryugaku.core.retrospective.ScoreCount;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.persistence.PersistenceTestApplication;
import dev.ryugaku.persistence.TestData;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

/**
 * The program feedback's queries against the real database. Only running and graduated rotations
 * of cohorts that were not cancelled count, and only submitted answers.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
@Transactional
class FeedbackQueriesTest {

    private static final Instant WRITTEN = Instant.parse("2026-10-05T03:00:00Z");

    @Autowired
    EntityManager em;

    @Autowired
    FeedbackQueries feedback;

    Person mentor;
    Cohort spring;
    Cohort autumn;
    Cohort cancelled;
    Enrollment graduated;
    Enrollment alsoGraduated;
    Enrollment running;
    Enrollment withdrawn;
    Enrollment ofCancelled;

    @BeforeEach
    void threeCohorts() {
        Team host = TestData.team(em, TeamKind.SRE);
        mentor = TestData.person(em, Role.MENTOR);
        spring = TestData.cohort(em, "春 " + UUID.randomUUID(), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 30), host);
        autumn = TestData.cohort(em, "秋 " + UUID.randomUUID(), LocalDate.of(2026, 10, 1), LocalDate.of(2027, 3, 31), host);
        cancelled = TestData.cohort(em, "中止 " + UUID.randomUUID(), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31), host);
        graduated = rotation(spring, EnrollmentStatus.GRADUATED);
        alsoGraduated = rotation(spring, EnrollmentStatus.GRADUATED);
        running = rotation(spring, EnrollmentStatus.ACTIVE);
        withdrawn = rotation(spring, EnrollmentStatus.WITHDRAWN);
        rotation(autumn, EnrollmentStatus.ACTIVE);
        ofCancelled = rotation(cancelled, EnrollmentStatus.GRADUATED);
        em.flush();
        em.createNativeQuery("UPDATE cohort SET state = 'CANCELLED' WHERE id = :id").setParameter("id", cancelled.getId())
                .executeUpdate();
    }

    private Enrollment rotation(Cohort cohort, EnrollmentStatus status) {
        return TestData.enroll(em, TestData.person(em, Role.PARTICIPANT), cohort, mentor, status);
    }

    private void retrospective(Enrollment rotation, String status, Integer score, String learned) {
        em.createNativeQuery("INSERT INTO retrospective (enrollment_id, learned, keep_text, recommend_score, status, updated_at)"
                        + " VALUES (:e, :learned, '毎週の1on1', :score, :status, :at)")
                .setParameter("e", rotation.getId()).setParameter("learned", learned).setParameter("score", score)
                .setParameter("status", status).setParameter("at", WRITTEN).executeUpdate();
    }

    private void evaluation(Enrollment rotation, String status, OnCallReadiness readiness) {
        em.createNativeQuery("INSERT INTO final_evaluation (enrollment_id, written_by, readiness, status, updated_at)"
                        + " VALUES (:e, :mentor, :readiness, :status, :at)")
                .setParameter("e", rotation.getId()).setParameter("mentor", mentor.getId())
                .setParameter("readiness", readiness.name()).setParameter("status", status).setParameter("at", WRITTEN)
                .executeUpdate();
    }

    private long followUp(Enrollment rotation, String status, String changedWork) {
        em.createNativeQuery("INSERT INTO follow_up (enrollment_id, changed_work, status, updated_at) VALUES (:e, :w, :s, :at)")
                .setParameter("e", rotation.getId()).setParameter("w", changedWork).setParameter("s", status)
                .setParameter("at", WRITTEN).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT id FROM follow_up WHERE enrollment_id = :e")
                .setParameter("e", rotation.getId()).getSingleResult()).longValue();
    }

    private void item(long followUpId, int position, BroughtBackKind kind, String title) {
        em.createNativeQuery("INSERT INTO follow_up_item (follow_up_id, position, kind, title) VALUES (:f, :p, :k, :t)")
                .setParameter("f", followUpId).setParameter("p", position).setParameter("k", kind.name())
                .setParameter("t", title).executeUpdate();
    }

    /** Two graduates submitted a 9, the running rotation has a draft, the withdrawn one submitted a 0. */
    private void springRetrospectives() {
        retrospective(graduated, "SUBMITTED", 9, "学んだ");
        retrospective(alsoGraduated, "SUBMITTED", 9, "学んだ");
        retrospective(running, "DRAFT", 3, null);
        retrospective(withdrawn, "SUBMITTED", 0, "途中で離れた");
    }

    private List<CohortResponses> ours(Long preferred) {
        Set<Long> ids = Set.of(spring.getId(), autumn.getId(), cancelled.getId());
        return feedback.responses(preferred, PageRequest.of(0, 500)).stream().filter(row -> ids.contains(row.cohortId())).toList();
    }

    @Test
    void responsesCountSubmittedAnswersOfRunningAndGraduatedRotations() {
        springRetrospectives();
        evaluation(graduated, "SUBMITTED", OnCallReadiness.READY);
        evaluation(running, "DRAFT", OnCallReadiness.READY);
        followUp(graduated, "SUBMITTED", "手順書を書くようになった");
        followUp(alsoGraduated, "DRAFT", null);

        assertThat(feedback.responsesOf(spring.getId())).contains(new CohortResponses(spring.getId(), spring.getName(),
                spring.getStartDate(), spring.getEndDate(), 3, 2, 2, 1, 1));
        assertThat(feedback.responsesOf(autumn.getId())).as("a cohort without answers counts zeros").contains(
                new CohortResponses(autumn.getId(), autumn.getName(), autumn.getStartDate(), autumn.getEndDate(), 1, 0, 0, 0, 0));
        assertThat(feedback.responsesOf(cancelled.getId())).isEmpty();
    }

    @Test
    void thePreferredCohortComesFirstThenTheLatestAndCancelledOnesNever() {
        assertThat(ours(null)).extracting(CohortResponses::cohortId).containsExactly(autumn.getId(), spring.getId());
        assertThat(ours(spring.getId())).extracting(CohortResponses::cohortId).containsExactly(spring.getId(), autumn.getId());
        assertThat(ours(cancelled.getId())).extracting(CohortResponses::cohortId).containsExactly(autumn.getId(), spring.getId());
    }

    @Test
    void scoresAndReadinessAreCountedPerCohortFromSubmissionsOnly() {
        springRetrospectives();
        retrospective(ofCancelled, "SUBMITTED", 10, "学んだ");
        evaluation(graduated, "SUBMITTED", OnCallReadiness.READY);
        evaluation(alsoGraduated, "SUBMITTED", OnCallReadiness.WITH_SUPPORT);
        evaluation(running, "DRAFT", OnCallReadiness.NOT_YET);

        List<Long> cohorts = List.of(spring.getId(), autumn.getId(), cancelled.getId());
        assertThat(feedback.recommendCounts(cohorts)).containsExactly(new ScoreCount(spring.getId(), 9, 2));
        assertThat(feedback.readinessCounts(cohorts)).containsExactlyInAnyOrder(
                new ReadinessCount(spring.getId(), OnCallReadiness.READY, 1),
                new ReadinessCount(spring.getId(), OnCallReadiness.WITH_SUPPORT, 1));
    }

    @Test
    void answersAndFollowUpsAreReadInTheOrderWrittenWithFourByteTextKept() {
        retrospective(graduated, "SUBMITTED", 9, "🍣 と 𩸽 を覚えた");
        retrospective(alsoGraduated, "SUBMITTED", 8, "障害対応");
        retrospective(running, "DRAFT", 3, "下書き");
        long followUp = followUp(graduated, "SUBMITTED", "アラートを𠮷田さんと見直した");
        item(followUp, 1, BroughtBackKind.ALERT, "ディスク警告");
        item(followUp, 0, BroughtBackKind.RUNBOOK, "復旧手順 📘");

        assertThat(feedback.retrospectiveAnswers(spring.getId(), PageRequest.of(0, 10)))
                .extracting(RetrospectiveAnswer::learned, RetrospectiveAnswer::keep)
                .containsExactly(tuple("🍣 と 𩸽 を覚えた", "毎週の1on1"), tuple("障害対応", "毎週の1on1"));
        assertThat(feedback.retrospectiveAnswers(spring.getId(), PageRequest.of(0, 1))).hasSize(1);
        assertThat(feedback.followUpTexts(spring.getId(), PageRequest.of(0, 10)))
                .containsExactly(new FollowUpText(followUp, "アラートを𠮷田さんと見直した"));
        assertThat(feedback.followUpItems(List.of(followUp))).containsExactly(
                new FollowUpItemRow(followUp, BroughtBackKind.RUNBOOK, "復旧手順 📘", null),
                new FollowUpItemRow(followUp, BroughtBackKind.ALERT, "ディスク警告", null));
    }
}
