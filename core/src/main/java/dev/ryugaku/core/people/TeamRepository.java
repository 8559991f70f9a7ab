package dev.ryugaku.core.people;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;

public interface TeamRepository {

    Team save(Team team);

    Optional<Team> findById(Long id);

    List<Team> findByKindOrderByName(TeamKind kind);

    List<Team> findAllByOrderByName();

    List<TeamSummary> findSummaries(Pageable pageable);

    Optional<Team> findByNameKey(String nameKey);

    long count();

    /** Whether the person is marked as some team's manager. */
    boolean existsByManagerId(Long managerId);
}
