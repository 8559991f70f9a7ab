package dev.ryugaku.persistence.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ryugaku.core.cohort.Cohort;
import dev.ryugaku.core.cohort.CohortRepository;
import dev.ryugaku.core.cohort.CohortSummary;
import dev.ryugaku.core.enrollment.EnrollmentStatus;
import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.people.Team;
import dev.ryugaku.core.people.TeamKind;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.persistence.PersistenceTestApplication;
import dev.ryugaku.persistence.TestData;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = PersistenceTestApplication.class)
@Transactional
class CohortJpaRepositoryTest {

    @Autowired
    EntityManager em;

    @Autowired
    CohortRepository cohorts;

    Team sre;
    Person participant;
    Person mentor;
    Person outsider;
    Cohort first;
    Cohort second;

    @BeforeEach
    void aProgramWithTwoCohorts() {
        sre = TestData.team(em, TeamKind.SRE);
        participant = TestData.person(em, Role.PARTICIPANT);
        mentor = TestData.person(em, Role.MENTOR);
        outsider = TestData.person(em, Role.PARTICIPANT);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        first = TestData.cohort(em, "第1期 " + tag, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 30), sre);
        second = TestData.cohort(em, "第2期 " + tag, LocalDate.of(2026, 10, 1), LocalDate.of(2027, 3, 31), sre);
        TestData.enroll(em, participant, second, mentor, EnrollmentStatus.ACTIVE);
        TestData.enroll(em, outsider, second, mentor, EnrollmentStatus.WITHDRAWN);
        TestData.enroll(em, outsider, first, mentor, EnrollmentStatus.GRADUATED);
        em.flush();
        em.clear();
    }

    @Test
    void summariesCountEnrolledPeopleButNotWithdrawnOnes() {
        var page = cohorts.findAllSummaries(PageRequest.of(0, 500));
        CohortSummary secondRow = page.stream().filter(s -> s.id() == second.getId()).findFirst().orElseThrow();
        assertThat(secondRow.enrolled()).isEqualTo(1);
        assertThat(secondRow.hostTeamName()).isEqualTo(sre.getName());
        assertThat(cohorts.countEnrolled(second.getId())).isEqualTo(1);
    }

    @Test
    void summariesComeNewestFirst() {
        var rows = cohorts.findAllSummaries(PageRequest.of(0, 500));
        assertThat(rows).extracting(CohortSummary::startDate).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void aParticipantIsMemberOnlyOfCohortsTheyAreEnrolledIn() {
        assertThat(cohorts.findSummariesForMember(participant.getId(), PageRequest.of(0, 10)))
                .extracting(CohortSummary::id).containsExactly(second.getId());
        assertThat(cohorts.countForMember(participant.getId())).isEqualTo(1);
        assertThat(cohorts.isMember(second.getId(), participant.getId())).isTrue();
        assertThat(cohorts.isMember(first.getId(), participant.getId())).isFalse();
    }

    @Test
    void aMentorIsMemberOfCohortsOfTheirMentees() {
        assertThat(cohorts.findSummariesForMember(mentor.getId(), PageRequest.of(0, 10)))
                .extracting(CohortSummary::id).containsExactly(second.getId(), first.getId());
    }

    @Test
    void theTimelineShowsCohortsOverlappingThePeriod() {
        var rows = cohorts.findTimeline(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31), null);
        assertThat(rows).extracting(CohortSummary::id).contains(second.getId()).doesNotContain(first.getId());
        assertThat(cohorts.findTimeline(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), participant.getId()))
                .extracting(CohortSummary::id).containsExactly(second.getId());
    }

    @Test
    void twoCohortsCannotShareANameKey() {
        String sameNameInCapitals = first.getName().toUpperCase();
        assertThatThrownBy(() -> {
            TestData.cohort(em, sameNameInCapitals, LocalDate.of(2027, 4, 1), LocalDate.of(2027, 9, 30), sre);
            em.flush();
        }).isInstanceOfAny(DataIntegrityViolationException.class,
                org.hibernate.exception.ConstraintViolationException.class);
    }

    @Test
    void savingACohortIncrementsItsVersion() {
        Cohort loaded = em.find(Cohort.class, first.getId());
        long before = loaded.getVersion();
        var draft = loaded.toDraft();
        draft.setCapacity(9);
        loaded.apply(draft, loaded.getHostTeam());
        em.flush();
        assertThat(loaded.getVersion()).isEqualTo(before + 1);
    }
}
