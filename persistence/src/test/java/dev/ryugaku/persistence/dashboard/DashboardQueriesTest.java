package dev.ryugaku.persistence.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ryugaku.core.checkin.CheckInStatus;
import dev.ryugaku.core.cohort.Cohort;
import dev.ryugaku.core.dashboard.DashboardQueries;
import dev.ryugaku.core.dashboard.DashboardQueries.HomeTeamTime;
import dev.ryugaku.core.dashboard.DashboardQueries.MentorLoadRow;
import dev.ryugaku.core.dashboard.KpiRow;
import dev.ryugaku.core.dashboard.WeekPoint;
import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.enrollment.EnrollmentStatus;
import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.people.Team;
import dev.ryugaku.core.people.TeamKind;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.task.ImprovementTask;
import dev.ryugaku.core.task.TaskCategory;
import dev.ryugaku.core.task.TaskDraft;
import dev.ryugaku.core.task.TaskStatus;
import dev.ryugaku.persistence.PersistenceTestApplication;
import dev.ryugaku.persistence.TestData;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's SQL against the real database. One weekly cohort of the last quarter of 2026
 * (92 days) with five rotations, and a biweekly cohort after it with one.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
@Transactional
class DashboardQueriesTest {

    private static final Instant NOW = Instant.parse("2026-11-20T00:00:00Z");
    /** Monday 16 November 2026 and the Monday after. */
    private static final LocalDate WEEK = LocalDate.of(2026, 11, 16);
    private static final LocalDate NEXT_WEEK = WEEK.plusWeeks(1);
    private static final int TOKYO = ZoneId.of("Asia/Tokyo").getRules().getOffset(NOW).getTotalSeconds();

    @Autowired
    EntityManager em;

    @Autowired
    DashboardQueries dashboard;

    Cohort autumn;
    Cohort winter;
    Person sato;
    Person suzuki;
    Person tanaka;
    Person idle;
    Enrollment aoi;
    Enrollment ken;
    Enrollment mio;

