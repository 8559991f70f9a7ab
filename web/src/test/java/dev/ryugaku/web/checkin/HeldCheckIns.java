package dev.ryugaku.web.checkin;

import dev.ryugaku.web.enrollment.FreshRotations;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Rotations with a check-in history of a test's own, written straight to the database, so that a
 * test about the attention queue does not depend on where today falls in the demo program's
 * schedule. Whoever was signed in before stays signed in.
 */
@Component
public class HeldCheckIns {

    private final FreshRotations rotations;
    private final JdbcTemplate jdbc;

    HeldCheckIns(FreshRotations rotations, JdbcTemplate jdbc) {
        this.rotations = rotations;
        this.jdbc = jdbc;
    }

    /** A new rotation of the demo mentor whose first two talks were held two weeks and one week ago. */
    public FreshRotations.Fresh rotationWithWellBeing(int earlier, int later) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        SecurityContext before = SecurityContextHolder.getContext();
        FreshRotations.Fresh fresh = rotations.active(today.minusDays(20), today.plusDays(40));
        SecurityContextHolder.setContext(before);
        List<Long> planned = jdbc.queryForList("select id from check_in where enrollment_id = ? order by scheduled_at, id",
                Long.class, fresh.enrollmentId());
        held(planned.get(0), Instant.now().minus(Duration.ofDays(14)), earlier);
        held(planned.get(1), Instant.now().minus(Duration.ofDays(7)), later);
        return fresh;
    }

    private void held(long checkInId, Instant at, int wellBeing) {
        jdbc.update("""
                update check_in set scheduled_at = ?, held_at = ?, status = 'HELD', progress = 3, well_being = ?,
                    confidence = 3, summary = '話した', version = version + 1 where id = ?
                """, Timestamp.from(at), Timestamp.from(at.plus(Duration.ofMinutes(40))), wellBeing, checkInId);
    }

    /** The name of the rotation's cohort, as lists and mails show it. */
    public String cohortNameOf(FreshRotations.Fresh rotation) {
        return jdbc.queryForObject("select c.name from cohort c join enrollment e on e.cohort_id = c.id where e.id = ?",
                String.class, rotation.enrollmentId());
    }
}
