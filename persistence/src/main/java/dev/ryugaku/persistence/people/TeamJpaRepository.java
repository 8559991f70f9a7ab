package dev.ryugaku.persistence.people;

import dev.ryugaku.core.people.Team;
import dev.ryugaku.core.people.TeamRepository;
import org.springframework.data.jpa.repository.JpaRepository;

interface TeamJpaRepository extends JpaRepository<Team, Long>, TeamRepository {
}
