package dev.ryugaku.persistence.people;

import dev.ryugaku.core.people.Team;
import dev.ryugaku.core.people.TeamRepository;
import dev.ryugaku.core.people.TeamSummary;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TeamJpaRepository extends JpaRepository<Team, Long>, TeamRepository {

    @Override
    @Query("""
            select new dev.ryugaku.core.people.TeamSummary(t.id, t.version, t.name, t.kind,
                (select count(p) from Person p where p.homeTeam = t))
            from Team t order by t.kind desc, t.name
            """)
    List<TeamSummary> findSummaries(Pageable pageable);
}
