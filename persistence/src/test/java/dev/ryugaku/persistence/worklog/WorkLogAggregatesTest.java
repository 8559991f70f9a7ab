package dev.ryugaku.persistence.worklog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ryugaku.core.cohort.Cohort;
import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.enrollment.EnrollmentStatus;
import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.people.TeamKind;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.worklog.ExportRow;
import dev.ryugaku.core.worklog.IncidentLadder;
import dev.ryugaku.core.worklog.IncidentRole;
import dev.ryugaku.core.worklog.ToilFlag;
import dev.ryugaku.core.worklog.UnreviewedWeek;
import dev.ryugaku.core.worklog.WeekCategoryMinutes;
import dev.ryugaku.core.worklog.WorkCategory;
import dev.ryugaku.core.worklog.WorkLogImport;
import dev.ryugaku.core.worklog.WorkLogRepository;
import dev.ryugaku.persistence.PersistenceTestApplication;
import dev.ryugaku.persistence.TestData;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/** The work log's hand-written SQL against the real database, each query with a few exact entries. */
@SpringBootTest(classes = PersistenceTestApplication.class)
@Transactional
class WorkLogAggregatesTest {

    /** A Monday; the week before it ends on Sunday the 15th. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    private static final LocalDate SUNDAY = MONDAY.plusDays(6);
    private static final LocalDate NEXT_MONDAY = MONDAY.plusWeeks(1);

    @Autowired
    EntityManager em;

    @Autowired
    WorkLogRepository log;

    Cohort cohort;
    Person mentor;
    Enrollment hanako;
    Enrollment taro;

    @BeforeEach
    void twoRotationsOfOneCohort() {
        mentor = TestData.person(em, Role.MENTOR);
        cohort = TestData.cohort(em, "期 " + UUID.randomUUID(), LocalDate.of(2026, 10, 1), LocalDate.of(2027, 3, 31),
                TestData.team(em, TeamKind.SRE));
        hanako = TestData.enroll(em, TestData.named(em, "佐藤 花子", Role.PARTICIPANT), cohort, mentor, EnrollmentStatus.ACTIVE);
        taro = TestData.enroll(em, TestData.named(em, "鈴木 太郎", Role.PARTICIPANT), cohort, mentor, EnrollmentStatus.ACTIVE);
    }

    /** An entry as the demo program records it: the category's own toil flag, no task. */
    private void entry(Enrollment rotation, LocalDate day, int minutes, WorkCategory category, IncidentRole role,
                       String note) {
        new WorkLogImport(log).entry(rotation, day, minutes, category, role, note);
    }

    private void entry(Enrollment rotation, LocalDate day, int minutes, WorkCategory category) {
        entry(rotation, day, minutes, category, null, null);
    }

    private void reviewed(Enrollment rotation, LocalDate weekStart) {
        em.createNativeQuery("INSERT INTO work_week_review (enrollment_id, week_start, reviewed_by, reviewed_at)"
                        + " VALUES (:enrollment, :week, :mentor, :at)")
                .setParameter("enrollment", rotation.getId()).setParameter("week", weekStart)
                .setParameter("mentor", mentor.getId()).setParameter("at", Instant.parse("2026-11-24T00:00:00Z"))
                .executeUpdate();
    }

    @Test
    void minutesAddUpPerIsoWeekCategoryAndToilFromMondayToSunday() {
        entry(hanako, MONDAY, 60, WorkCategory.REVIEW);
        entry(hanako, SUNDAY, 30, WorkCategory.REVIEW);
        entry(hanako, SUNDAY, 45, WorkCategory.REQUEST);
        entry(hanako, NEXT_MONDAY, 15, WorkCategory.REVIEW);
        entry(taro, MONDAY, 999, WorkCategory.REVIEW);
        em.flush();

        assertThat(log.weeklyMinutes(hanako.getId())).containsExactlyInAnyOrder(
                new WeekCategoryMinutes(MONDAY, WorkCategory.REVIEW, false, 90),
                new WeekCategoryMinutes(MONDAY, WorkCategory.REQUEST, true, 45),
                new WeekCategoryMinutes(NEXT_MONDAY, WorkCategory.REVIEW, false, 15));
        assertThat(log.weeklyMinutes(hanako.getId())).extracting(WeekCategoryMinutes::weekStart).isSorted();
    }

    @Test
    void aRotationWithoutEntriesHasNoWeeks() {
        assertThat(log.weeklyMinutes(hanako.getId())).isEmpty();
        assertThat(log.ladder(hanako.getId())).isEmpty();
        assertThat(log.exportRows(hanako.getId(), null)).isEmpty();
    }

