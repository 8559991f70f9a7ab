package dev.ryugaku.web.worklog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ryugaku.core.enrollment.EnrollmentDraft;
import dev.ryugaku.core.enrollment.EnrollmentService;
import dev.ryugaku.core.security.NotPermittedException;
import dev.ryugaku.core.shared.ConcurrentEditException;
import dev.ryugaku.core.shared.InvalidInputException;
import dev.ryugaku.core.shared.MessageKeyed;
import dev.ryugaku.core.shared.RecordNotFoundException;
import dev.ryugaku.core.worklog.GridCell;
import dev.ryugaku.core.worklog.IncidentRole;
import dev.ryugaku.core.worklog.WorkCategory;
import dev.ryugaku.core.worklog.WorkLogDraft;
import dev.ryugaku.core.worklog.WorkLogExportService;
import dev.ryugaku.core.worklog.WorkLogProblem;
import dev.ryugaku.core.worklog.WorkLogRules;
import dev.ryugaku.core.worklog.WorkLogService;
import dev.ryugaku.core.worklog.WorkWeekService;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.enrollment.EnrollmentFixtures;
import dev.ryugaku.web.enrollment.FreshRotations;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Who may read and write whose work log, and the rules of logging, decided by the service. */
@RyugakuTest
class WorkLogServiceTest {

    @Autowired
    WorkLogService workLog;

    @Autowired
    WorkLogExportService workLogExport;

    @Autowired
    WorkWeekService workWeeks;

    @Autowired
    EnrollmentService enrollments;


    @Autowired
    EnrollmentFixtures fixtures;

    @Autowired
    FreshRotations rotations;


    private String participantLogin;

