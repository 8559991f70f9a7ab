package dev.ryugaku.core.cohort;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;

public interface CohortRepository {

    Cohort save(Cohort cohort);

    Optional<Cohort> findById(Long id);

    Optional<Cohort> findByNameKey(String nameKey);

    /** The cohort, locked until the transaction ends: enrollments count its places one at a time. */
    Optional<Cohort> findForUpdate(long id);

    long count();

    /** A page of all cohorts, newest first, with enrolled counts. */
    List<CohortSummary> findAllSummaries(Pageable pageable);

    /** A page of the cohorts a person belongs to as participant or mentor, drafts left out. */
    List<CohortSummary> findSummariesForMember(long personId, Pageable pageable);

    long countForMember(long personId);

    /** Cohorts overlapping the period, for the timeline; {@code memberId} null means all. */
    List<CohortSummary> findTimeline(LocalDate from, LocalDate to, Long memberId);

    boolean isMember(long cohortId, long personId);

    long countEnrolled(long cohortId);
}
