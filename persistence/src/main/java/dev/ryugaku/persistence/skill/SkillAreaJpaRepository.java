package dev.ryugaku.persistence.skill;

import dev.ryugaku.core.skill.SkillArea;
import dev.ryugaku.core.skill.SkillAreaRepository;
import dev.ryugaku.core.skill.SkillAreaRow;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The skill catalogue: a page of rows with their rating counts is one query. */
interface SkillAreaJpaRepository extends JpaRepository<SkillArea, Long>, SkillAreaRepository {

    @Override
    @Query("""
            select new dev.ryugaku.core.skill.SkillAreaRow(s.id, s.version, s.sortOrder, s.nameJa, s.nameEn,
                s.descriptionJa, s.descriptionEn, s.active,
                (select count(key(r)) from SkillAssessment a join a.ratings r where key(r) = s.id))
            from SkillArea s order by s.sortOrder, s.id
            """)
    List<SkillAreaRow> findRows(Pageable pageable);
}
