package dev.ryugaku.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.checkin.CheckIn;
import dev.ryugaku.core.checkin.CheckInImport;
import dev.ryugaku.core.checkin.CheckInRecord;
import dev.ryugaku.core.checkin.CheckInRepository;
import dev.ryugaku.core.dashboard.CohortKpis;
import dev.ryugaku.core.dashboard.DashboardQueries;
import dev.ryugaku.core.dashboard.DashboardService;
import dev.ryugaku.core.dashboard.FinishedCohortFigures;
import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.enrollment.EnrollmentRepository;
import dev.ryugaku.core.task.TaskDetails;
import dev.ryugaku.core.task.TaskDraft;
import dev.ryugaku.core.task.TaskRepository;
import dev.ryugaku.core.task.TaskService;
import dev.ryugaku.core.task.TaskStatus;
import dev.ryugaku.core.worklog.IncidentRole;
import dev.ryugaku.core.worklog.WorkCategory;
import dev.ryugaku.core.worklog.WorkLogImport;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.enrollment.EnrollmentFixtures;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The figures of a finished cohort (the demo's 第1期) are stored once and stay exact: after every kind
 * of write to its data the dashboard's figures equal a recomputation from the rows, whether they were
 * stored again or not.
 */
@RyugakuTest
class FinishedCohortFiguresTest {

    @Autowired
    FinishedCohortFigures figures;

    @Autowired
    DashboardQueries queries;

    @Autowired
    DashboardService dashboards;

    @Autowired
    TaskService tasks;

    @Autowired
    TaskRepository taskRows;

    @Autowired
    EnrollmentRepository enrollments;

    @Autowired
    CheckInRepository checkIns;

    @Autowired
    CheckInImport checkInImport;

    @Autowired
    WorkLogImport workLogImport;

    @Autowired
    EnrollmentFixtures fixtures;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aFinishedCohortsStoredFiguresEqualARecomputationAfterEveryKindOfWrite() {
        long first = fixtures.cohortId("第1期");
        long second = fixtures.cohortId("第2期");
        figures.storeFinished();
        assertThat(isStored(first)).as("第1期 has finished").isTrue();
        assertThat(isStored(second)).as("第2期 is running").isFalse();
        assertThat(shown(first)).isEqualTo(recomputed(first));

        CohortKpis before = shown(first);
        long task = doneTaskOf(first);
        signIn.as(DemoPeople.OWNER);
        TaskDetails details = tasks.get(task);
        TaskDraft draft = transaction.execute(status -> taskRows.findById(task).orElseThrow().toDraft());
        draft.setCostSavedPerMonth(details.costSavedPerMonth() == null ? new BigDecimal("1000")
                : details.costSavedPerMonth().add(new BigDecimal("1000")));
        tasks.update(task, details.version(), draft);
        SignIn.out();
        assertExactAfterTheWrite(first, "a task's measured impact");
        assertThat(shown(first).costSavedPerMonth()).isEqualByComparingTo(before.costSavedPerMonth().add(new BigDecimal("1000")));

        long heldCheckIn = jdbc.queryForObject("""
                SELECT c.id FROM check_in c JOIN enrollment e ON e.id = c.enrollment_id
                WHERE e.cohort_id = ? AND c.status = 'HELD' ORDER BY c.id LIMIT 1""", Long.class, first);
        transaction.executeWithoutResult(status -> {
            CheckIn checkIn = checkIns.findById(heldCheckIn).orElseThrow();
            int lower = checkIn.getWellBeing() == 1 ? 2 : 1;
            checkInImport.held(checkIn, checkIn.getHeldAt(), new CheckInRecord(3, lower, 3, "記録の訂正", null, null));
        });
        assertExactAfterTheWrite(first, "a check-in's well-being");

        transaction.executeWithoutResult(status -> checkInImport.cancelled(checkIns.findById(heldCheckIn).orElseThrow(),
                "記録の誤り"));
        assertExactAfterTheWrite(first, "a held check-in cancelled");
        assertThat(shown(first).checkInsDue()).isEqualTo(before.checkInsDue() - 1);

        long graduate = fixtures.idOf(DemoPeople.GRADUATE, "第1期");
        transaction.executeWithoutResult(status -> {
            Enrollment rotation = enrollments.require(graduate);
            workLogImport.entry(rotation, rotation.effectiveEnd(), 120, WorkCategory.INCIDENT, IncidentRole.COMMANDER,
                    "振り返りで見つかった記録漏れ");
            workLogImport.totals(rotation, rotation.effectiveEnd(), rotation.effectiveEnd());
        });
        assertExactAfterTheWrite(first, "a work-log entry");
        assertThat(shown(first).loggedMinutes()).isEqualTo(before.loggedMinutes() + 120);

        long moved = doneTaskOf(first);
        signIn.as(DemoPeople.OWNER);
        TaskDetails movedDetails = tasks.get(moved);
        TaskDraft toAnotherCohort = transaction.execute(status -> taskRows.findById(moved).orElseThrow().toDraft());
        toAnotherCohort.setAssigneeEnrollmentId(fixtures.idOf(DemoPeople.PARTICIPANT, "第2期"));
        toAnotherCohort.setReviewerId(null);
        tasks.update(moved, movedDetails.version(), toAnotherCohort);
        SignIn.out();
        assertExactAfterTheWrite(first, "a task moved to another cohort");
        assertThat(shown(first).taskCount()).isEqualTo(before.taskCount() - 1);

        assertThat(isStored(second)).as("a write elsewhere stores nothing").isFalse();
    }

    @Test
    void theDashboardReadsTheStoredFiguresOfTheComparedCohorts() {
        long first = fixtures.cohortId("第1期");
        figures.storeFinished();
        long participants = recomputed(first).participantCount();
        try {
            // only a read of the stored rows can see this
            jdbc.update("UPDATE cohort_figure SET value_a = value_a + 100 WHERE cohort_id = ? AND metric = 'PARTICIPANTS'"
                    + " AND figure_key = 'GRADUATED'", first);
            signIn.as(DemoPeople.OWNER);
            CohortKpis compared = dashboards.dashboard(null).comparison().stream().filter(k -> k.cohortId() == first)
                    .findFirst().orElseThrow();
            assertThat(compared.participantCount()).isEqualTo(participants + 100);
        } finally {
            jdbc.update("DELETE FROM cohort_figures_stored WHERE cohort_id = ?", first);
        }
        assertThat(shown(first).participantCount()).as("without the mark, computed again").isEqualTo(participants);
    }

    /** The write dropped the stored figures, the computed ones are exact, and storing them again changes nothing shown. */
    private void assertExactAfterTheWrite(long cohort, String write) {
        assertThat(isStored(cohort)).as("stored figures dropped by " + write).isFalse();
        CohortKpis computed = shown(cohort);
        assertThat(computed).as("after " + write).isEqualTo(recomputed(cohort));
        assertThat(figures.storeFinished()).as("stored again after " + write).contains(cohort);
        assertThat(shown(cohort)).as("stored again after " + write).isEqualTo(computed);
    }

    private long doneTaskOf(long cohort) {
        return jdbc.queryForObject("SELECT id FROM improvement_task WHERE cohort_id = ? AND status = ? ORDER BY id LIMIT 1",
                Long.class, cohort, TaskStatus.DONE.name());
    }

    private boolean isStored(long cohort) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM cohort_figures_stored WHERE cohort_id = ?", Long.class, cohort) == 1;
    }

    /** The figures the dashboard shows: stored if the cohort has them. */
    private CohortKpis shown(long cohort) {
        return transaction.execute(status -> kpis(cohort));
    }

    /** The figures computed from the rows as they are now: the mark is removed in a transaction rolled back. */
    private CohortKpis recomputed(long cohort) {
        return transaction.execute(status -> {
            status.setRollbackOnly();
            jdbc.update("DELETE FROM cohort_figures_stored WHERE cohort_id = ?", cohort);
            return kpis(cohort);
        });
    }

    private CohortKpis kpis(long cohort) {
        return CohortKpis.of(cohort, "", null, null, queries.cohortKpis(List.of(cohort), Instant.now()));
    }
}
