package dev.ryugaku.core.people;

import java.util.List;
import java.util.Optional;

public interface TeamRepository {

    Team save(Team team);

    Optional<Team> findById(Long id);

    List<Team> findByKindOrderByName(TeamKind kind);

    long count();
}
