package dev.ryugaku.web.enrollment;

import dev.ryugaku.core.cohort.CheckInCadence;
import dev.ryugaku.core.cohort.CohortService;
import dev.ryugaku.core.enrollment.EnrollmentDraft;
import dev.ryugaku.core.enrollment.EnrollmentService;
import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.FreshPeople;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.cohort.CohortTestData;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** New participants in new cohorts, mentored by the demo mentor, for tests that change a rotation. */
@Component
public class FreshRotations {

    private final FreshPeople people;
    private final CohortService cohorts;
    private final EnrollmentService enrollments;
    private final EnrollmentFixtures fixtures;
    private final SignIn signIn;

    FreshRotations(FreshPeople people, CohortService cohorts, EnrollmentService enrollments, EnrollmentFixtures fixtures,
                   SignIn signIn) {
        this.people = people;
        this.cohorts = cohorts;
        this.enrollments = enrollments;
        this.fixtures = fixtures;
        this.signIn = signIn;
    }

    /**
     * A rotation of a new participant, made ACTIVE by an owner; the owner stays signed in. The
     * participant is saved directly: no password-setup mail goes out in the background, where it
     * would add to the statements a test counts.
     */
    public Fresh active(LocalDate start, LocalDate end) {
        return active(start, end, fixtures.personId(DemoPeople.MENTOR));
    }

    /** {@link #active(LocalDate, LocalDate)} with another primary mentor. */
    public Fresh active(LocalDate start, LocalDate end, long mentorId) {
        return active(start, end, mentorId, Role.PARTICIPANT);
    }

    /**
     * {@link #active(LocalDate, LocalDate)} of a participant who is also a program owner: the owner
     * who takes part in a rotation themselves (roles overlap).
     */
    public Fresh activeOfAnOwner(LocalDate start, LocalDate end) {
        return active(start, end, fixtures.personId(DemoPeople.MENTOR), Role.PARTICIPANT, Role.PROGRAM_OWNER);
    }

    private Fresh active(LocalDate start, LocalDate end, long mentorId, Role... roles) {
        FreshPeople.Fresh person = people.create("ログ 太郎", Locale.JAPANESE, Person.DEFAULT_ZONE, roles);
        signIn.as(DemoPeople.OWNER);
        long rotation = enroll(person.personId(), cohort(start, end), mentorId);
        enrollments.activate(rotation, enrollments.get(rotation).version());
        return new Fresh(rotation, person.personId(), person.email());
    }

    /** A new weekly cohort over the dates, with room for one. */
    public long cohort(LocalDate start, LocalDate end) {
        var draft = CohortTestData.validDraft(cohorts);
        draft.setStartDate(start);
        draft.setEndDate(end);
        draft.setKickoffDate(null);
        draft.setCapacity(1);
        draft.setCadence(CheckInCadence.WEEKLY);
        return cohorts.create(draft);
    }

    public long enroll(long personId, long cohortId) {
        return enroll(personId, cohortId, fixtures.personId(DemoPeople.MENTOR));
    }

    public long enroll(long personId, long cohortId, long mentorId) {
        EnrollmentDraft enrolling = new EnrollmentDraft();
        enrolling.setPersonId(personId);
        enrolling.setCohortId(cohortId);
        enrolling.setPrimaryMentorId(mentorId);
        return enrollments.enroll(enrolling);
    }

    /** The rotation, its participant and the participant's sign-in name. */
    public record Fresh(long enrollmentId, long personId, String login) {
    }
}
