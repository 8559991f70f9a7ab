package dev.ryugaku.web.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.enrollment.FreshRotations;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The job that marks unrecorded check-ins MISSED, and the database lock that keeps a second replica out. */
@RyugakuTest
class MissedCheckInsJobTest {

    @Autowired
    MissedCheckInsJob job;

    @Autowired
    LockProvider locks;

    @Autowired
    FreshRotations rotations;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private long[] twoCheckInsDue(Duration firstAgo, Duration secondAgo) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        long rotation = rotations.active(today.minusDays(10), today.plusDays(60)).enrollmentId();
        List<Long> ids = jdbc.queryForList("select id from check_in where enrollment_id = ? order by scheduled_at", Long.class, rotation);
        jdbc.update("update check_in set scheduled_at = ? where id = ?", Timestamp.from(Instant.now().minus(firstAgo)), ids.get(0));
        jdbc.update("update check_in set scheduled_at = ? where id = ?", Timestamp.from(Instant.now().minus(secondAgo)), ids.get(1));
        return new long[] {ids.get(0), ids.get(1)};
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForMap("select status, version from check_in where id = ?", id);
    }

    @Test
    void aCheckInUnrecordedForThreeDaysBecomesMissedAndAYoungerOneWaits() {
        long[] ids = twoCheckInsDue(Duration.ofDays(4), Duration.ofDays(2));
        long versionBefore = ((Number) row(ids[0]).get("version")).longValue();

        job.run();

        assertThat(row(ids[0]).get("status")).isEqualTo("MISSED");
        assertThat(((Number) row(ids[0]).get("version")).longValue()).as("a concurrent edit is refused").isGreaterThan(versionBefore);
        assertThat(row(ids[1]).get("status")).isEqualTo("SCHEDULED");
    }

    @Test
    void whileAnotherReplicaHoldsTheLockTheJobDoesNothing() {
        long[] ids = twoCheckInsDue(Duration.ofDays(5), Duration.ofDays(5));
        SimpleLock otherReplica = locks.lock(new LockConfiguration(Instant.now(), MissedCheckInsJob.LOCK,
                Duration.ofMinutes(1), Duration.ZERO)).orElseThrow();
        try {
            job.run();
            assertThat(row(ids[0]).get("status")).isEqualTo("SCHEDULED");
        } finally {
            otherReplica.unlock();
        }
        job.run();
        assertThat(row(ids[0]).get("status")).isEqualTo("MISSED");
        assertThat(row(ids[1]).get("status")).isEqualTo("MISSED");
    }
}
