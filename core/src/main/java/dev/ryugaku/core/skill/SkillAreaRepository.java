package dev.ryugaku.core.skill;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;

public interface SkillAreaRepository {

    SkillArea save(SkillArea area);

    Optional<SkillArea> findById(Long id);

    void delete(SkillArea area);

    long count();

    /** The catalogue in its order, with how often each area was rated: a page of the owners' list. */
    List<SkillAreaRow> findRows(Pageable pageable);

    /** Every area in catalogue order, inactive ones included. */
    List<SkillArea> findAllByOrderBySortOrderAscIdAsc();

    /** The area stored under a seeded code ({@code os-linux}, …). */
    Optional<SkillArea> findByCode(String code);
}