    private long participantId;

    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Tokyo"));
    }

    static Stream<Arguments> readMatrix() {
        return Stream.of(
                Arguments.of(DemoPeople.PARTICIPANT, "own", true),
                Arguments.of(DemoPeople.MENTOR, "mentee's", true),
                Arguments.of(DemoPeople.OWNER, "anyone's", true),
                Arguments.of(DemoPeople.PARTICIPANT2, "someone else's", false),
                Arguments.of(DemoPeople.OTHER_MENTOR, "a non-mentee's", false),
                Arguments.of(DemoPeople.GRADUATE, "not in the cohort", false));
    }

    @ParameterizedTest(name = "{0} reads participant's log ({1}): {2}")
    @MethodSource("readMatrix")
    void readingALogIsDecidedOnTheRotation(String user, String relation, boolean allowed) {
        long tanaka = fixtures.idOf(DemoPeople.PARTICIPANT, "第2期");
        signIn.as(user);
        if (allowed) {
            assertThat(workWeeks.week(tanaka, today()).personName()).isEqualTo("田中 翔太");
            assertThat(workWeeks.weeks(tanaka)).isNotEmpty();
            assertThat(workLogExport.exportRotation(tanaka)).isNotEmpty();
            assertThat(workWeeks.toilFlags(List.of(tanaka))).allMatch(flag -> flag.enrollmentId() == tanaka);
        } else {
            assertThatThrownBy(() -> workWeeks.week(tanaka, today())).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> workWeeks.weeks(tanaka)).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> workWeeks.ladder(tanaka)).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> workLogExport.exportRotation(tanaka)).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> workWeeks.toilFlags(List.of(tanaka))).isInstanceOf(RecordNotFoundException.class);
        }
    }

    @Test
    void onlyTheParticipantWritesTheirLogAndOnlyTheirMentorReviewsIt() {
        long tanaka = fixtures.idOf(DemoPeople.PARTICIPANT, "第2期");
        WorkLogDraft draft = draft(today(), 30, WorkCategory.LEARNING);
        for (String other : List.of(DemoPeople.MENTOR, DemoPeople.OWNER, DemoPeople.PARTICIPANT2)) {
            signIn.as(other);
            assertThatThrownBy(() -> workLog.add(tanaka, draft)).as(other).isInstanceOf(NotPermittedException.class);
        }
        for (String other : List.of(DemoPeople.PARTICIPANT, DemoPeople.OTHER_MENTOR, DemoPeople.OWNER)) {
            signIn.as(other);
            assertThatThrownBy(() -> workWeeks.reviewWeek(tanaka, today(), null)).as(other)
                    .isInstanceOf(NotPermittedException.class);
        }
        signIn.as(DemoPeople.OWNER);
        assertThatThrownBy(() -> workWeeks.unreviewedWeeks()).isInstanceOf(NotPermittedException.class);
        assertThat(workLogExport.exportCohort(fixtures.cohortId("第2期"))).isNotEmpty();
        signIn.as(DemoPeople.MENTOR);
        assertThatThrownBy(() -> workLogExport.exportCohort(fixtures.cohortId("第2期"))).isInstanceOf(NotPermittedException.class);
        assertThat(workWeeks.unreviewedWeeks()).extracting(w -> w.personName()).contains("田中 翔太");
    }

    @Test
    void aReviewedWeekIsReadOnly() {
        long rotation = newRotation();
        LocalDate lastWeekMonday = WorkLogRules.weekOf(today()).minusWeeks(1);
        signIn.as(participantLogin);
        long entry = workLog.add(rotation, draft(lastWeekMonday, 120, WorkCategory.IMPROVEMENT));
        signIn.as(DemoPeople.MENTOR);
        assertThat(workWeeks.week(rotation, lastWeekMonday).mayReview()).isTrue();
        workWeeks.reviewWeek(rotation, lastWeekMonday, "よく書けています");
        signIn.as(participantLogin);
        var week = workWeeks.week(rotation, lastWeekMonday);
        assertThat(week.editable()).isFalse();
        assertThat(week.reviewComment()).isEqualTo("よく書けています");
        refused(() -> workLog.add(rotation, draft(lastWeekMonday.plusDays(1), 30, WorkCategory.LEARNING)), WorkLogProblem.WEEK_REVIEWED);
        refused(() -> workLog.delete(entry, week.entries().getFirst().version()), WorkLogProblem.WEEK_REVIEWED);
        refused(() -> workLog.update(entry, week.entries().getFirst().version(), draft(lastWeekMonday, 60, WorkCategory.IMPROVEMENT)),
                WorkLogProblem.WEEK_REVIEWED);
    }

    @Test
    void aWeekIsReviewedOnlyOnceItIsOverAndHasEntries() {
        long rotation = newRotation();
        workLog.add(rotation, draft(today(), 60, WorkCategory.IMPROVEMENT));
        signIn.as(DemoPeople.MENTOR);
        assertThat(workWeeks.week(rotation, today()).mayReview()).isFalse();
        refused(() -> workWeeks.reviewWeek(rotation, today(), null), WorkLogProblem.WEEK_NOT_OVER);
        refused(() -> workWeeks.reviewWeek(rotation, today().minusWeeks(2), null), WorkLogProblem.WEEK_EMPTY);
    }

    @Test
    void incidentsAreLoggedWithTheirRoleNotAsBareMinutesInTheGrid() {
        long rotation = newRotation();
        LocalDate monday = WorkLogRules.weekOf(today());
        refused(() -> workWeeks.saveWeek(rotation, monday, List.of(new GridCell(monday, WorkCategory.INCIDENT, 0, 60))),
                WorkLogProblem.INCIDENT_NEEDS_ENTRY);
        refused(() -> workWeeks.saveWeek(rotation, monday, List.of(new GridCell(monday.minusDays(1), WorkCategory.LEARNING, 0, 60))),
                WorkLogProblem.CELL_OUTSIDE_WEEK);
    }

    @Test
    void theGridKeepsAnEntryWhoseToilFlagWasChangedByHand() {
        long rotation = newRotation();
        LocalDate day = today();
        WorkLogDraft studyThatWasToil = draft(day, 30, WorkCategory.LEARNING);
        studyThatWasToil.setToil(true);
        workLog.add(rotation, studyThatWasToil);
        workWeeks.saveWeek(rotation, day, List.of(new GridCell(day, WorkCategory.LEARNING, 30, 90)));
        var week = workWeeks.week(rotation, day);
        assertThat(week.entries()).extracting(e -> e.minutes() + (e.toil() ? " toil" : "")).containsExactlyInAnyOrder("30 toil", "60");
        assertThat(week.totals().toilMinutes()).isEqualTo(30);
        refused(() -> workWeeks.saveWeek(rotation, day, List.of(new GridCell(day, WorkCategory.LEARNING, 90, 20))),
                WorkLogProblem.CELL_BELOW_DETAILED);
    }

    @Test
    void aDayHoldsAtMost24Hours() {
        long rotation = newRotation();
        signIn.as(participantLogin);
        LocalDate day = today();
        workLog.add(rotation, draft(day, 1000, WorkCategory.IMPROVEMENT));
        refused(() -> workLog.add(rotation, draft(day, 441, WorkCategory.REQUEST)), WorkLogProblem.DAY_OVER_24_HOURS);
        workLog.add(rotation, draft(day, 440, WorkCategory.REQUEST));
    }

    @Test
    void theWeekGridSavesAllCellsOrNoneAndNamesTheBadOnes() {
        long rotation = newRotation();
        signIn.as(participantLogin);
        LocalDate monday = WorkLogRules.weekOf(today());
        LocalDate future = today().plusDays(1);
        refused(() -> workWeeks.saveWeek(rotation, monday, List.of(
                new GridCell(monday, WorkCategory.IMPROVEMENT, 0, 240),
                new GridCell(monday, WorkCategory.REQUEST, 0, 1300),
                new GridCell(future, WorkCategory.LEARNING, 0, 60))), WorkLogProblem.DAY_OVER_24_HOURS);
        assertThat(workWeeks.week(rotation, monday).entries()).as("nothing saved").isEmpty();

        workWeeks.saveWeek(rotation, monday, List.of(
                new GridCell(monday, WorkCategory.IMPROVEMENT, 0, 240),
                new GridCell(monday, WorkCategory.REQUEST, 0, 360)));
        var week = workWeeks.week(rotation, monday);
        assertThat(week.totals().totalMinutes()).isEqualTo(600);
        assertThat(week.totals().toilPercent()).isEqualTo(60);
        assertThat(week.totals().isOverToilCap()).isTrue();

        workWeeks.saveWeek(rotation, monday, List.of(new GridCell(monday, WorkCategory.REQUEST, 360, 60)));
        assertThat(workWeeks.week(rotation, monday).totals().toilPercent()).isEqualTo(20);
    }

    @Test
    void aCellChangedInAnotherTabMeanwhileIsRefusedAsAConcurrentEdit() {
        long rotation = newRotation();
        LocalDate day = today();
        workWeeks.saveWeek(rotation, day, List.of(new GridCell(day, WorkCategory.IMPROVEMENT, 0, 120)));
        assertThatThrownBy(() -> workWeeks.saveWeek(rotation, day, List.of(new GridCell(day, WorkCategory.IMPROVEMENT, 0, 60))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(workWeeks.week(rotation, day).totals().totalMinutes()).isEqualTo(120);
    }

    @Test
    void incidentWorkClimbsTheLadder() {
        long rotation = newRotation();
        signIn.as(participantLogin);
        WorkLogDraft incident = draft(today(), 90, WorkCategory.INCIDENT);
        refused(() -> workLog.add(rotation, incident), WorkLogProblem.INCIDENT_ROLE_REQUIRED);
        incident.setIncidentRole(dev.ryugaku.core.worklog.IncidentRole.SHADOW);
        workLog.add(rotation, incident);
        assertThat(workWeeks.ladder(rotation).highest()).isEqualTo(dev.ryugaku.core.worklog.IncidentRole.SHADOW);
    }

    @Test
    void aRotationThatJustEndedIsStillTheOneToLogForDuringItsGraceWeek() {
        long ended = newRotation(today().minusDays(60), today().plusDays(30));
        signIn.as(DemoPeople.OWNER);
        EnrollmentDraft endedEarly = enrollments.openForEdit(ended).draft();
        endedEarly.setEndDate(today().minusDays(3));
        enrollments.update(ended, enrollments.get(ended).version(), endedEarly);
        enrollments.graduate(ended, enrollments.get(ended).version());
        long next = rotations.enroll(participantId, rotations.cohort(today().plusDays(20), today().plusDays(100)));
        signIn.as(participantLogin);
        assertThat(workLog.myRotation()).contains(ended);
        workLog.add(ended, draft(today(), 30, WorkCategory.LEARNING));
        assertThat(next).isNotEqualTo(ended);
    }

    @Test
    void theWeeklyTotalsFollowEveryWriteInTheSameTransaction(@Autowired JdbcTemplate jdbc) {
        long rotation = newRotation();
        LocalDate day = today().minusDays(1);
        LocalDate weekBefore = day.minusWeeks(1);
        long id = workLog.add(rotation, draft(day, 120, WorkCategory.REQUEST));
        workLog.add(rotation, draft(day, 60, WorkCategory.LEARNING));
        WorkLogDraft incident = draft(weekBefore, 30, WorkCategory.INCIDENT);
        incident.setIncidentRole(IncidentRole.SHADOW);
        long incidentId = workLog.add(rotation, incident);
        assertThat(totals(jdbc, rotation)).isEqualTo(recomputed(jdbc, rotation))
                .containsEntry(WorkLogRules.weekOf(weekBefore), "30/30 incident days 1");
        var incidentRow = workWeeks.week(rotation, weekBefore).entries().stream().filter(e -> e.id() == incidentId).findFirst().orElseThrow();
        workLog.delete(incidentId, incidentRow.version());
        assertThat(totals(jdbc, rotation)).isEqualTo(recomputed(jdbc, rotation)).containsEntry(WorkLogRules.weekOf(day), "180/120");

        var entry = workWeeks.week(rotation, day).entries().stream().filter(e -> e.id() == id).findFirst().orElseThrow();
        workLog.update(id, entry.version(), draft(weekBefore, 90, WorkCategory.REQUEST));
        assertThat(totals(jdbc, rotation)).isEqualTo(recomputed(jdbc, rotation))
                .containsEntry(WorkLogRules.weekOf(day), "60/0").containsEntry(WorkLogRules.weekOf(weekBefore), "90/90");

        workWeeks.saveWeek(rotation, day, List.of(new GridCell(day, WorkCategory.IMPROVEMENT, 0, 30)));
        var moved = workWeeks.week(rotation, weekBefore).entries().getFirst();
        workLog.delete(moved.id(), moved.version());
        assertThat(totals(jdbc, rotation)).isEqualTo(recomputed(jdbc, rotation)).containsOnlyKeys(WorkLogRules.weekOf(day))
                .containsEntry(WorkLogRules.weekOf(day), "90/0");
    }

    private static Map<LocalDate, String> totals(JdbcTemplate jdbc, long rotation) {
        return weeks(jdbc, "SELECT week_start, minutes, toil_minutes, observer_days + shadow_days + responder_days + commander_days"
                + " FROM work_week_total WHERE enrollment_id = ?", rotation);
    }

    private static Map<LocalDate, String> recomputed(JdbcTemplate jdbc, long rotation) {
        return weeks(jdbc, "SELECT DATE_SUB(work_date, INTERVAL WEEKDAY(work_date) DAY), SUM(minutes),"
                + " SUM(CASE WHEN toil THEN minutes ELSE 0 END), COUNT(DISTINCT CASE WHEN incident_role IS NOT NULL"
                + " THEN CONCAT(incident_role, work_date) END) FROM work_log_entry WHERE enrollment_id = ? GROUP BY 1", rotation);
    }

    private static Map<LocalDate, String> weeks(JdbcTemplate jdbc, String sql, long rotation) {
        Map<LocalDate, String> weeks = new TreeMap<>();
        jdbc.query(sql, row -> {
            weeks.put(row.getObject(1, LocalDate.class), row.getLong(2) + "/" + row.getLong(3)
                    + (row.getLong(4) > 0 ? " incident days " + row.getLong(4) : ""));
        }, rotation);
        return weeks;
    }

    /** A fresh participant in an active rotation around today, mentored by the demo mentor; signed in as them. */
    private long newRotation() {
        return newRotation(today().minusDays(40), today().plusDays(60));
    }

    private long newRotation(LocalDate start, LocalDate end) {
        FreshRotations.Fresh fresh = rotations.active(start, end);
        participantLogin = fresh.login();
        participantId = fresh.personId();
        signIn.as(participantLogin);
        return fresh.enrollmentId();
    }

    private static WorkLogDraft draft(LocalDate date, int minutes, WorkCategory category) {
        WorkLogDraft draft = new WorkLogDraft();
        draft.setDate(date);
        draft.setMinutes(minutes);
        draft.setCategory(category);
        draft.setToil(category.isToilByDefault());
        return draft;
    }

    private static void refused(ThrowingCallable call, MessageKeyed reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, invalid ->
                assertThat(invalid.violations()).extracting(v -> v.reason()).contains(reason));
    }
}
