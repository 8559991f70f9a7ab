package dev.ryugaku.web.reminder;

import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.enrollment.FreshRotations;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Check-ins at chosen times for chosen mentors, and the outbox rows the tests look at. */
@Component
class ReminderFixtures {

    private final FreshRotations rotations;
    private final JdbcTemplate jdbc;

    ReminderFixtures(FreshRotations rotations, JdbcTemplate jdbc) {
        this.rotations = rotations;
        this.jdbc = jdbc;
    }

    static Instant tomorrowAtTen(ZoneId zone) {
        return LocalDate.now(zone).plusDays(1).atTime(10, 0).atZone(zone).toInstant();
    }

    /** A new mentee of the mentor whose next check-in is at the given time; their other check-ins are weeks away. */
    long checkInAt(long mentorId, Instant when) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        long rotation = rotations.active(today.minusDays(10), today.plusDays(60), mentorId).enrollmentId();
        SignIn.out();
        jdbc.update("update check_in set scheduled_at = date_add(scheduled_at, interval 30 day) where enrollment_id = ?", rotation);
        long checkIn = jdbc.queryForObject("select min(id) from check_in where enrollment_id = ?", Long.class, rotation);
        jdbc.update("update check_in set scheduled_at = ? where id = ?", Timestamp.from(when), checkIn);
        return checkIn;
    }

    /** The person's reminders in the outbox, oldest first, as columns. */
    List<Map<String, Object>> rowsOf(long personId) {
        return jdbc.queryForList("select * from reminder where recipient_id = ? order by id", personId);
    }

    /** The person's one reminder of the kind, once a background sender has settled it (up to ten seconds). */
    Map<String, Object> awaitSettled(long personId, String kind) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        Map<String, Object> row = rowOf(personId, kind);
        while ("PENDING".equals(row.get("status")) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            row = rowOf(personId, kind);
        }
        return row;
    }

    Map<String, Object> rowOf(long personId, String kind) {
        return jdbc.queryForMap("select * from reminder where recipient_id = ? and kind = ?", personId, kind);
    }

    /** Time passes: the person's pending reminders are due for their next attempt. */
    void nextAttemptsDue(long personId) {
        jdbc.update("update reminder set next_attempt_at = ? where recipient_id = ? and status = 'PENDING'",
                Timestamp.from(Instant.now().minusSeconds(1)), personId);
    }
}
