package dev.ryugaku.persistence.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.checkin.AttentionSignals;
import dev.ryugaku.core.checkin.AttentionSignals.Rotation;
import dev.ryugaku.core.checkin.AttentionSignals.Signal;
import dev.ryugaku.core.checkin.AttentionSignals.SignalKind;
import dev.ryugaku.core.checkin.CheckInStatus;
import dev.ryugaku.core.cohort.Cohort;
import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.enrollment.EnrollmentStatus;
import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.people.Team;
import dev.ryugaku.core.people.TeamKind;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.task.ImprovementTask;
import dev.ryugaku.core.task.TaskCategory;
import dev.ryugaku.core.task.TaskDraft;
import dev.ryugaku.core.task.TaskRisk;
import dev.ryugaku.core.task.TaskStatus;
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
import org.springframework.transaction.annotation.Transactional;

/** The attention queue's two queries against the real database. */
@SpringBootTest(classes = PersistenceTestApplication.class)
@Transactional
class AttentionSignalsTest {

    private static final Instant NOW = Instant.parse("2026-11-20T01:00:00Z");
    private static final LocalDate WEEK = LocalDate.of(2026, 11, 9);

    @Autowired
    EntityManager em;

    @Autowired
    AttentionSignals attention;

    Person sato;
    Person suzuki;
    Enrollment takahashi;
    Enrollment aoki;
    Set<Long> ours;

    @BeforeEach
    void rotationsOfTwoMentors() {
        Team host = TestData.team(em, TeamKind.SRE);
        Cohort running = TestData.cohort(em, "期 " + UUID.randomUUID(), LocalDate.of(2026, 10, 1), LocalDate.of(2027, 3, 31), host);
        Cohort cancelled = TestData.cohort(em, "中止 " + UUID.randomUUID(), LocalDate.of(2026, 10, 1), LocalDate.of(2027, 3, 31),
                host);
        sato = TestData.named(em, "佐藤", Role.MENTOR);
        suzuki = TestData.named(em, "鈴木", Role.MENTOR);
        takahashi = rotation(running, "高橋", sato, null, EnrollmentStatus.ACTIVE);
        aoki = rotation(running, "青木", suzuki, sato, EnrollmentStatus.ACTIVE);
        Enrollment withdrawn = rotation(running, "井上", sato, null, EnrollmentStatus.WITHDRAWN);
        Enrollment ofCancelled = rotation(cancelled, "上田", sato, null, EnrollmentStatus.ACTIVE);
        ours = Set.of(takahashi.getId(), aoki.getId(), withdrawn.getId(), ofCancelled.getId());
        em.flush();
        em.createNativeQuery("UPDATE cohort SET state = 'CANCELLED' WHERE id = :id").setParameter("id", cancelled.getId())
                .executeUpdate();
    }

    private Enrollment rotation(Cohort cohort, String name, Person mentor, Person secondMentor, EnrollmentStatus status) {
        Enrollment enrollment = new Enrollment(TestData.named(em, name, Role.PARTICIPANT), cohort, null, mentor, secondMentor,
                null, status);
        em.persist(enrollment);
        return enrollment;
    }

    private List<Long> rotationsOf(Long mentorId) {
        return attention.activeRotations(mentorId).stream().map(Rotation::enrollmentId).filter(ours::contains).toList();
    }


    private void actionItem(Enrollment rotation, long checkIn, LocalDate due, Instant doneAt) {
        em.createNativeQuery("INSERT INTO action_item (enrollment_id, check_in_id, text, owner, due_date, created_at, done_at)"
                        + " VALUES (:e, :c, '手順書を直す', 'PARTICIPANT', :due, :at, :done)")
                .setParameter("e", rotation.getId()).setParameter("c", checkIn).setParameter("due", due)
                .setParameter("at", NOW.minusSeconds(86_400 * 7)).setParameter("done", doneAt).executeUpdate();
    }

