package dev.ryugaku.core.enrollment;

import java.util.Collection;
import dev.ryugaku.core.shared.RecordNotFoundException;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;

public interface EnrollmentRepository {

    Enrollment save(Enrollment enrollment);

    Optional<Enrollment> findById(Long id);

    /** The enrollment, or "not found" — the same answer a viewer gets for one they may not see. */
    default Enrollment require(long id) {
        return findById(id).orElseThrow(() -> new RecordNotFoundException("Enrollment", id));
    }

    List<Enrollment> findAllById(Iterable<Long> ids);

    /** The enrollment with its cohort, home team and mentors, in one statement (for a details page or a home). */
    Optional<Enrollment> findDetailedById(long id);

    /** Reads the enrollment and holds a write lock on its row until the transaction ends. */
    Optional<Enrollment> findForUpdate(long id);

    long count();

    /** The cohort's enrollments by name; {@code visibleTo} null means all, else those the person is in or mentors. */
    default List<EnrollmentSummary> findSummariesByCohort(long cohortId, Long visibleTo) {
        return findSummariesByCohort(cohortId, visibleTo, Sort.unsorted());
    }

    /** {@link #findSummariesByCohort(long, Long)} in this order (query paths), then by name. */
    List<EnrollmentSummary> findSummariesByCohort(long cohortId, Long visibleTo, Sort sort);

    /** The person's enrollments as participant, latest first. */
    List<EnrollmentSummary> findSummariesByParticipant(long personId);

    /** Enrollments the person mentors with one of the statuses, by end date. */
    List<EnrollmentSummary> findSummariesByMentor(long mentorId, Collection<EnrollmentStatus> statuses);

    /** The cohort's enrollments that are not withdrawn, people loaded. */
    List<Enrollment> findCurrentByCohort(long cohortId);

    /** The person's enrollments that are not withdrawn, cohorts loaded, for the overlap rule. */
    List<Enrollment> findCurrentByPerson(long personId);

    boolean existsByPersonIdAndCohortId(long personId, long cohortId);

    List<MentorOption> findMentorOptions();

    List<ParticipantOption> findParticipantOptions();

    List<CohortMentor> findMentorsOfCohorts(Collection<Long> cohortIds);
}