    @BeforeEach
    void twoCohorts() {
        Team host = TestData.team(em, TeamKind.SRE);
        Team payments = new Team("決済チーム " + UUID.randomUUID(), TeamKind.PRODUCT);
        Team search = new Team("検索チーム " + UUID.randomUUID(), TeamKind.PRODUCT);
        em.persist(payments);
        em.persist(search);
        autumn = TestData.cohort(em, "秋 " + UUID.randomUUID(), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), host);
        winter = TestData.cohort(em, "冬 " + UUID.randomUUID(), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31), host);
        sato = TestData.named(em, "佐藤", Role.MENTOR);
        suzuki = TestData.named(em, "鈴木", Role.MENTOR);
        tanaka = TestData.named(em, "田中", Role.MENTOR);
        idle = TestData.named(em, "伊藤", Role.MENTOR);
        Person retired = TestData.named(em, "渡辺", Role.MENTOR);
        retired.deactivate();

        aoi = rotation(autumn, payments, sato, null, EnrollmentStatus.ACTIVE);
        ken = rotation(autumn, payments, sato, null, EnrollmentStatus.ACTIVE);
        rotation(autumn, search, suzuki, null, EnrollmentStatus.WITHDRAWN);
        mio = rotation(autumn, null, suzuki, sato, EnrollmentStatus.ACTIVE);
        rotation(autumn, search, tanaka, null, EnrollmentStatus.ACTIVE);
        rotation(winter, null, tanaka, null, EnrollmentStatus.ACTIVE);
        em.flush();
        em.createNativeQuery("UPDATE enrollment SET end_date = '2026-11-30' WHERE id = :id")
                .setParameter("id", ken.getId()).executeUpdate();
        em.createNativeQuery("UPDATE cohort SET cadence = 'BIWEEKLY' WHERE id = :id")
                .setParameter("id", winter.getId()).executeUpdate();
    }

    private Enrollment rotation(Cohort cohort, Team home, Person mentor, Person secondMentor, EnrollmentStatus status) {
        Enrollment enrollment = new Enrollment(TestData.person(em, Role.PARTICIPANT), cohort, home, mentor, secondMentor,
                null, status);
        em.persist(enrollment);
        return enrollment;
    }


    private void weekTotal(Enrollment rotation, LocalDate week, int minutes, int toil, int observer, int shadow,
                           int responder) {
        em.createNativeQuery("INSERT INTO work_week_total (enrollment_id, week_start, minutes, toil_minutes, observer_days,"
                        + " shadow_days, responder_days, commander_days) VALUES (:e, :w, :m, :t, :o, :s, :r, 0)")
                .setParameter("e", rotation.getId()).setParameter("w", week).setParameter("m", minutes)
                .setParameter("t", toil).setParameter("o", observer).setParameter("s", shadow).setParameter("r", responder)
                .executeUpdate();
    }

    private void task(TaskCategory category, TaskStatus status, String costSaved, String toilHoursSaved) {
        TaskDraft draft = new TaskDraft();
        draft.setTitle("タスク");
        draft.setCategory(category);
        draft.setCostSavedPerMonth(costSaved == null ? null : new BigDecimal(costSaved));
        draft.setToilHoursSavedPerMonth(toilHoursSaved == null ? null : new BigDecimal(toilHoursSaved));
        em.persist(new ImprovementTask(draft, status, autumn, aoi, null, sato, NOW));
    }

    /** "METRIC:key" → "first/second", numbers without trailing zeros. */
    private Map<String, String> kpis(List<Long> cohortIds) {
        Map<String, String> figures = new TreeMap<>();
        for (KpiRow row : dashboard.cohortKpis(cohortIds, NOW)) {
            String cohort = row.cohortId() == autumn.getId() ? "autumn" : "winter";
            figures.put(cohort + " " + row.metric() + ":" + row.key(), plain(row.first()) + "/" + plain(row.second()));
        }
        return figures;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }

    @Test
    void eachMetricIsCountedPerCohortInOneQuery() {
        task(TaskCategory.MONITORING, TaskStatus.DONE, "1000.50", "3");
        task(TaskCategory.MONITORING, TaskStatus.DONE, "200", null);
        task(TaskCategory.COST, TaskStatus.BACKLOG, "999", "9");
        TestData.checkIn(em, aoi, NOW.minusSeconds(3600), CheckInStatus.HELD, 2);
        TestData.checkIn(em, ken, NOW.minusSeconds(7200), CheckInStatus.HELD, 5);
        TestData.checkIn(em, mio, NOW.minusSeconds(7200), CheckInStatus.MISSED, null);
        TestData.checkIn(em, mio, NOW.minusSeconds(3600), CheckInStatus.CANCELLED, null);
        TestData.checkIn(em, aoi, NOW.plusSeconds(60), CheckInStatus.SCHEDULED, null);
        weekTotal(aoi, WEEK, 600, 300, 2, 1, 0);
        weekTotal(ken, WEEK, 100, 0, 0, 0, 1);

        assertThat(kpis(List.of(autumn.getId(), winter.getId()))).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("autumn PARTICIPANTS:ACTIVE", "4/-"),
                Map.entry("autumn PARTICIPANTS:WITHDRAWN", "1/-"),
                Map.entry("winter PARTICIPANTS:ACTIVE", "1/-"),
                Map.entry("autumn TASK_STATUS:DONE", "2/-"),
                Map.entry("autumn TASK_STATUS:BACKLOG", "1/-"),
                Map.entry("autumn TASK_CATEGORY:MONITORING", "2/-"),
                Map.entry("autumn TASK_CATEGORY:COST", "1/-"),
                Map.entry("autumn IMPACT:", "1200.5/3"),
                Map.entry("autumn CHECK_INS:", "2/3"),
                Map.entry("autumn WELL_BEING:", "7/2"),
                Map.entry("autumn LADDER:OBSERVER/SHADOW", "1/1"),
                Map.entry("autumn LADDER:RESPONDER/COMMANDER", "1/0"),
                Map.entry("autumn TOIL:", "300/700")));
    }

    @Test
    void aCohortWithoutTasksCheckInsOrLoggedTimeHasOnlyItsParticipants() {
        assertThat(kpis(List.of(winter.getId()))).containsExactlyEntriesOf(Map.of("winter PARTICIPANTS:ACTIVE", "1/-"));
    }

    @Test
    void weeksFollowTheViewersZoneSoAMondayMorningInTokyoStartsTheNextWeek() {
        TestData.checkIn(em, aoi, Instant.parse("2026-11-16T00:00:00Z"), CheckInStatus.HELD, 3);
        TestData.checkIn(em, ken, Instant.parse("2026-11-22T14:30:00Z"), CheckInStatus.HELD, 2);
        TestData.checkIn(em, mio, Instant.parse("2026-11-22T15:30:00Z"), CheckInStatus.HELD, 4);
        TestData.checkIn(em, mio, Instant.parse("2026-11-17T00:00:00Z"), CheckInStatus.HELD, null);
        TestData.checkIn(em, aoi, Instant.parse("2026-11-18T00:00:00Z"), CheckInStatus.MISSED, null);
        weekTotal(aoi, WEEK, 600, 300, 0, 0, 0);
        weekTotal(ken, WEEK, 100, 0, 0, 0, 0);

        assertThat(dashboard.weeklySeries(autumn.getId(), TOKYO))
                .extracting(WeekPoint::week, point -> plain(point.averageWellBeing()), WeekPoint::toilPercent)
                .containsExactly(tuple(WEEK, "2.5", 43), tuple(NEXT_WEEK, "4", null));
        assertThat(dashboard.weeklySeries(autumn.getId(), 0)).as("in UTC the 22nd 15:30 is still Sunday")
                .extracting(WeekPoint::week, point -> plain(point.averageWellBeing()), WeekPoint::toilPercent)
                .containsExactly(tuple(WEEK, "3", 43));
        assertThat(dashboard.weeklySeries(winter.getId(), TOKYO)).isEmpty();
    }

    @Test
    void homeTeamsAreListedByPeopleThenNameWithTheirRotationDaysWithoutWithdrawals() {
        List<HomeTeamTime> teams = dashboard.homeTeamTime(autumn.getId());

        assertThat(teams).extracting(HomeTeamTime::people, HomeTeamTime::rotationDays)
                .containsExactly(tuple(2L, 92L + 61L), tuple(1L, 92L), tuple(1L, 92L));
        assertThat(teams.get(0).teamName()).startsWith("決済チーム");
        assertThat(teams.get(1).teamName()).as("no home team sorts before a name").isEmpty();
        assertThat(teams.get(2).teamName()).startsWith("検索チーム");
    }

    @Test
    void mentorLoadsCountActiveMenteesAcrossCohortsAndTheirCheckInsPerWeek() {
        Set<Long> ours = Set.of(sato.getId(), suzuki.getId(), tanaka.getId(), idle.getId());
        List<MentorLoadRow> loads = dashboard.mentorLoads(autumn.getId()).stream()
                .filter(row -> ours.contains(row.mentorId())).toList();

        assertThat(loads).extracting(MentorLoadRow::name, MentorLoadRow::activeMentees, row -> plain(row.checkInsPerWeekNow()),
                        MentorLoadRow::menteesInCohort)
                .containsExactly(
                        tuple("佐藤", 3L, "3", 3L),
                        tuple("田中", 2L, "1.5", 1L),
                        tuple("鈴木", 1L, "1", 1L),
                        tuple("伊藤", 0L, "0", 0L));
    }
}