    private void task(Enrollment rotation, TaskRisk risk, TaskStatus status, String preMortem) {
        TaskDraft draft = new TaskDraft();
        draft.setTitle("タスク");
        draft.setCategory(TaskCategory.MONITORING);
        draft.setRisk(risk);
        ImprovementTask task = new ImprovementTask(draft, status, rotation.getCohort(), rotation, sato, sato, NOW);
        em.persist(task);
        em.flush();
        if (preMortem != null) {
            em.createNativeQuery("INSERT INTO pre_mortem (task_id, failure_scenario, root_causes, prevention,"
                            + " rollback_procedure, status, author_id) VALUES (:t, 'a', 'b', 'c', 'd', :s, :author)")
                    .setParameter("t", task.getId()).setParameter("s", preMortem).setParameter("author", sato.getId())
                    .executeUpdate();
        }
    }

    private void weekTotal(Enrollment rotation, LocalDate week, int minutes, int toil) {
        em.createNativeQuery("INSERT INTO work_week_total (enrollment_id, week_start, minutes, toil_minutes, observer_days,"
                        + " shadow_days, responder_days, commander_days) VALUES (:e, :w, :m, :t, 0, 0, 0, 0)")
                .setParameter("e", rotation.getId()).setParameter("w", week).setParameter("m", minutes).setParameter("t", toil)
                .executeUpdate();
    }

    @Test
    void activeRotationsOfCohortsNotCancelledByMentorNameThenParticipantName() {
        assertThat(rotationsOf(null)).containsExactly(takahashi.getId(), aoki.getId());
        assertThat(rotationsOf(sato.getId())).as("primary or secondary mentor").containsExactly(takahashi.getId(), aoki.getId());
        assertThat(rotationsOf(suzuki.getId())).containsExactly(aoki.getId());
        assertThat(attention.activeRotations(suzuki.getId())).containsExactly(
                new Rotation(aoki.getId(), "青木", suzuki.getId(), "鈴木", aoki.getCohort().getName()));
    }

    @Test
    void signalsArePastCheckInsOpenActionItemsRiskyTasksAndToilWeeksAboveTheCap() {
        Instant held = NOW.minusSeconds(3600);
        long heldCheckIn = TestData.checkIn(em, takahashi, held, CheckInStatus.HELD, 4);
        TestData.checkIn(em, takahashi, NOW, CheckInStatus.SCHEDULED, null);
        TestData.checkIn(em, aoki, NOW.minusSeconds(86_400 * 2), CheckInStatus.MISSED, null);
        actionItem(takahashi, heldCheckIn, LocalDate.of(2026, 11, 18), null);
        actionItem(takahashi, heldCheckIn, LocalDate.of(2026, 11, 1), NOW.minusSeconds(60));
        task(takahashi, TaskRisk.HIGH, TaskStatus.READY, null);
        task(takahashi, TaskRisk.HIGH, TaskStatus.READY, "SUBMITTED");
        task(takahashi, TaskRisk.HIGH, TaskStatus.IN_PROGRESS, "APPROVED");
        task(takahashi, TaskRisk.HIGH, TaskStatus.DONE, null);
        task(takahashi, TaskRisk.LOW, TaskStatus.READY, null);
        weekTotal(aoki, WEEK.minusWeeks(1), 100, 100);
        weekTotal(aoki, WEEK, 200, 101);
        weekTotal(aoki, WEEK.plusWeeks(1), 100, 50);

        assertThat(attention.signals(List.of(takahashi.getId(), aoki.getId()), NOW, WEEK)).containsExactlyInAnyOrder(
                new Signal(takahashi.getId(), SignalKind.CHECK_IN, held, CheckInStatus.HELD, 4, null),
                new Signal(aoki.getId(), SignalKind.CHECK_IN, NOW.minusSeconds(86_400 * 2), CheckInStatus.MISSED, null, null),
                new Signal(takahashi.getId(), SignalKind.OPEN_ACTION_ITEM, null, null, null, LocalDate.of(2026, 11, 18)),
                new Signal(takahashi.getId(), SignalKind.RISKY_TASKS, null, null, 2, null),
                new Signal(aoki.getId(), SignalKind.TOIL_WEEK, null, null, 51, WEEK));
        assertThat(attention.signals(List.of(aoki.getId()), NOW, null)).as("without a start every toil week counts")
                .filteredOn(signal -> signal.kind() == SignalKind.TOIL_WEEK).extracting(Signal::date)
                .containsExactlyInAnyOrder(WEEK.minusWeeks(1), WEEK);
    }
}
