package dev.ryugaku.persistence;

import dev.ryugaku.core.checkin.CheckInStatus;
import dev.ryugaku.core.cohort.CheckInCadence;
import dev.ryugaku.core.cohort.Cohort;
import dev.ryugaku.core.cohort.CohortDraft;
import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.enrollment.EnrollmentStatus;
import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.people.Team;
import dev.ryugaku.core.people.TeamKind;
import dev.ryugaku.core.security.Role;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** Small builders for records the persistence tests need; every name is unique per call. */
public final class TestData {

    private TestData() {
    }

    public static Team team(EntityManager em, TeamKind kind) {
        Team team = new Team("team-" + UUID.randomUUID(), kind);
        em.persist(team);
        return team;
    }

    public static Person person(EntityManager em, Role... roles) {
        return named(em, null, roles);
    }

    /** A person with the given display name, for queries that sort or show it. */
    public static Person named(EntityManager em, String displayName, Role... roles) {
        String login = "p-" + UUID.randomUUID().toString().replace("-", "");
        Person person = new Person(displayName == null ? "テスト " + login : displayName, login + "@example.com", login,
                Locale.JAPANESE, Person.DEFAULT_ZONE, Set.of(roles), null);
        em.persist(person);
        return person;
    }

    public static Cohort cohort(EntityManager em, String name, LocalDate start, LocalDate end, Team host) {
        CohortDraft draft = new CohortDraft();
        draft.setName(name);
        draft.setStartDate(start);
        draft.setEndDate(end);
        draft.setCapacity(5);
        draft.setCadence(CheckInCadence.WEEKLY);
        Cohort cohort = new Cohort(draft, host);
        em.persist(cohort);
        return cohort;
    }

    /** A check-in row as it stands, without planning or rules; its id. */
    public static long checkIn(EntityManager em, Enrollment rotation, Instant at, CheckInStatus status, Integer wellBeing) {
        em.createNativeQuery("INSERT INTO check_in (enrollment_id, scheduled_at, status, well_being) VALUES (:e, :at, :s, :w)")
                .setParameter("e", rotation.getId()).setParameter("at", at).setParameter("s", status.name())
                .setParameter("w", wellBeing).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }

    public static Enrollment enroll(EntityManager em, Person participant, Cohort cohort, Person mentor,
                                    EnrollmentStatus status) {
        Enrollment enrollment = new Enrollment(participant, cohort, null, mentor, null, null, status);
        em.persist(enrollment);
        return enrollment;
    }
}
