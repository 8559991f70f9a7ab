package dev.ryugaku.web.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ryugaku.core.cohort.Cohort;
import dev.ryugaku.core.cohort.CohortDraft;
import dev.ryugaku.core.cohort.CohortRepository;
import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.enrollment.EnrollmentRepository;
import dev.ryugaku.core.enrollment.EnrollmentStatus;
import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.people.PersonRepository;
import dev.ryugaku.core.people.TeamKind;
import dev.ryugaku.core.people.TeamRepository;
import dev.ryugaku.core.shared.Texts;
import dev.ryugaku.core.cohort.CohortService;
import dev.ryugaku.core.cohort.CohortSummary;
import dev.ryugaku.core.security.NotPermittedException;
import dev.ryugaku.core.shared.RecordNotFoundException;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who may do what with cohorts, decided by the service on each record: owners everything, mentors
 * and participants only read the cohorts they belong to.
 */
@RyugakuTest
class CohortPermissionMatrixTest {

    @Autowired
    CohortService cohorts;

    /** Ids are looked up the way a curious user would find them, and fixtures written, straight in the database. */
    @Autowired
    CohortRepository repository;

    @Autowired
    PersonRepository people;

    @Autowired
    TeamRepository teams;

    @Autowired
    EnrollmentRepository enrollments;

    @Autowired
    TransactionTemplate transaction;

    private List<String> visibleNames() {
        return cohorts.list(PageRequest.of(0, 1000)).stream().map(CohortSummary::name).toList();
    }

    @Test
    @WithUserDetails(value = DemoPeople.OWNER)
    void ownerSeesEveryCohort() {
        assertThat(visibleNames()).contains("第1期", "第2期", "第3期");
        assertThat(cohorts.count()).isGreaterThanOrEqualTo(3);
    }

    @Test
    @WithUserDetails(value = DemoPeople.OWNER)
    void ownerCreatesEditsAndCancelsACohort() {
        CohortDraft draft = CohortTestData.validDraft(cohorts);
        long id = cohorts.create(draft);
        var created = cohorts.get(id);
        assertThat(created.name()).isEqualTo(draft.getName());

        draft.setCapacity(6);
        cohorts.update(id, created.version(), draft);
        var updated = cohorts.get(id);
        assertThat(updated.capacity()).isEqualTo(6);

        cohorts.cancel(id, updated.version());
        assertThat(cohorts.get(id).status().name()).isEqualTo("CANCELLED");
        assertThat(cohorts.get(id).editable()).isFalse();
    }

    @Test
    @WithUserDetails(value = DemoPeople.PARTICIPANT)
    void participantSeesOnlyTheCohortTheyAreEnrolledIn() {
        assertThat(visibleNames()).containsExactly("第2期");
        assertThat(cohorts.count()).isEqualTo(1);
        assertThat(cohorts.timeline(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)))
                .extracting(CohortSummary::name).containsExactly("第2期");
    }

    @Test
    @WithUserDetails(value = DemoPeople.PARTICIPANT)
    void participantTypingAnotherCohortsIdGetsNotFound() {
        long first = idOfAsOwnerWouldSee("第1期");
        assertThatThrownBy(() -> cohorts.get(first)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    @WithUserDetails(value = DemoPeople.PARTICIPANT)
    void participantCannotCreateEditOrCancelCohorts() {
        long second = CohortTestData.idOf(cohorts, "第2期");
        var seen = cohorts.get(second);
        assertThat(seen.editable()).isFalse();
        assertThatThrownBy(() -> cohorts.create(new CohortDraft())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> cohorts.update(second, seen.version(), new CohortDraft()))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> cohorts.cancel(second, seen.version())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> cohorts.openForEdit(second)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> cohorts.hostTeams()).isInstanceOf(NotPermittedException.class);
    }

    @Test
    @WithUserDetails(value = DemoPeople.MENTOR)
    void mentorSeesTheCohortsOfTheirMenteesReadOnly() {
        assertThat(visibleNames()).containsSubsequence("第3期", "第2期", "第1期");
        long first = CohortTestData.idOf(cohorts, "第1期");
        assertThat(cohorts.get(first).editable()).isFalse();
        assertThatThrownBy(() -> cohorts.cancel(first, 0)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> cohorts.openForEdit(first)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    @WithUserDetails(value = DemoPeople.OTHER_MENTOR)
    void mentorCannotOpenACohortWithoutTheirMentees() {
        // other tests give this mentor mentees in cohorts of their own; of the demo cohorts only 第2期 has theirs
        assertThat(visibleNames()).contains("第2期").doesNotContain("第1期", "第3期");
        long first = idOfAsOwnerWouldSee("第1期");
        assertThatThrownBy(() -> cohorts.get(first)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    @WithUserDetails(value = DemoPeople.PARTICIPANT)
    void draftCohortsStayHiddenEvenFromTheirMembers() {
        long draftId = transaction.execute(status -> {
            Person participant = people.findByLoginName(DemoPeople.PARTICIPANT).orElseThrow();
            CohortDraft draft = new CohortDraft();
            draft.setName("下書き " + UUID.randomUUID());
            draft.setStartDate(LocalDate.of(2028, 4, 1));
            draft.setEndDate(LocalDate.of(2028, 9, 30));
            draft.setCapacity(2);
            draft.setDraft(true);
            Cohort cohort = repository.save(new Cohort(draft, teams.findByKindOrderByName(TeamKind.SRE).getFirst()));
            enrollments.save(new Enrollment(participant, cohort, null, null, null, null, EnrollmentStatus.PLANNED));
            return cohort.getId();
        });
        assertThat(visibleNames()).containsExactly("第2期");
        assertThatThrownBy(() -> cohorts.get(draftId)).isInstanceOf(RecordNotFoundException.class);
    }

    private long idOfAsOwnerWouldSee(String name) {
        return repository.findByNameKey(Texts.sameNameKey(name)).orElseThrow().getId();
    }
}
