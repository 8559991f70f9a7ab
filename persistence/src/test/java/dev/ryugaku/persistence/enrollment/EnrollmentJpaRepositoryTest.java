package dev.ryugaku.persistence.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.audit.AuditEvent;
import dev.ryugaku.core.audit.AuditEventRepository;
import dev.ryugaku.core.cohort.Cohort;
import dev.ryugaku.core.enrollment.CohortMentor;
import dev.ryugaku.core.enrollment.EnrollmentRepository;
import dev.ryugaku.core.enrollment.EnrollmentStatus;
import dev.ryugaku.core.enrollment.EnrollmentSummary;
import dev.ryugaku.core.enrollment.MentorOption;
import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.people.PersonRepository;
import dev.ryugaku.core.people.PersonSummary;
import dev.ryugaku.core.people.TeamKind;
import dev.ryugaku.core.security.Role;
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
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = PersistenceTestApplication.class)
@Transactional
class EnrollmentJpaRepositoryTest {

    @Autowired
    EntityManager em;

    @Autowired
    EnrollmentRepository enrollments;

    @Autowired
    PersonRepository people;

    @Autowired
    AuditEventRepository audit;

    Person participant;
    Person other;
    Person mentor;
    Person secondMentor;
    Cohort cohort;

    @BeforeEach
    void aCohortWithTwoMentees() {
        participant = TestData.person(em, Role.PARTICIPANT);
        other = TestData.person(em, Role.PARTICIPANT);
        mentor = TestData.person(em, Role.MENTOR);
        secondMentor = TestData.person(em, Role.MENTOR);
        cohort = TestData.cohort(em, "期 " + UUID.randomUUID(), LocalDate.of(2026, 10, 1), LocalDate.of(2027, 3, 31),
                TestData.team(em, TeamKind.SRE));
        TestData.enroll(em, participant, cohort, mentor, EnrollmentStatus.ACTIVE);
        TestData.enroll(em, other, cohort, secondMentor, EnrollmentStatus.ACTIVE);
        em.flush();
        em.clear();
    }

    @Test
    void ownersSeeTheWholeCohortOthersTheirOwnAndTheirMentees() {
        assertThat(enrollments.findSummariesByCohort(cohort.getId(), null)).hasSize(2);
        assertThat(enrollments.findSummariesByCohort(cohort.getId(), participant.getId()))
                .extracting(EnrollmentSummary::personId).containsExactly(participant.getId());
        assertThat(enrollments.findSummariesByCohort(cohort.getId(), mentor.getId()))
                .extracting(EnrollmentSummary::personId).containsExactly(participant.getId());
        assertThat(enrollments.findSummariesByCohort(cohort.getId(), TestData.person(em, Role.MENTOR).getId())).isEmpty();
    }

    @Test
    void summariesCarryTheEffectiveDates() {
        EnrollmentSummary row = enrollments.findSummariesByParticipant(participant.getId()).getFirst();
        assertThat(row.startDate()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(row.endDate()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(row.primaryMentorName()).isEqualTo(mentor.getDisplayName());
    }

    @Test
    void mentorOptionsCountActiveMentees() {
        List<MentorOption> options = enrollments.findMentorOptions();
        assertThat(options).filteredOn(o -> o.id() == mentor.getId()).extracting(MentorOption::activeMentees)
                .containsExactly(1L);
        assertThat(options).noneMatch(o -> o.id() == participant.getId());
    }

    @Test
    void aMentorsActiveMenteesAreFoundThroughEitherMentorSeat() {
        assertThat(enrollments.findSummariesByMentor(mentor.getId(), List.of(EnrollmentStatus.ACTIVE)))
                .extracting(EnrollmentSummary::personId).containsExactly(participant.getId());
        assertThat(enrollments.findSummariesByMentor(mentor.getId(), List.of(EnrollmentStatus.PLANNED))).isEmpty();
    }

    @Test
    void theMentorsOfCohortsAreListedOnceEach() {
        assertThat(enrollments.findMentorsOfCohorts(List.of(cohort.getId())))
                .extracting(CohortMentor::mentorId).containsExactlyInAnyOrder(mentor.getId(), secondMentor.getId());
    }

    @Test
    void peopleAreFoundByPartOfTheirNameOrAddress() {
        String login = participant.getLoginName();
        assertThat(people.search(login.substring(2, 12), PageRequest.of(0, 10)))
                .extracting(PersonSummary::id).containsExactly(participant.getId());
        assertThat(people.search(login.substring(2, 12).toUpperCase(), PageRequest.of(0, 10)))
                .extracting(PersonSummary::id).containsExactly(participant.getId());
        assertThat(people.countSearch("")).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aRecordsHistoryNamesTheActorNewestFirst() {
        audit.save(new AuditEvent(mentor.getId(), "FIRST", "Enrollment", 42L, Instant.parse("2026-11-01T00:00:00Z"), null));
        audit.save(new AuditEvent(mentor.getId(), "SECOND", "Enrollment", 42L, Instant.parse("2026-11-02T00:00:00Z"), "a\tb\tc"));
        var history = audit.findHistory("Enrollment", 42L);
        assertThat(history).extracting(e -> e.action()).containsExactly("SECOND", "FIRST");
        assertThat(history.getFirst().actorName()).isEqualTo(mentor.getDisplayName());
        assertThat(history.getFirst().changes()).singleElement().satisfies(change -> {
            assertThat(change.field()).isEqualTo("a");
            assertThat(change.after()).isEqualTo("c");
        });
    }
}
