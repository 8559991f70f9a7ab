package dev.ryugaku.web.retrospective;

import dev.ryugaku.core.enrollment.EnrollmentService;
import dev.ryugaku.core.retrospective.RetrospectiveDraft;
import dev.ryugaku.core.retrospective.RetrospectiveService;
import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.FreshPeople;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.enrollment.FreshRotations;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Fresh rotations of the demo mentor at their end: one whose retrospective window is open, and
 * graduated ones whose last day lies some days back. Each is alone in a cohort of its own. Nobody
 * stays signed in.
 */
@Component
class RotationEnds {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final FreshRotations rotations;
    private final EnrollmentService enrollments;
    private final RetrospectiveService retrospectives;
    private final SignIn signIn;
    private final JdbcTemplate jdbc;
    private final FreshPeople people;

    RotationEnds(FreshRotations rotations, EnrollmentService enrollments, RetrospectiveService retrospectives,
                 SignIn signIn, JdbcTemplate jdbc, FreshPeople people) {
        this.people = people;
        this.rotations = rotations;
        this.enrollments = enrollments;
        this.retrospectives = retrospectives;
        this.signIn = signIn;
        this.jdbc = jdbc;
    }

    static LocalDate today() {
        return LocalDate.now(TOKYO);
    }

    /** An active rotation ending in a week: its retrospective and final evaluation can be written. */
    FreshRotations.Fresh endingSoon() {
        return active(today().minusDays(170), today().plusDays(7));
    }

    /** {@link #endingSoon()} of a participant who is also a program owner. */
    FreshRotations.Fresh endingSoonOfAnOwner() {
        FreshRotations.Fresh fresh = rotations.activeOfAnOwner(today().minusDays(170), today().plusDays(7));
        SignIn.out();
        return fresh;
    }

    /** Another new participant's active rotation in the cohort of an earlier one (the cohort makes room). */
    FreshRotations.Fresh inCohort(long cohortId) {
        FreshPeople.Fresh person = people.create("ログ 次郎", Locale.JAPANESE, Person.DEFAULT_ZONE, Role.PARTICIPANT);
        jdbc.update("update cohort set capacity = capacity + 1 where id = ?", cohortId);
        signIn.as(DemoPeople.OWNER);
        long rotation = rotations.enroll(person.personId(), cohortId);
        enrollments.activate(rotation, enrollments.get(rotation).version());
        SignIn.out();
        return new FreshRotations.Fresh(rotation, person.personId(), person.email());
    }

    /** An active rotation ending in two months: the window is not open yet. */
    FreshRotations.Fresh runningOn() {
        return active(today().minusDays(30), today().plusDays(60));
    }

    /** A rotation that graduated and whose last day was {@code daysAgo} days ago. */
    FreshRotations.Fresh graduated(int daysAgo) {
        FreshRotations.Fresh fresh = active(today().minusDays(30), today().plusDays(30));
        signIn.as(DemoPeople.OWNER);
        enrollments.graduate(fresh.enrollmentId(), enrollments.get(fresh.enrollmentId()).version());
        SignIn.out();
        // time passes: the cohort lies in the past
        jdbc.update("update cohort set start_date = ?, end_date = ? where id = (select cohort_id from enrollment where id = ?)",
                today().minusDays(daysAgo + 180L), today().minusDays(daysAgo), fresh.enrollmentId());
        return fresh;
    }

    /** A new participant's rotation in a cohort of its own, mentored by the demo mentor, made ACTIVE by an owner. */
    private FreshRotations.Fresh active(LocalDate start, LocalDate end) {
        FreshRotations.Fresh fresh = rotations.active(start, end);
        SignIn.out();
        return fresh;
    }

    /** The participant submits a retrospective with the score and a Keep text; signs out after. */
    void submitRetrospective(FreshRotations.Fresh rotation, int score, String keep) {
        signIn.as(rotation.login());
        try {
            retrospectives.write(rotation.enrollmentId(), null, new RetrospectiveDraft("学んだこと " + keep, "難しかったこと",
                    keep, "課題", "次に試すこと", "運営へのフィードバック " + keep, "メンターへの感謝", false, score), true);
        } finally {
            SignIn.out();
        }
    }

    long cohortOf(FreshRotations.Fresh rotation) {
        return jdbc.queryForObject("select cohort_id from enrollment where id = ?", Long.class, rotation.enrollmentId());
    }
}