    @Test
    void theLadderCountsDistinctDaysPerRoleFromTheFirstDayReached() {
        entry(hanako, MONDAY, 30, WorkCategory.ON_CALL, IncidentRole.OBSERVER, null);
        entry(hanako, MONDAY, 90, WorkCategory.INCIDENT, IncidentRole.OBSERVER, null);
        entry(hanako, SUNDAY, 60, WorkCategory.INCIDENT, IncidentRole.OBSERVER, null);
        entry(hanako, NEXT_MONDAY, 60, WorkCategory.INCIDENT, IncidentRole.SHADOW, null);
        entry(hanako, NEXT_MONDAY, 60, WorkCategory.REVIEW);
        em.flush();

        assertThat(log.ladder(hanako.getId())).containsExactlyInAnyOrder(
                new IncidentLadder.Rung(IncidentRole.OBSERVER, 2, MONDAY),
                new IncidentLadder.Rung(IncidentRole.SHADOW, 1, NEXT_MONDAY));
    }

    @Test
    void unreviewedWeeksAreThePastWeeksWithEntriesAndNoReviewByWeekThenName() {
        entry(hanako, MONDAY.minusWeeks(1), 60, WorkCategory.REVIEW);
        entry(hanako, MONDAY, 60, WorkCategory.REVIEW);
        entry(hanako, SUNDAY, 30, WorkCategory.REQUEST);
        entry(taro, MONDAY, 20, WorkCategory.LEARNING);
        entry(taro, NEXT_MONDAY, 20, WorkCategory.LEARNING);
        reviewed(hanako, MONDAY.minusWeeks(1));
        em.flush();

        assertThat(log.unreviewedWeeks(List.of(hanako.getId(), taro.getId()), NEXT_MONDAY)).containsExactly(
                new UnreviewedWeek(hanako.getId(), "佐藤 花子", MONDAY, 90),
                new UnreviewedWeek(taro.getId(), "鈴木 太郎", MONDAY, 20));
        assertThat(log.unreviewedWeeks(List.of(hanako.getId()), MONDAY.plusDays(1)))
                .as("entries on or after the day given are left out").containsExactly(
                        new UnreviewedWeek(hanako.getId(), "佐藤 花子", MONDAY, 60));
    }

    @Test
    void weekTotalsAreRecomputedFromTheEntriesAndOnlyWeeksAboveHalfToilAreFlagged() {
        entry(hanako, MONDAY, 60, WorkCategory.REQUEST);
        entry(hanako, MONDAY, 60, WorkCategory.REVIEW);
        entry(hanako, NEXT_MONDAY, 61, WorkCategory.REQUEST);
        entry(hanako, NEXT_MONDAY.plusDays(1), 59, WorkCategory.REVIEW);
        entry(taro, MONDAY, 10, WorkCategory.REQUEST);
        log.refreshWeekTotals(hanako.getId(), MONDAY, NEXT_MONDAY);
        log.refreshWeekTotals(taro.getId(), MONDAY, MONDAY);

        assertThat(log.weeksOverToilCap(List.of(hanako.getId(), taro.getId()))).as("exactly half is not over the cap")
                .containsExactly(new ToilFlag(hanako.getId(), NEXT_MONDAY, 51), new ToilFlag(taro.getId(), MONDAY, 100));

        em.createNativeQuery("DELETE FROM work_log_entry WHERE enrollment_id = :id AND work_date = :day")
                .setParameter("id", hanako.getId()).setParameter("day", NEXT_MONDAY).executeUpdate();
        log.refreshWeekTotals(hanako.getId(), NEXT_MONDAY, NEXT_MONDAY);
        assertThat(log.weeksOverToilCap(List.of(hanako.getId()))).isEmpty();
        assertThat(em.createNativeQuery("SELECT minutes FROM work_week_total WHERE enrollment_id = :id ORDER BY week_start")
                .setParameter("id", hanako.getId()).getResultList()).extracting(n -> ((Number) n).intValue())
                .containsExactly(120, 59);
    }

    @Test
    void theExportKeepsFourByteTextAndSortsByPersonThenDate() {
        entry(taro, MONDAY, 30, WorkCategory.OTHER, null, "𩸽の干物 🍣");
        entry(hanako, SUNDAY, 45, WorkCategory.INCIDENT, IncidentRole.RESPONDER, "障害対応");
        entry(hanako, MONDAY, 15, WorkCategory.REVIEW);
        em.flush();
        em.clear();

        List<ExportRow> rows = log.exportRows(null, cohort.getId());
        assertThat(rows).extracting(ExportRow::personName, ExportRow::date)
                .containsExactly(tuple("佐藤 花子", MONDAY),
                        tuple("佐藤 花子", SUNDAY),
                        tuple("鈴木 太郎", MONDAY));
        assertThat(rows.get(1)).isEqualTo(new ExportRow(cohort.getName(), "佐藤 花子", SUNDAY, WorkCategory.INCIDENT, 45,
                true, IncidentRole.RESPONDER, null, "障害対応"));
        assertThat(rows.get(2).note()).isEqualTo("𩸽の干物 🍣");
        assertThat(log.exportRows(taro.getId(), null)).extracting(ExportRow::personName).containsExactly("鈴木 太郎");
    }
}
