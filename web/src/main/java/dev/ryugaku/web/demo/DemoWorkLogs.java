package dev.ryugaku.web.demo;

import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.worklog.IncidentRole;
import dev.ryugaku.core.worklog.WorkCategory;
import dev.ryugaku.core.worklog.WorkLogImport;
import dev.ryugaku.core.worklog.WorkLogRules;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Work logs of the demo participants, from the start of their rotation until yesterday: ordinary
 * weeks, a few weeks above the toil cap, and an incident history that climbs the ladder. Older
 * weeks are reviewed by the mentor; the last two wait for review.
 */
final class DemoWorkLogs {

    private final WorkLogImport log;
    private final LocalDate today;
    private final Instant now;

    DemoWorkLogs(WorkLogImport log, LocalDate today, Instant now) {
        this.log = log;
        this.today = today;
        this.now = now;
    }

    /** Logs every working day from the rotation's start to yesterday (or its end), varying by week. */
    void logRotation(Enrollment rotation, Person mentor, int seed) {
        LocalDate last = rotation.effectiveEnd().isBefore(today) ? rotation.effectiveEnd() : today.minusDays(1);
        LocalDate firstWeek = WorkLogRules.weekOf(rotation.effectiveStart());
        LocalDate lastWeek = WorkLogRules.weekOf(last);
        long weeks = ChronoUnit.WEEKS.between(firstWeek, lastWeek) + 1;
        for (LocalDate day = rotation.effectiveStart(); !day.isAfter(last); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            long week = ChronoUnit.WEEKS.between(firstWeek, WorkLogRules.weekOf(day));
            boolean toilHeavy = (week + seed) % 5 == 3;
            logDay(rotation, day, week, weeks, toilHeavy, seed);
        }
        log.totals(rotation, rotation.effectiveStart(), last);
        for (LocalDate week = firstWeek; week.isBefore(lastWeek.minusWeeks(1)); week = week.plusWeeks(1)) {
            log.review(rotation, week, mentor, now.minus(ChronoUnit.DAYS.between(week, today) - 7, ChronoUnit.DAYS),
                    (week.getDayOfMonth() + seed) % 4 == 0 ? "よく振り返れています。トイルの多い週は相談してください。" : null);
        }
    }

    private void logDay(Enrollment rotation, LocalDate day, long week, long weeks, boolean toilHeavy, int seed) {
        int dayIndex = day.getDayOfWeek().getValue();
        if (toilHeavy) {
            log.entry(rotation, day, 240, WorkCategory.REQUEST, null, null);
            log.entry(rotation, day, 120, WorkCategory.ON_CALL, null, null);
            log.entry(rotation, day, 90, WorkCategory.IMPROVEMENT, null, null);
        } else {
            log.entry(rotation, day, 210, WorkCategory.IMPROVEMENT, null, null);
            log.entry(rotation, day, 60 + 15 * ((dayIndex + seed) % 3), WorkCategory.REQUEST, null, null);
            log.entry(rotation, day, 60, dayIndex % 2 == 0 ? WorkCategory.REVIEW : WorkCategory.LEARNING, null, null);
        }
        if (dayIndex == 5) {
            log.entry(rotation, day, 60, WorkCategory.HOME_TEAM, null, null);
        }
        // one incident every other Wednesday, climbing the ladder as the rotation goes on
        if (dayIndex == 3 && week % 2 == 1) {
            double progress = (double) week / Math.max(1, weeks);
            IncidentRole role = progress < 0.3 ? IncidentRole.OBSERVER : progress < 0.6 ? IncidentRole.SHADOW
                    : progress < 0.9 ? IncidentRole.RESPONDER : IncidentRole.COMMANDER;
            log.entry(rotation, day, 90, WorkCategory.INCIDENT, role, "障害対応（" + day + "）");
        }
    }
}
