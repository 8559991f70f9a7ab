package dev.ryugaku.core.skill;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Mentors' declared areas, strong assessed areas and loads: one query each, for all mentors at once. */
public interface MentorMatchingRepository {

    DeclaredSkillArea save(DeclaredSkillArea area);

    /** The areas the person declared. */
    List<DeclaredSkillArea> findByPersonId(long personId);

    /** Removes the given declarations. */
    void deleteAll(Iterable<? extends DeclaredSkillArea> areas);

    /**
     * Every active mentor, by name, with their planned or active mentees (not withdrawn, cohort not
     * cancelled) whose rotation overlaps {@code from}–{@code to}: one query.
     */
    List<MentorLoad> findMentorLoads(LocalDate from, LocalDate to);

    /** The areas the people declared: one query. */
    List<MentorArea> findDeclaredAreas(Collection<Long> personIds);

    /**
     * The areas in which a submitted mentor-side assessment of the people's own earlier rotations
     * (not withdrawn) rated them at {@code minimumLevel} or above: one query.
     */
    List<MentorArea> findAssessedAreas(Collection<Long> personIds, int minimumLevel);
}
